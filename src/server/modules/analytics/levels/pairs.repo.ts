import type { Db } from '../../../db/connect.js';
import type { AnalyticsLevelPairTable } from '../../../db/schema-analytics-levels.js';

// A program's pre-test/post-test pairs (analytics_level_pairs), with the exams' titles.

export const pairsOf = (db: Db, planId: string) =>
  db
    .selectFrom('analytics_level_pairs as p')
    .innerJoin('exams as a', 'a.id', 'p.pre_exam_id')
    .innerJoin('exams as b', 'b.id', 'p.post_exam_id')
    .select(['p.id', 'p.pre_exam_id', 'p.post_exam_id', 'a.title as pre_title', 'b.title as post_title'])
    .where('p.plan_id', '=', planId)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();

export const pairById = (db: Db, id: string) =>
  db.selectFrom('analytics_level_pairs').selectAll().where('id', '=', id).executeTakeFirst();

export const findPair = (db: Db, planId: string, pre: string, post: string) =>
  db
    .selectFrom('analytics_level_pairs')
    .select('id')
    .where('plan_id', '=', planId)
    .where('pre_exam_id', '=', pre)
    .where('post_exam_id', '=', post)
    .executeTakeFirst();

export const insertPair = (db: Db, row: AnalyticsLevelPairTable) =>
  db.insertInto('analytics_level_pairs').values(row).execute();

export const deletePair = (db: Db, id: string) => db.deleteFrom('analytics_level_pairs').where('id', '=', id).execute();

export const examsExist = async (db: Db, ids: string[]) =>
  (await db.selectFrom('exams').select('id').where('id', 'in', ids).execute()).map((r) => r.id);
