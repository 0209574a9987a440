import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';

// Training records written straight into the tables for the levels tests: trainers, sessions at
// chosen instants (center time, UTC+8) with attendance and feedback, and assessment results
// (practical scores, which count from their created_at).

const T0 = '2025-01-01T00:00:00.000Z';
const utc = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

export async function addTrainer(db: Db, p: { name: string; employeeId?: string | null }) {
  const id = newId();
  await db
    .insertInto('training_trainers')
    .values({
      id,
      kind: p.employeeId ? 'internal' : 'external',
      employee_id: p.employeeId ?? null,
      name: p.name,
      category: p.employeeId ? 'hr_trainer' : 'external_consultant',
      organization: null,
      certification: null,
      certified_on: null,
      certified_until: null,
      active: 1,
      notes: null,
      version: 1,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return id;
}

let courseId: string | null = null;
async function course(db: Db) {
  if (courseId && (await db.selectFrom('training_courses').select('id').where('id', '=', courseId).executeTakeFirst()))
    return courseId;
  courseId = newId();
  await db
    .insertInto('training_courses')
    .values({
      id: courseId,
      code: `LV-${courseId.slice(-6)}`,
      title: '讲师等级测试课',
      content_area: 'business_systems',
      method: 'lecture',
      hours: 3,
      description: null,
      archived: 0,
      created_by: null,
      version: 1,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return courseId;
}

/** A session taught by the trainer from `start` ('YYYY-MM-DD HH:mm' center time) for `hours`; learners attended, each rating the trainer. */
export async function addSession(
  db: Db,
  p: { trainerId: string; start: string; hours: number; learners?: string[]; scores?: number[]; cancelled?: boolean },
) {
  const id = newId();
  const startsAt = utc(p.start);
  const endsAt = new Date(Date.parse(startsAt) + p.hours * 3_600_000).toISOString();
  await db
    .insertInto('training_sessions')
    .values({
      id,
      course_id: await course(db),
      trainer_id: p.trainerId,
      plan_id: null,
      phase_id: null,
      title: null,
      room: null,
      starts_at: startsAt,
      ends_at: endsAt,
      status: p.cancelled ? 'cancelled' : 'scheduled',
      notes: null,
      created_by: null,
      version: 1,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  for (const [i, employee_id] of (p.learners ?? []).entries()) {
    await db
      .insertInto('training_attendance')
      .values({
        session_id: id,
        employee_id,
        status: 'present',
        minutes: null,
        note: null,
        recorded_by: null,
        recorded_at: endsAt,
      })
      .execute();
    const score = p.scores?.[i];
    if (score !== undefined)
      await db
        .insertInto('training_feedback')
        .values({
          id: newId(),
          session_id: id,
          employee_id,
          content_score: score,
          trainer_score: score,
          method_score: score,
          suggestions: null,
          created_at: endsAt,
        })
        .execute();
  }
  return id;
}

/** A practical assessment result of a learner at `at` (center time), passed or not (pass mark 60). */
export async function addResult(db: Db, p: { employeeId: string; at: string; passed: boolean }) {
  const examId = newId();
  const at = utc(p.at);
  await db
    .insertInto('exams')
    .values({
      id: examId,
      title: '实操考核',
      kind: 'practical',
      paper_id: null,
      opens_at: at,
      closes_at: at,
      time_limit_minutes: null,
      max_attempts: 1,
      pass_mark: 60,
      shuffle_questions: 0,
      shuffle_options: 0,
      weights: null,
      course: null,
      status: 'closed',
      results_released_at: at,
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const total = p.passed ? 85 : 40;
  await db
    .insertInto('exam_practical_scores')
    .values({
      id: newId(),
      exam_id: examId,
      employee_id: p.employeeId,
      scenario: '模拟来电',
      scores: '{}',
      weights: '{}',
      total,
      pass_mark: 60,
      passed: p.passed ? 1 : 0,
      comments: null,
      scored_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Floor employees without a sign-in, as learners. */
export async function learners(db: Db, n: number) {
  const rows = await db
    .selectFrom('employees as e')
    .leftJoin('users as u', 'u.employee_id', 'e.id')
    .select('e.id')
    .where('u.id', 'is', null)
    .where('e.status', 'in', ['regular', 'key_staff', 'trainee'])
    .orderBy('e.employee_no')
    .limit(n)
    .execute();
  return rows.map((r) => r.id);
}
