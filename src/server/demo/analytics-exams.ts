import type { Insertable } from 'kysely';
import type { EliminationStepTable } from '../db/schema-elimination.js';
import type { ExamAttemptTable } from '../db/schema-exams.js';
import { addDays } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { clamp, insertMany, ts, type HistoryCtx, type HistoryPerson } from './analytics-batch.js';
import { gauss, intakes, TRAINER_EFFECT } from './analytics-model.js';

// Each intake's assessments (demo/analytics-history.ts): a placement test on the first day (the
// pre-test a training manager can pair), two theory exams in the second week with one retake, and
// for everyone eliminated a closed elimination case (SPEC §6) whose criterion explains the exit.

const EXAMS: [string, string, number, boolean][] = [
  ['入职摸底测验', '入职摸底', 0, false],
  ['产品与业务知识考核', '产品与业务知识', 9, true],
  ['服务规范与合规考核', '服务规范与合规', 11, true],
];
const SUMMARY: Record<string, string> = {
  theory_fails: '理论考核两次低于60分，经辅导与补考仍未达到要求。',
  practical_fails: '实践考核（角色扮演）两次不合格。',
  daily_below: '日常表现评分连续三周低于合格线。',
  attendance_breaches: '培训期间迟到、早退、旷课累计超过规定次数。',
  cannot_handle: '跟听阶段仍无法独立处理常见业务，带教导师与讲师评估一致。',
  service_attitude: '模拟接听中多次与客户争执，服务态度经提醒后未改善。',
  teamwork: '无法与班组协作，多次拒绝分配的任务。',
};

export async function writeExams(c: HistoryCtx) {
  const { trx, rand, by, today } = c;
  const exams = [];
  const examinees = [];
  const attempts: Insertable<ExamAttemptTable>[] = [];
  let anon = 0;
  for (const intake of intakes()) {
    const people = c.people.filter((p) => p.intake.index === intake.index);
    const [y, m] = intake.month.split('-');
    for (const [title, course, offset, graded] of EXAMS) {
      const day = addDays(intake.start, offset);
      if (day >= today) continue;
      const id = newId();
      exams.push({
        id,
        title: `${title}（${y}年${Number(m)}月班）`,
        kind: 'theory',
        paper_id: null,
        opens_at: ts(day, '14:00'),
        closes_at: ts(addDays(day, graded ? 3 : 0), '17:00'),
        time_limit_minutes: 60,
        max_attempts: graded ? 2 : 1,
        pass_mark: 60,
        shuffle_questions: 1,
        shuffle_options: 1,
        weights: null,
        course,
        status: 'closed',
        results_released_at: ts(addDays(day, graded ? 4 : 1), '10:00'),
        created_by: by,
        version: 1,
        created_at: ts(addDays(day, -7), '10:00'),
        updated_at: ts(addDays(day, 4), '10:00'),
      });
      for (const p of people) {
        if (p.exit && p.exit.day <= day) continue;
        examinees.push({ exam_id: id, employee_id: p.id, added_at: ts(addDays(day, -7), '10:00') });
        const failsTheory = p.exit?.kind === 'eliminated' && p.exit.criterion === 'theory_fails' && graded;
        const mean = graded
          ? 74 + intake.program.exam + TRAINER_EFFECT[intake.trainer].qa + p.ability * 8
          : 52 + p.ability * 9;
        const first = failsTheory ? 35 + rand() * 22 : clamp(mean + gauss(rand) * 8, 20, 100);
        const tries = [first];
        if (graded && first < 60) tries.push(failsTheory ? 40 + rand() * 18 : clamp(first + 8 + rand() * 14, 30, 98));
        tries.forEach((raw, i) => {
          const at = addDays(day, i * 3);
          const score = Math.round(raw);
          attempts.push({
            id: newId(),
            exam_id: id,
            employee_id: p.id,
            attempt_no: i + 1,
            seed: Math.floor(rand() * 1e9),
            anon_code: `H${String(++anon).padStart(6, '0')}`,
            status: 'graded',
            started_at: ts(at, '14:05'),
            deadline_at: ts(at, '15:05'),
            submitted_at: ts(at, '14:52'),
            auto_submitted: 0,
            raw_score: score,
            max_score: 100,
            score,
            passed: score >= 60 ? 1 : 0,
            pending_manual: 0,
            graded_at: ts(at, '14:52'),
            version: 1,
          });
        });
      }
    }
  }
  await insertMany(trx, 'exams', exams);
  await insertMany(trx, 'exam_examinees', examinees);
  await insertMany(trx, 'exam_attempts', attempts);
}

/** A closed case for each person eliminated: listed, interviewed, notice, decision, exit talk. */
export async function writeEliminations(c: HistoryCtx, actorName: string) {
  const { trx, by } = c;
  const cases = [];
  const steps: Insertable<EliminationStepTable>[] = [];
  const gone = c.people.filter((p): p is HistoryPerson & { exit: NonNullable<HistoryPerson['exit']> } =>
    Boolean(p.exit && p.exit.kind === 'eliminated'),
  );
  for (const p of gone) {
    const criterion = p.exit.criterion ?? 'theory_fails';
    const end = p.exit.day;
    const listed = addDays(end, -14);
    const published = addDays(end, -11);
    const noticeEnds = addDays(end, -4);
    const id = newId();
    const summary = SUMMARY[criterion] ?? SUMMARY.theory_fails;
    cases.push({
      id,
      employee_id: p.id,
      criterion,
      status: 'closed',
      summary,
      evidence: JSON.stringify({ text: summary }),
      notice_published_on: published,
      notice_ends_on: noticeEnds,
      notice_ends_at: ts(noticeEnds, '23:59'),
      notice_provisional_year: null,
      decision: 'eliminate',
      closed_at: ts(end, '17:00'),
      opened_by: by,
      opened_at: ts(listed, '10:00'),
      version: 6,
      updated_at: ts(end, '17:00'),
    });
    const step = (kind: string, day: string, hm: string, data: Record<string, unknown>) =>
      steps.push({
        id: newId(),
        case_id: id,
        kind,
        at: ts(day, hm),
        actor_user_id: by,
        actor_name: actorName,
        data: JSON.stringify(data),
      });
    step('listed', listed, '10:00', { criterion, summary });
    step('interview', addDays(listed, 1), '10:00', {
      heldAt: ts(addDays(listed, 1), '09:30'),
      present: ['培训负责人', '培训讲师'],
      reasonsExplained: true,
      traineeStatement: '理解培训中心的决定。',
      notes: '已告知申诉渠道与公示期限。',
    });
    step('notice', published, '09:00', {
      publishedOn: published,
      endsOn: noticeEnds,
      endsAt: ts(noticeEnds, '23:59'),
      provisionalYear: null,
      workingDays: 5,
      backdateReason: null,
    });
    step('decision', addDays(end, -2), '10:00', {
      decision: 'eliminate',
      reason: '公示期满无申诉，依据淘汰制度作出淘汰决定。',
      effectiveDate: addDays(end, -2),
    });
    step('exit_talk', end, '16:00', {
      heldAt: ts(end, '15:30'),
      personView: '感谢培训期间的帮助。',
      companyAssessment: '学习态度尚可，但未达到上岗要求。',
      careerAdvice: '建议选择与个人特长更匹配的岗位。',
    });
  }
  await insertMany(trx, 'elimination_cases', cases);
  await insertMany(trx, 'elimination_steps', steps);
}
