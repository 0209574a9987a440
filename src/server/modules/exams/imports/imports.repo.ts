import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { ExamImportTable } from '../../../db/schema-exams.js';

// Kysely queries for question-bank imports. Who may see an import and when it may be committed
// stay in imports.service.ts and commit-bank.ts.

export const insertImport = (db: Db, row: Insertable<ExamImportTable>) =>
  db.insertInto('exam_imports').values(row).execute();

/** One import, whole row (its preview lists included), or undefined. */
export const importRowById = (db: Db, id: string) =>
  db.selectFrom('exam_imports').selectAll().where('id', '=', id).executeTakeFirst();

/** One import without its questions' text, or undefined. */
export const importHeadById = (db: Db, id: string) =>
  db
    .selectFrom('exam_imports')
    .select(['created_by', 'status', 'file_name', 'format', 'errors', 'skipped'])
    .where('id', '=', id)
    .executeTakeFirst();

/** The questions' text of an import (tens of MB for a big bank). */
export const importQuestionsText = async (db: Db, id: string) =>
  (await db.selectFrom('exam_imports').select('questions').where('id', '=', id).executeTakeFirstOrThrow()).questions;
