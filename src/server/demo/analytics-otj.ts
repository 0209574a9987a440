import { addDays } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { clamp, insertMany, ts, type HistoryCtx } from './analytics-batch.js';
import { gauss } from './analytics-model.js';
import { SUGGESTIONS } from './training-data.js';

// Last quarter's on-the-job course (demo/analytics-history.ts): about 45% of the agents on the
// floor took it, the others did not — the comparison group of level 4 (SPEC §12). Those who took
// it resolve more at first contact, talk shorter and please more afterwards (analytics-kpi.ts,
// analytics-qa.ts read `trainedAfter`).

export const OTJ = {
  title: '2026年第三季度在岗服务技能提升（投诉处理与情绪安抚）',
  start: '2026-07-06',
  end: '2026-07-17',
  sessions: [
    [0, 'am', 'NH-302', 'X'],
    [2, 'am', 'NH-303', 'A'],
    [7, 'am', 'NH-301', 'A'],
    [9, 'pm', 'NH-402', 'X'],
  ] as [number, 'am' | 'pm', string, string][],
};

/** Writes the plan, its sessions, enrolment and feedback; returns who took it (empty before it ran). */
export async function writeOnTheJob(
  c: HistoryCtx,
  candidates: { id: string; from: string; to: string }[],
): Promise<Set<string>> {
  const { trx, rand, by, now } = c;
  if (OTJ.end >= c.today) return new Set();
  const after = addDays(OTJ.end, 75);
  const eligible = candidates.filter((a) => a.from <= addDays(OTJ.start, -60) && a.to >= after);
  const trained = new Set(eligible.filter(() => rand() < 0.45).map((a) => a.id));
  const planId = newId();
  await insertMany(trx, 'training_plans', [
    {
      id: planId,
      title: OTJ.title,
      audience: 'on_the_job',
      cohort_id: null,
      start_date: OTJ.start,
      end_date: OTJ.end,
      recurrence: 'quarterly',
      trigger: null,
      trigger_note: null,
      objectives: '降低重复来电，缩短投诉类通话时长，提升客户满意度',
      assessment_plan: '课后小测；课后两个月跟踪一次解决率、平均处理时长与满意度',
      supervision: '班组长跟听',
      venue: '培训中心302',
      equipment: null,
      methods: JSON.stringify(['case_study', 'role_play', 'experience_sharing']),
      evaluation_method: '课后反馈与KPI前后对比',
      status: 'completed',
      needs_survey_id: null,
      previous_plan_id: null,
      created_by: by,
      version: 1,
      created_at: ts(addDays(OTJ.start, -21), '10:00'),
      updated_at: now,
    },
  ]);
  const sessions = [];
  const enrolments = [];
  const feedback = [];
  for (const [offset, half, code, key] of OTJ.sessions) {
    const day = addDays(OTJ.start, offset);
    const [from, to] = half === 'am' ? ['09:00', '12:00'] : ['13:30', '16:30'];
    const id = newId();
    sessions.push({
      id,
      course_id: c.courses.get(code)!,
      trainer_id: c.trainers[key],
      plan_id: planId,
      phase_id: null,
      title: null,
      room: '培训中心302',
      starts_at: ts(day, from),
      ends_at: ts(day, to),
      status: 'scheduled',
      notes: null,
      created_by: by,
      version: 1,
      created_at: ts(addDays(OTJ.start, -14), '10:00'),
      updated_at: ts(addDays(OTJ.start, -14), '10:00'),
    });
    for (const employee_id of trained) {
      enrolments.push({
        session_id: id,
        employee_id,
        enrolled_at: ts(addDays(OTJ.start, -10), '10:00'),
        enrolled_by: by,
      });
      if (rand() > 0.6) continue;
      const score = () => Math.round(clamp(4.3 + gauss(rand) * 0.5, 1, 5));
      feedback.push({
        id: newId(),
        session_id: id,
        employee_id,
        content_score: score(),
        trainer_score: score(),
        method_score: score(),
        suggestions: SUGGESTIONS[Math.floor(rand() * SUGGESTIONS.length)],
        created_at: ts(day, half === 'am' ? '12:30' : '17:00'),
      });
    }
  }
  await insertMany(trx, 'training_sessions', sessions);
  await insertMany(trx, 'training_enrollments', enrolments);
  await insertMany(trx, 'training_feedback', feedback);
  return trained;
}
