import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaEvaluatorFitnessFlagTable } from '../../../db/schema-quality-calibration.js';

// Queries for evaluator fitness (issue 17 item 3). The rules are in fitness.service.ts.

/** Each calibration score with its consensus, on sessions closed with a day in [from, to]. */
export const calibrationScores = (db: Db, from: string, to: string, userIds?: string[]) =>
  db
    .selectFrom('qa_calibration_scores as c')
    .innerJoin('qa_calibration_sessions as s', 's.id', 'c.session_id')
    .innerJoin('qa_calibration_consensus as k', (j) =>
      j.onRef('k.session_id', '=', 'c.session_id').onRef('k.interaction_id', '=', 'c.interaction_id'),
    )
    .select(['c.user_id', 'c.session_id', 'c.score', 'k.score as consensus_score', 's.day', 's.closed_at'])
    .where('s.status', '=', 'closed')
    .where('s.day', '>=', from)
    .where('s.day', '<=', to)
    .$if(!!userIds, (q) => q.where('c.user_id', 'in', userIds!.length ? userIds! : ['-']))
    .execute();

/** Flags that are still live (raised, or suspended), and the last reinstatement of each user. */
export const liveFlags = (db: Db, userIds?: string[]) =>
  db
    .selectFrom('qa_evaluator_fitness_flags')
    .selectAll()
    .where('state', 'in', ['open', 'suspended'])
    .$if(!!userIds, (q) => q.where('user_id', 'in', userIds!.length ? userIds! : ['-']))
    .execute();
export type FlagRow = Awaited<ReturnType<typeof liveFlags>>[number];

export const lastReinstated = (db: Db, userIds?: string[]) =>
  db
    .selectFrom('qa_evaluator_fitness_flags')
    .select(['user_id', (eb) => eb.fn.max('reinstated_at').as('at')])
    .where('state', '=', 'reinstated')
    .$if(!!userIds, (q) => q.where('user_id', 'in', userIds!.length ? userIds! : ['-']))
    .groupBy('user_id')
    .execute();

export const openMarks = (db: Db, flagIds: string[]) =>
  flagIds.length
    ? db
        .selectFrom('qa_evaluation_fitness_marks')
        .select(['flag_id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('flag_id', 'in', flagIds)
        .where('state', '=', 'flagged')
        .groupBy('flag_id')
        .execute()
    : Promise.resolve([]);

export const userExists = async (db: Db, userId: string) =>
  !!(await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst());

export const suspendedFlag = (db: Db, userId: string) =>
  db
    .selectFrom('qa_evaluator_fitness_flags')
    .selectAll()
    .where('user_id', '=', userId)
    .where('state', '=', 'suspended')
    .executeTakeFirst();

export const insertFlag = (db: Db, row: Insertable<QaEvaluatorFitnessFlagTable>) =>
  db.insertInto('qa_evaluator_fitness_flags').values(row).execute();

/** Optimistic update; false when the flag changed meanwhile. */
export async function updateFlag(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<QaEvaluatorFitnessFlagTable>,
) {
  const r = await db
    .updateTable('qa_evaluator_fitness_flags')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks every evaluation the user scored on a day in [from, to] that carries no mark yet; returns how many. */
export async function markEvaluations(db: Db, flagId: string, userId: string, from: string, to: string, at: string) {
  const r = await db
    .insertInto('qa_evaluation_fitness_marks')
    .columns(['evaluation_id', 'flag_id', 'state', 'reviewed_by', 'reviewed_at', 'review_reason', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('qa_evaluations as e')
        .select((x) => [
          'e.id',
          x.val(flagId).as('flag_id'),
          x.val('flagged').as('state'),
          x.val(null).as('reviewed_by'),
          x.val(null).as('reviewed_at'),
          x.val(null).as('review_reason'),
          x.val(at).as('created_at'),
        ])
        .where('e.evaluator_user_id', '=', userId)
        .where('e.day', '>=', from)
        .where('e.day', '<=', to)
        .where((w) =>
          w.not(
            w.exists(
              w
                .selectFrom('qa_evaluation_fitness_marks as m')
                .whereRef('m.evaluation_id', '=', 'e.id')
                .select('m.evaluation_id'),
            ),
          ),
        ),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

/** Open samples assigned to the user go back to the pool: a suspended evaluator keeps none. */
export async function releaseSamples(db: Db, userId: string) {
  const r = await db
    .updateTable('qa_samples')
    .set({ assigned_user_id: null })
    .where('assigned_user_id', '=', userId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export const marksOf = (db: Db, evaluationIds: string[]) =>
  evaluationIds.length
    ? db.selectFrom('qa_evaluation_fitness_marks').selectAll().where('evaluation_id', 'in', evaluationIds).execute()
    : Promise.resolve([]);

export const findMark = (db: Db, evaluationId: string) =>
  db.selectFrom('qa_evaluation_fitness_marks').selectAll().where('evaluation_id', '=', evaluationId).executeTakeFirst();

/** Closes an open mark; false when it was reviewed meanwhile. */
export async function reviewMark(
  db: Db,
  evaluationId: string,
  state: 'confirmed' | 'rescored',
  by: string,
  at: string,
  reason: string,
) {
  const r = await db
    .updateTable('qa_evaluation_fitness_marks')
    .set({ state, reviewed_by: by, reviewed_at: at, review_reason: reason })
    .where('evaluation_id', '=', evaluationId)
    .where('state', '=', 'flagged')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A person's evaluations scored in [from, to] that count for appraisal (qa-inputs.ts says which
 *  and why), with the fitness mark of each. */
export const countedEvaluationsOf = (db: Db, personIds: string[], from: string, to: string) =>
  db
    .selectFrom('qa_evaluations as e')
    .leftJoin('qa_evaluation_fitness_marks as m', 'm.evaluation_id', 'e.id')
    .select([
      'e.id',
      'e.agent_id',
      'e.day',
      'e.final_score',
      'e.passed',
      'e.critical_failure',
      'e.evaluator_user_id',
      'e.form_id',
      'e.method',
      'm.state as mark',
    ])
    .where('e.agent_id', 'in', personIds)
    .where('e.day', '>=', from)
    .where('e.day', '<=', to)
    .where((eb) => eb.or([eb('m.state', 'is', null), eb('m.state', '!=', 'flagged')]))
    .where((eb) =>
      eb.or([
        eb('m.state', 'in', ['confirmed', 'rescored']),
        eb.not(
          eb.exists(
            eb
              .selectFrom('qa_evaluator_fitness_flags as f')
              .select('f.id')
              .whereRef('f.user_id', '=', 'e.evaluator_user_id')
              .where('f.state', '=', 'suspended')
              .whereRef('f.marked_from', '<=', 'e.day')
              .whereRef('f.marked_to', '>=', 'e.day'),
          ),
        ),
      ]),
    )
    .orderBy('e.day')
    .orderBy('e.id')
    .execute();

export const userDisplayName = async (db: Db, userId: string) =>
  (await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst())?.display_name ??
  null;

export const calibrationSessionBrief = (db: Db, id: string) =>
  db
    .selectFrom('qa_calibration_sessions')
    .select(['id', 'status', 'closed_at'])
    .where('id', '=', id)
    .executeTakeFirst();

/** One user's scores in a calibration session, each with the session's consensus on that interaction. */
export const scoresAgainstConsensus = (db: Db, sessionId: string, userId: string) =>
  db
    .selectFrom('qa_calibration_scores as c')
    .innerJoin('qa_calibration_consensus as k', (j) =>
      j.onRef('k.session_id', '=', 'c.session_id').onRef('k.interaction_id', '=', 'c.interaction_id'),
    )
    .select(['c.score', 'k.score as consensus_score'])
    .where('c.session_id', '=', sessionId)
    .where('c.user_id', '=', userId)
    .execute();
