import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  QaEvaluatorCoscoreTable,
  QaEvaluatorReviewTable,
  QaEvaluatorStatusTable,
} from '../../../db/schema-quality-calibration.js';
import { personTeam } from '../../people/identity.query.js';

// Queries for evaluator oversight (issue 7 item 9).

/** Per evaluator, agent's team (the current one), business type and month, of the evaluations
 *  scored in [from, to] (center-local days): how many, Σscore and Σscore². */
export function scoreSums(db: Db, from: string, to: string) {
  const month = sql<string>`substr(e.day, 1, 7)`;
  // The agent's current team comes from the people module as a column of a derived table, so the
  // GROUP BY can name it on both engines.
  const scored = db
    .selectFrom('qa_evaluations as q')
    .select(['q.evaluator_user_id', 'q.business_type', 'q.day', 'q.score', personTeam('q.agent_id').as('team_id')])
    .where('q.day', '>=', from)
    .where('q.day', '<=', to)
    .as('e');
  return db
    .selectFrom(scored)
    .select((eb) => [
      'e.evaluator_user_id',
      'e.team_id',
      'e.business_type',
      month.as('month'),
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number>('e.score').as('sum'),
      eb.fn.sum<number>(sql`e.score * e.score`).as('sum_sq'),
    ])
    .groupBy(['e.evaluator_user_id', 'e.team_id', 'e.business_type', month])
    .execute();
}

/** Up to `limit` evaluations scored in [from, to] with their item results, in (day, id) order
 *  after `after` (keyset paging: each page starts on the day index where the last one ended). */
export function itemsPage(db: Db, from: string, to: string, after: { day: string; id: string } | null, limit: number) {
  return db
    .selectFrom('qa_evaluations as e')
    .select([
      'e.id',
      'e.day',
      'e.evaluator_user_id',
      'e.form_id',
      personTeam('e.agent_id').as('team_id'),
      'e.business_type',
      'e.items',
    ])
    .where('e.day', '>=', after?.day ?? from)
    .where('e.day', '<=', to)
    .$if(after !== null, (q) => q.where((eb) => eb.or([eb('e.day', '>', after!.day), eb('e.id', '>', after!.id)])))
    .orderBy('e.day')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

/** Users who evaluate: the role, or a registration, or evaluations in the period. */
export async function evaluatorUsers(db: Db, scoredIds: string[]) {
  return db
    .selectFrom('users as u')
    .leftJoin('qa_evaluator_status as s', 's.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.display_name', 's.stage', 's.paused', 's.paused_reason'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('user_roles as r')
            .whereRef('r.user_id', '=', 'u.id')
            .where('r.role', '=', 'qa_evaluator')
            .select('r.user_id'),
        ),
        eb('s.user_id', 'is not', null),
        ...(scoredIds.length ? [eb('u.id', 'in', scoredIds)] : []),
      ]),
    )
    .orderBy('u.display_name')
    .execute();
}

export const findUser = (db: Db, id: string) =>
  db
    .selectFrom('users')
    .select(['id', 'display_name', 'disabled', 'employee_id'])
    .where('id', '=', id)
    .executeTakeFirst();
export const rolesOf = async (db: Db, id: string) =>
  (await db.selectFrom('user_roles').select('role').where('user_id', '=', id).execute()).map((r) => r.role);

export const findStatus = (db: Db, userId: string) =>
  db.selectFrom('qa_evaluator_status').selectAll().where('user_id', '=', userId).executeTakeFirst();
export const insertStatus = (db: Db, row: Insertable<QaEvaluatorStatusTable>) =>
  db.insertInto('qa_evaluator_status').values(row).execute();
/** Optimistic update; false when someone changed the row meanwhile. */
export async function updateStatus(
  db: Db,
  userId: string,
  version: number,
  changes: Updateable<QaEvaluatorStatusTable>,
) {
  const r = await db
    .updateTable('qa_evaluator_status')
    .set({ ...changes, version: version + 1 })
    .where('user_id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const coscores = (db: Db, userId: string) =>
  db
    .selectFrom('qa_evaluator_coscores as c')
    .innerJoin('users as u', 'u.id', 'c.reference_user_id')
    .selectAll('c')
    .select('u.display_name as reference_name')
    .where('c.user_id', '=', userId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
export const insertCoscore = (db: Db, row: Insertable<QaEvaluatorCoscoreTable>) =>
  db.insertInto('qa_evaluator_coscores').values(row).execute();

export const reviews = (db: Db, userId: string) =>
  db
    .selectFrom('qa_evaluator_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewer_user_id')
    .selectAll('r')
    .select('u.display_name as reviewer_name')
    .where('r.user_id', '=', userId)
    .orderBy('r.quarter', 'desc')
    .execute();
export const insertReview = (db: Db, row: Insertable<QaEvaluatorReviewTable>) =>
  db.insertInto('qa_evaluator_reviews').values(row).execute();
export const lastReviews = (db: Db) =>
  db.selectFrom('qa_evaluator_reviews').select(['user_id', 'quarter', 'result']).orderBy('quarter', 'desc').execute();

/** Mean |deviation from consensus| of each evaluator's calibration scores on sessions held in [from, to]. */
export const calibrationDeviations = (db: Db, from: string, to: string) =>
  db
    .selectFrom('qa_calibration_scores as c')
    .innerJoin('qa_calibration_sessions as s', 's.id', 'c.session_id')
    .innerJoin('qa_calibration_consensus as k', (j) =>
      j.onRef('k.session_id', '=', 'c.session_id').onRef('k.interaction_id', '=', 'c.interaction_id'),
    )
    .select(['c.user_id', 'c.score', 'k.score as consensus_score'])
    .where('s.status', '=', 'closed')
    .where('s.day', '>=', from)
    .where('s.day', '<=', to)
    .execute();

export const findEvaluation = (db: Db, id: string) =>
  db
    .selectFrom('qa_evaluations as e')
    .innerJoin('qa_form_versions as fv', 'fv.id', 'e.form_version_id')
    .innerJoin('qa_forms as f', 'f.id', 'e.form_id')
    .select([
      'e.id',
      'e.evaluator_user_id',
      'e.final_score',
      'e.day',
      'e.method',
      'e.business_type',
      'e.interaction_id',
      'fv.content',
      'fv.pass_score',
      'fv.number as form_version',
      'f.name as form_name',
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
