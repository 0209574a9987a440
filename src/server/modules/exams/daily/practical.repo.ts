import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';

// Kysely queries for practical-exam scores. Who scores and how the total is weighed stay in
// practical.service.ts.

type ScoreTable = Database['exam_practical_scores'];

const withTitle = (db: Db) =>
  db
    .selectFrom('exam_practical_scores as p')
    .innerJoin('exams as x', 'x.id', 'p.exam_id')
    .selectAll('p')
    .select(['x.title']);

/** One practical score with its exam's title (an empty list when there is none). */
export const practicalScoreById = (db: Db, id: string) => withTitle(db).where('p.id', '=', id).execute();

/** The practical scores of an exam with its title, oldest first. */
export const practicalScoresOfExam = (db: Db, examId: string) =>
  withTitle(db).where('p.exam_id', '=', examId).orderBy('p.created_at').execute();

/** A person's practical scores with the exam titles, newest first. */
export const practicalScoresOf = (db: Db, employeeId: string) =>
  withTitle(db).where('p.employee_id', '=', employeeId).orderBy('p.created_at', 'desc').execute();

export const insertPracticalScore = (trx: Db, row: Insertable<ScoreTable>) =>
  trx.insertInto('exam_practical_scores').values(row).execute();

/** Updates a score at this version; the number of rows changed (0 when the version moved on). */
export const updatePracticalAtVersion = async (trx: Db, id: string, version: number, patch: Updateable<ScoreTable>) =>
  Number(
    (
      await trx
        .updateTable('exam_practical_scores')
        .set(patch)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst()
    ).numUpdatedRows,
  );
