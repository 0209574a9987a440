import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { addDays } from '../../../lib/clock.js';
import { peopleInScope } from './scope.js';

// The levels overview reads every program at once: a few set-wide queries over the people in
// scope, never one round of queries per program (80 programs over 10,000 people).

/** Per plan, the feedback forms of people in scope: n and the sums of each form's mean score. */
export async function feedbackSumsByPlan(db: Db, scope: PeopleScope, planIds: string[]) {
  if (!planIds.length) return new Map<string, { n: number; sum: number; sumSq: number }>();
  const avg = sql<number>`((f.content_score + f.trainer_score + f.method_score) / 3.0)`;
  const rows = await db
    .selectFrom('training_feedback as f')
    .innerJoin('training_sessions as s', 's.id', 'f.session_id')
    .innerJoin('analytics_people as ap', 'ap.employee_id', 'f.employee_id')
    .select((eb) => [
      's.plan_id',
      eb.fn.countAll<number>().as('n'),
      sql<number>`sum(${avg})`.as('sum'),
      sql<number>`sum(${avg} * ${avg})`.as('sumSq'),
    ])
    .where('s.plan_id', 'in', planIds)
    .where((eb) => peopleInScope(eb, scope))
    .groupBy('s.plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id!, { n: Number(r.n), sum: Number(r.sum), sumSq: Number(r.sumSq) }]));
}

// The two reads below take everyone's rows in the days asked: the caller keeps only those of the
// programs' people in scope (peopleByProgram is scoped), so no join to the people rollup is needed.

/** First graded attempts submitted on the days [fromDay, toDay]. */
export const firstAttemptsBetween = (db: Db, fromDay: string, toDay: string) =>
  db
    .selectFrom('exam_attempts as a')
    .select(['a.employee_id', 'a.score', 'a.passed', 'a.submitted_at'])
    .where('a.attempt_no', '=', 1)
    .where('a.score', 'is not', null)
    .where('a.submitted_at', '>=', fromDay)
    .where('a.submitted_at', '<', addDays(toDay, 1))
    .execute();

/** QA final scores on the days (afterDay, toDay]. */
export const qaBetween = (db: Db, afterDay: string, toDay: string) =>
  db
    .selectFrom('qa_evaluations as q')
    .select(['q.agent_id', 'q.day', 'q.final_score'])
    .where('q.day', '>', afterDay)
    .where('q.day', '<=', toDay)
    .execute();

/** The center's QA count and sum per month over [fromMonth, toMonth]. */
export const centerQaMonths = (db: Db, fromMonth: string, toMonth: string) =>
  db
    .selectFrom('analytics_center_months')
    .select(['month', 'qa_count', 'qa_sum'])
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .execute();
