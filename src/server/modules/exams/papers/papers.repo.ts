import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { ExamPaperTable } from '../../../db/schema-exams.js';

// Kysely queries for exam papers. Who may see or change a paper stays in papers.service.ts.

/** One paper, whole row, or undefined. */
export const paperRow = (db: Db, id: string) =>
  db.selectFrom('exam_papers').selectAll().where('id', '=', id).executeTakeFirst();

/** Papers newest first, optionally only one author's. */
export const papers = (db: Db, createdBy?: string) =>
  db
    .selectFrom('exam_papers')
    .selectAll()
    .$if(createdBy !== undefined, (q) => q.where('created_by', '=', createdBy!))
    .orderBy('created_at', 'desc')
    .execute();

export const insertPaper = (trx: Db, row: Insertable<ExamPaperTable>) =>
  trx.insertInto('exam_papers').values(row).execute();

/** One attempt drawn from the paper, if any. */
export const attemptDrawnFrom = (db: Db, paperId: string) =>
  db
    .selectFrom('exams as x')
    .innerJoin('exam_attempts as a', 'a.exam_id', 'x.id')
    .select('a.id')
    .where('x.paper_id', '=', paperId)
    .executeTakeFirst();

/** Updates a paper at this version; the number of rows changed (0 when the version moved on). */
export const updatePaperAtVersion = async (trx: Db, id: string, version: number, patch: Updateable<ExamPaperTable>) =>
  Number(
    (
      await trx
        .updateTable('exam_papers')
        .set(patch)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst()
    ).numUpdatedRows,
  );
