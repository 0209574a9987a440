import type { Insertable } from 'kysely';
import type { Db } from '../../src/server/db/connect.js';
import type {
  TrainingEnrollmentTable,
  TrainingFeedbackTable,
  TrainingSessionTable,
} from '../../src/server/db/schema-training.js';
import { insertMany } from '../../src/server/demo/analytics-batch.js';
import { gauss } from '../../src/server/demo/analytics-model.js';
import { addDays } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';

// The source tables beside the rollups in the analytics benchmark (analytics-data.ts): what the
// pages read where a rollup makes no sense — sessions with enrolment and feedback (level 1, level
// 4's trained), exams with first attempts and retakes (rates, level 2), closed elimination cases
// (reasons), QA of the first 90 days on the floor (level 3) and live warnings.

/** Sessions, enrolment, feedback, exams with first attempts and retakes, closed cases, early QA. */
export async function seedSources(
  db: Db,
  s: {
    rand: () => number;
    at: string;
    today: string;
    months: string[];
    programs: { id: string; start_date: string }[];
    otj: { id: string; start_date: string }[];
    facts: {
      employee_id: string;
      program_id: string | null;
      trainer_id: string | null;
      hire_date: string;
      exit_date: string | null;
      exit_kind: string | null;
      exit_criterion: string | null;
      live_date: string | null;
    }[];
    courses: { id: string }[];
    versionId: string;
    formId: string;
    managerUserId: string;
  },
) {
  const { rand, at, facts } = s;
  const byProgram = new Map<string, typeof facts>();
  for (const f of facts) byProgram.set(f.program_id!, [...(byProgram.get(f.program_id!) ?? []), f]);
  const sessions: Insertable<TrainingSessionTable>[] = [];
  const enrol: Insertable<TrainingEnrollmentTable>[] = [];
  const feedback: Insertable<TrainingFeedbackTable>[] = [];
  const exams = [];
  const attempts = [];
  const cases = [];
  const evaluations = [];
  let anon = 0;
  const score = () => Math.max(1, Math.min(5, Math.round(4 + (rand() - 0.4) * 2)));
  const addSession = (planId: string, day: string, trainerId: string, who: string[]) => {
    const id = newId();
    sessions.push({
      id,
      course_id: s.courses[sessions.length % s.courses.length].id,
      trainer_id: trainerId,
      plan_id: planId,
      phase_id: null,
      title: null,
      room: null,
      starts_at: `${day}T01:00:00.000Z`,
      ends_at: `${day}T04:00:00.000Z`,
      status: 'scheduled',
      notes: null,
      created_by: s.managerUserId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    for (const e of who) {
      enrol.push({ session_id: id, employee_id: e, enrolled_at: at, enrolled_by: null });
      if (rand() < 0.6)
        feedback.push({
          id: newId(),
          session_id: id,
          employee_id: e,
          content_score: score(),
          trainer_score: score(),
          method_score: score(),
          suggestions: rand() < 0.2 ? '多一些案例' : null,
          created_at: `${day}T05:00:00.000Z`,
        });
    }
  };
  for (const p of s.programs) {
    const people = byProgram.get(p.id) ?? [];
    if (!people.length) continue;
    const ids = people.map((f) => f.employee_id);
    for (let i = 0; i < 4; i++)
      addSession(p.id, addDays(p.start_date, i), people[i % 2]?.trainer_id ?? people[0].trainer_id!, ids);
    for (const [k, course] of ['产品知识', '服务规范'].entries()) {
      const day = addDays(p.start_date, 9 + k);
      if (day >= s.today) continue;
      const examId = newId();
      exams.push({
        id: examId,
        title: `${p.start_date.slice(0, 7)} ${course}`,
        kind: 'theory',
        paper_id: null,
        opens_at: `${day}T01:00:00.000Z`,
        closes_at: `${day}T09:00:00.000Z`,
        time_limit_minutes: 60,
        max_attempts: 2,
        pass_mark: 60,
        shuffle_questions: 0,
        shuffle_options: 0,
        weights: null,
        course,
        status: 'closed',
        results_released_at: `${day}T10:00:00.000Z`,
        created_by: s.managerUserId,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      for (const f of people) {
        if (f.exit_date && f.exit_date <= day) continue;
        const first = Math.round(Math.max(20, Math.min(100, 72 + gauss(rand) * 12)));
        for (const [n, sc] of (first < 60 ? [first, Math.min(100, first + 15)] : [first]).entries()) {
          const d = addDays(day, n * 3);
          attempts.push({
            id: newId(),
            exam_id: examId,
            employee_id: f.employee_id,
            attempt_no: n + 1,
            seed: 1,
            anon_code: `BA${++anon}`,
            status: 'graded',
            started_at: `${d}T02:00:00.000Z`,
            deadline_at: `${d}T03:00:00.000Z`,
            submitted_at: `${d}T02:50:00.000Z`,
            auto_submitted: 0,
            raw_score: sc,
            max_score: 100,
            score: sc,
            passed: sc >= 60 ? 1 : 0,
            pending_manual: 0,
            graded_at: `${d}T02:50:00.000Z`,
            version: 1,
          });
        }
      }
    }
  }
  const agents = facts.filter((f) => f.live_date);
  for (const p of s.otj) {
    const who = agents.filter(
      (f) => f.live_date! < p.start_date && (!f.exit_date || f.exit_date > p.start_date) && rand() < 0.3,
    );
    for (let i = 0; i < 3; i++)
      addSession(
        p.id,
        addDays(p.start_date, i * 3),
        facts[i].trainer_id!,
        who.map((f) => f.employee_id),
      );
  }
  for (const f of facts) {
    if (f.exit_kind === 'eliminated') {
      const end = f.exit_date!;
      cases.push({
        id: newId(),
        employee_id: f.employee_id,
        criterion: f.exit_criterion!,
        status: 'closed',
        summary: '压测',
        evidence: '{}',
        notice_published_on: addDays(end, -10),
        notice_ends_on: addDays(end, -3),
        notice_ends_at: `${addDays(end, -3)}T15:59:59.000Z`,
        notice_provisional_year: null,
        decision: 'eliminate',
        closed_at: `${end}T09:00:00.000Z`,
        opened_by: s.managerUserId,
        opened_at: `${addDays(end, -14)}T02:00:00.000Z`,
        version: 5,
        updated_at: `${end}T09:00:00.000Z`,
      });
    }
    // QA in the first 90 days on the floor (level 3 reads a program's people from the source).
    const from = addDays(f.hire_date, 21);
    const until = [f.exit_date ?? s.today, addDays(from, 90), s.today].sort()[0];
    for (let d = addDays(from, Math.floor(rand() * 10)); d < until; d = addDays(d, 12)) {
      const sc = Math.round(Math.max(40, Math.min(100, 76 + gauss(rand) * 8)));
      evaluations.push({
        id: newId(),
        form_version_id: s.versionId,
        form_id: s.formId,
        interaction_id: null,
        agent_id: f.employee_id,
        evaluator_user_id: s.managerUserId,
        method: 'side_by_side',
        sample_id: null,
        answers: '{}',
        items: '{}',
        score: sc,
        final_answers: '{}',
        final_items: '{}',
        final_score: sc,
        passed: sc >= 80 ? 1 : 0,
        critical_failure: 'none',
        comment: null,
        suggestion_kind: null,
        suggestion_employee_id: null,
        suggestion_note: null,
        agent_status: 'probation',
        business_type: null,
        day: d,
        scored_at: `${d}T08:00:00.000Z`,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
  }
  await insertMany(db, 'training_sessions', sessions);
  await insertMany(db, 'training_enrollments', enrol);
  await insertMany(db, 'training_feedback', feedback);
  await insertMany(db, 'exams', exams);
  await insertMany(db, 'exam_attempts', attempts);
  await insertMany(db, 'elimination_cases', cases);
  await insertMany(db, 'qa_evaluations', evaluations);
  // Warnings: one live QA warning for every 25th person still on the floor, an action on half.
  const warnings = [];
  const actions = [];
  const monday = addDays(s.today, -((new Date(`${s.today}T00:00:00Z`).getUTCDay() + 6) % 7) - 28);
  for (const [i, f] of facts.filter((x) => x.live_date && !x.exit_date).entries()) {
    if (i % 25) continue;
    const id = newId();
    const weeks = [0, 1, 2, 3].map((w) => ({ week: addDays(monday, w * 7), value: 84 - w * 2.5, n: 2 }));
    const closed = i % 50 === 0;
    warnings.push({
      id,
      employee_id: f.employee_id,
      metric: 'qa',
      status: closed ? 'closed' : 'open',
      open_key: `${f.employee_id}:qa`,
      method: 1,
      weeks: JSON.stringify(weeks),
      fall: 7.5,
      fall_percent: null,
      threshold: 5,
      causes: JSON.stringify([{ kind: 'item', key: 'accuracy', label: '解答准确', first: 2, last: 6, change: 4 }]),
      flagged_at: at,
      swept_at: at,
      closed_at: closed ? at : null,
      resolved_at: null,
      version: 1,
    });
    if (closed)
      actions.push({
        id: newId(),
        warning_id: id,
        kind: 'mentoring',
        note: '安排导师跟听一周',
        due_date: null,
        created_by: s.managerUserId,
        created_by_name: '培训负责人',
        created_at: at,
      });
  }
  await insertMany(db, 'analytics_warnings', warnings);
  await insertMany(db, 'analytics_warning_actions', actions);
  return {
    sessions: sessions.length,
    enrolments: enrol.length,
    feedback: feedback.length,
    attempts: attempts.length,
    cases: cases.length,
    evaluations: evaluations.length,
    warnings: warnings.length,
  };
}
