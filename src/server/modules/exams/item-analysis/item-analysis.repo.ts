import type { Db } from '../../../db/connect.js';

// Kysely query for item analysis. The statistics stay in item-analysis.ts.

/** Every item of the exam's graded attempts: question, version, points, score, attempt and its raw total. */
export const gradedItemsOf = (db: Db, examId: string) =>
  db
    .selectFrom('exam_attempt_items as i')
    .innerJoin('exam_attempts as a', 'a.id', 'i.attempt_id')
    .select(['i.question_id', 'i.question_version_id', 'i.points', 'i.score', 'a.id as attempt_id', 'a.raw_score'])
    .where('a.exam_id', '=', examId)
    .where('a.status', '=', 'graded')
    .execute();
