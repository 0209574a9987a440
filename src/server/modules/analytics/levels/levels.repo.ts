import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { addDays } from '../../../lib/clock.js';
import { MONTH_SUMS, toWindowSums } from '../facts/people.query.js';
import { peopleInScope } from './scope.js';

// The four levels' reads: the programs (training plans), their people in the reader's scope, and
// the small source tables a program's figures come from (feedback, first exam attempts, QA of its
// people) plus the month rollups for the center and for level 4.

export interface PlanRow {
  id: string;
  title: string;
  audience: string;
  status: string;
  start_date: string;
  end_date: string;
}

const PLAN_COLUMNS = ['id', 'title', 'audience', 'status', 'start_date', 'end_date'] as const;

/** Plans that ran (not drafts, not cancelled), ending in [fromDay, toDay] when given, newest first. */
export async function plansEnding(db: Db, fromDay: string | null, toDay: string | null): Promise<PlanRow[]> {
  let q = db.selectFrom('training_plans').select(PLAN_COLUMNS).where('status', 'in', ['active', 'completed']);
  if (fromDay) q = q.where('end_date', '>=', fromDay);
  if (toDay) q = q.where('end_date', '<=', toDay);
  return q.orderBy('end_date', 'desc').orderBy('id').execute();
}

export const planById = (db: Db, id: string) =>
  db.selectFrom('training_plans').select(PLAN_COLUMNS).where('id', '=', id).executeTakeFirst();

/**
 * A program's people in scope: a new-hire plan's are its hires (the rollup's program, from the
 * cohort); any other plan's (on-the-job, key staff) everyone enrolled in its sessions.
 */
export async function programPeople(db: Db, scope: PeopleScope, plan: PlanRow): Promise<string[]> {
  return (await peopleByProgram(db, scope, [plan])).get(plan.id) ?? [];
}

/** The program's people in scope for many plans at once: plan id → people. */
export async function peopleByProgram(db: Db, scope: PeopleScope, plans: PlanRow[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(plans.map((p) => [p.id, []]));
  const hiring = plans.filter((p) => p.audience === 'new_hire').map((p) => p.id);
  const courses = plans.filter((p) => p.audience !== 'new_hire').map((p) => p.id);
  const hires = hiring.length
    ? await db
        .selectFrom('analytics_people as ap')
        .select(['ap.program_id as plan_id', 'ap.employee_id'])
        .where('ap.program_id', 'in', hiring)
        .where((eb) => peopleInScope(eb, scope))
        .execute()
    : [];
  const enrolled = courses.length
    ? await db
        .selectFrom('training_enrollments as en')
        .innerJoin('training_sessions as s', 's.id', 'en.session_id')
        .innerJoin('analytics_people as ap', 'ap.employee_id', 'en.employee_id')
        .select(['s.plan_id', 'en.employee_id'])
        .distinct()
        .where('s.plan_id', 'in', courses)
        .where((eb) => peopleInScope(eb, scope))
        .execute()
    : [];
  for (const r of [...hires, ...enrolled]) if (r.plan_id) out.get(r.plan_id)?.push(r.employee_id);
  return out;
}

export interface FeedbackRow {
  content_score: number;
  trainer_score: number;
  method_score: number;
  suggestions: string | null;
  created_at: string;
}

/** Feedback forms on the plan's sessions from the given people. */
export async function planFeedback(db: Db, planId: string, people: string[]): Promise<FeedbackRow[]> {
  if (!people.length) return [];
  return db
    .selectFrom('training_feedback as f')
    .innerJoin('training_sessions as s', 's.id', 'f.session_id')
    .select(['f.content_score', 'f.trainer_score', 'f.method_score', 'f.suggestions', 'f.created_at'])
    .where('s.plan_id', '=', planId)
    .where('f.employee_id', 'in', people)
    .orderBy('f.created_at', 'desc')
    .execute();
}

export const planSessionCount = async (db: Db, planId: string) =>
  Number(
    (
      await db
        .selectFrom('training_sessions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('plan_id', '=', planId)
        .where('status', '!=', 'cancelled')
        .executeTakeFirstOrThrow()
    ).n,
  );

export interface AttemptRow {
  exam_id: string;
  title: string;
  employee_id: string;
  score: number;
  passed: number | null;
  submitted_at: string | null;
}

/** First graded attempts of these people, submitted in [fromDay, toDay] when given, or on these exams. */
export async function firstAttempts(
  db: Db,
  people: string[],
  window: { fromDay: string; toDay: string } | null,
  examIds?: string[],
): Promise<AttemptRow[]> {
  if (!people.length) return [];
  let q = db
    .selectFrom('exam_attempts as a')
    .innerJoin('exams as x', 'x.id', 'a.exam_id')
    .select(['a.exam_id', 'x.title', 'a.employee_id', 'a.score', 'a.passed', 'a.submitted_at'])
    .where('a.attempt_no', '=', 1)
    .where('a.score', 'is not', null)
    .where('a.employee_id', 'in', people);
  if (window)
    q = q.where('a.submitted_at', '>=', window.fromDay).where('a.submitted_at', '<', addDays(window.toDay, 1));
  if (examIds) q = q.where('a.exam_id', 'in', examIds);
  return (await q.execute()) as AttemptRow[];
}

/** QA final scores of these people on days in (afterDay, toDay]. */
export async function qaScores(db: Db, people: string[], afterDay: string, toDay: string) {
  if (!people.length) return [];
  return db
    .selectFrom('qa_evaluations')
    .select(['agent_id', 'day', 'final_score'])
    .where('agent_id', 'in', people)
    .where('day', '>', afterDay)
    .where('day', '<=', toDay)
    .execute();
}

/** The center's QA sums over the months [from, to]. */
export async function centerQa(db: Db, fromMonth: string, toMonth: string) {
  const r = await db
    .selectFrom('analytics_center_months')
    .select((eb) => [
      eb.fn.sum<number>('qa_count').as('n'),
      eb.fn.sum<number>('qa_sum').as('sum'),
      eb.fn.sum<number>('qa_sum_sq').as('sumSq'),
    ])
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .executeTakeFirst();
  return { n: Number(r?.n ?? 0), sum: Number(r?.sum ?? 0), sumSq: Number(r?.sumSq ?? 0) };
}

/** Per person in scope, the month counters summed over [fromMonth, toMonth]. */
export async function windowSums(db: Db, scope: PeopleScope, fromMonth: string, toMonth: string) {
  const rows = await db
    .selectFrom('analytics_person_months as pm')
    .innerJoin('analytics_people as ap', 'ap.employee_id', 'pm.employee_id')
    .select(['pm.employee_id', ...MONTH_SUMS])
    .where('pm.month', '>=', fromMonth)
    .where('pm.month', '<=', toMonth)
    .where((eb) => peopleInScope(eb, scope))
    .groupBy('pm.employee_id')
    .execute();
  return rows.map(toWindowSums);
}
