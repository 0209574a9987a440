import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaRedLineRulingTable, QaRedLineTable } from '../../../db/schema-quality-feedback.js';

// Kysely queries for the red-line list, its breaches and the review board's rulings.

export const redLines = (db: Db) =>
  db.selectFrom('qa_red_lines').selectAll().orderBy('active', 'desc').orderBy('title').execute();

export const breachCounts = (db: Db) =>
  db
    .selectFrom('qa_red_line_breaches')
    .select((eb) => ['red_line_id', eb.fn.countAll<number>().as('n')])
    .groupBy('red_line_id')
    .execute();

/** The content of every form version (for the item keys a red line may name). */
export const formContents = (db: Db) => db.selectFrom('qa_form_versions').select('content').execute();

export const findRedLine = (db: Db, id: string) =>
  db.selectFrom('qa_red_lines').selectAll().where('id', '=', id).executeTakeFirst();

export const insertRedLine = (db: Db, row: Insertable<QaRedLineTable>) =>
  db.insertInto('qa_red_lines').values(row).execute();

/** Changes a red line at the version it was read at; false when someone changed it meanwhile. */
export async function updateRedLineAt(db: Db, id: string, version: number, set: Updateable<QaRedLineTable>) {
  const res = await db
    .updateTable('qa_red_lines')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const hasBreaches = async (db: Db, redLineId: string) =>
  !!(await db
    .selectFrom('qa_red_line_breaches')
    .select('id')
    .where('red_line_id', '=', redLineId)
    .limit(1)
    .executeTakeFirst());

export const deleteRedLine = (db: Db, id: string) => db.deleteFrom('qa_red_lines').where('id', '=', id).execute();

export const rulingOf = (db: Db, evaluationId: string) =>
  db.selectFrom('qa_red_line_rulings').selectAll().where('evaluation_id', '=', evaluationId).executeTakeFirst();

export const updateRuling = (db: Db, evaluationId: string, set: Updateable<QaRedLineRulingTable>) =>
  db.updateTable('qa_red_line_rulings').set(set).where('evaluation_id', '=', evaluationId).execute();

export const insertRuling = (db: Db, row: Insertable<QaRedLineRulingTable>) =>
  db.insertInto('qa_red_line_rulings').values(row).execute();

/** The red lines an evaluation breached, by title. */
export const breachesOfEvaluation = (db: Db, evaluationId: string) =>
  db
    .selectFrom('qa_red_line_breaches as b')
    .innerJoin('qa_red_lines as l', 'l.id', 'b.red_line_id')
    .select(['b.red_line_id', 'l.title', 'b.item_key'])
    .where('b.evaluation_id', '=', evaluationId)
    .orderBy('l.title')
    .execute();
