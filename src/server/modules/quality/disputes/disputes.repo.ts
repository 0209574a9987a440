import type { Expression, ExpressionBuilder, Insertable, SqlBool, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaDisputeItemTable, QaDisputeTable } from '../../../db/schema-quality-feedback.js';

// Kysely queries for disputes and their items (disputes.service.ts holds the rules).

/** When the evaluation's feedback was given, if it was. */
export const feedbackGivenOn = async (db: Db, evaluationId: string) =>
  (await db.selectFrom('qa_feedback').select('given_on').where('evaluation_id', '=', evaluationId).executeTakeFirst())
    ?.given_on ?? null;

export const disputeOfEvaluation = (db: Db, evaluationId: string) =>
  db.selectFrom('qa_disputes').select('status').where('evaluation_id', '=', evaluationId).executeTakeFirst();

/** The whole dispute of an evaluation (at most one), if any. */
export const disputeRowOfEvaluation = (db: Db, evaluationId: string) =>
  db.selectFrom('qa_disputes').selectAll().where('evaluation_id', '=', evaluationId).executeTakeFirst();

export const findDispute = (db: Db, id: string) =>
  db.selectFrom('qa_disputes').selectAll().where('id', '=', id).executeTakeFirst();

export const insertDispute = (db: Db, row: Insertable<QaDisputeTable>) =>
  db.insertInto('qa_disputes').values(row).execute();

export const insertItems = (db: Db, rows: Insertable<QaDisputeItemTable>[]) =>
  rows.length ? db.insertInto('qa_dispute_items').values(rows).execute() : Promise.resolve([]);

export const itemsOf = (db: Db, disputeId: string) =>
  db.selectFrom('qa_dispute_items').selectAll().where('dispute_id', '=', disputeId).execute();

/** The evaluation a decision changes, with its form version's content. */
export const evaluationWithForm = (db: Db, evaluationId: string) =>
  db
    .selectFrom('qa_evaluations as e')
    .innerJoin('qa_form_versions as fv', 'fv.id', 'e.form_version_id')
    .select([
      'e.id',
      'e.agent_id',
      'e.agent_status',
      'e.day',
      'e.final_answers',
      'e.final_score',
      'e.form_version_id',
      'fv.content',
    ])
    .where('e.id', '=', evaluationId)
    .executeTakeFirstOrThrow();

export const evaluationRow = (db: Db, id: string) =>
  db.selectFrom('qa_evaluations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Takes the dispute for a decision while it is open; false when someone decided it first. */
export async function claimOpen(db: Db, id: string, set: Updateable<QaDisputeTable>) {
  const res = await db
    .updateTable('qa_disputes')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const updateDispute = (db: Db, id: string, set: Updateable<QaDisputeTable>) =>
  db.updateTable('qa_disputes').set(set).where('id', '=', id).execute();

export const updateItem = (db: Db, disputeId: string, itemKey: string, set: Updateable<QaDisputeItemTable>) =>
  db
    .updateTable('qa_dispute_items')
    .set(set)
    .where('dispute_id', '=', disputeId)
    .where('item_key', '=', itemKey)
    .execute();

/** For the disputes shown: each one's evaluation form version with its content (the items' labels and limits). */
export const formVersionsOfDisputes = (db: Db, ids: string[]) =>
  db
    .selectFrom('qa_disputes as d')
    .innerJoin('qa_evaluations as e', 'e.id', 'd.evaluation_id')
    .innerJoin('qa_form_versions as fv', 'fv.id', 'e.form_version_id')
    .where('d.id', 'in', ids)
    .select(['d.id', 'e.form_version_id', 'fv.content'])
    .execute();

export const itemsOfDisputes = (db: Db, ids: string[]) =>
  db.selectFrom('qa_dispute_items').selectAll().where('dispute_id', 'in', ids).orderBy('item_key').execute();

/** The newest 500 disputes whose evaluation the reader sees (`sees`, on alias `e`) or that they
 *  review (`reviews`, on `d.agent_id`); `toReview`: only the open ones they review. */
export function disputesSeen(
  db: Db,
  sees: (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>,
  reviews: Expression<SqlBool>,
  f: { toReview: boolean; status?: string },
) {
  let query = db
    .selectFrom('qa_disputes as d')
    .innerJoin('qa_evaluations as e', 'e.id', 'd.evaluation_id')
    .where((eb) => eb.or([sees(eb), reviews]));
  if (f.toReview) query = query.where(reviews).where('d.status', '=', 'open');
  if (f.status) query = query.where('d.status', '=', f.status);
  return query.selectAll('d').orderBy('d.created_at', 'desc').limit(500).execute();
}
