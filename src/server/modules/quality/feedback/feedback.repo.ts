import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaFeedbackTable } from '../../../db/schema-quality-feedback.js';

// Kysely queries for feedback tasks (one per evaluation). The lists, filtered by who may see the
// evaluation, are built in feedback.service.ts on `listBase`.

export const taskOfEvaluation = (db: Db, evaluationId: string) =>
  db.selectFrom('qa_feedback').selectAll().where('evaluation_id', '=', evaluationId).executeTakeFirst();

/** Opens a task; a second one for the same evaluation is ignored. */
export const insertTask = (db: Db, row: Insertable<QaFeedbackTable>) =>
  db
    .insertInto('qa_feedback')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();

/** Changes a task at the version it was read at; false when someone changed it meanwhile. */
export async function updateTaskAtVersion(db: Db, id: string, version: number, set: Updateable<QaFeedbackTable>) {
  const res = await db
    .updateTable('qa_feedback')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const updateTask = (db: Db, id: string, set: Updateable<QaFeedbackTable>) =>
  db.updateTable('qa_feedback').set(set).where('id', '=', id).execute();

/** Acknowledged tasks of these evaluations (at most 500 ids a call). */
export const acknowledgedOf = (db: Db, evaluationIds: string[]) =>
  db
    .selectFrom('qa_feedback')
    .select(['evaluation_id', 'acknowledged_at'])
    .where('evaluation_id', 'in', evaluationIds)
    .where('acknowledged_at', 'is not', null)
    .execute();

export const evaluationRow = (db: Db, id: string) =>
  db.selectFrom('qa_evaluations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
