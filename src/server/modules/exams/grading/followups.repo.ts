import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { ExamFollowupTable } from '../../../db/schema-exams.js';

// Kysely queries for follow-ups after a failed result. Who sees one and when it may close stay in
// followups.service.ts.

/** The follow-up opened for one result, if any. */
export const followupOfResult = (db: Db, kind: string, sourceId: string) =>
  db
    .selectFrom('exam_followups')
    .select(['id', 'status'])
    .where('source_kind', '=', kind)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();

export const setFollowupScore = (db: Db, id: string, score: number, at: string) =>
  db.updateTable('exam_followups').set({ score, updated_at: at }).where('id', '=', id).execute();

export const insertFollowup = (db: Db, row: Insertable<ExamFollowupTable>) =>
  db.insertInto('exam_followups').values(row).execute();

/** Follow-ups, whole rows, newest first, optionally of one status, one person or one id. */
export const followups = (db: Db, f: { status?: string; employeeId?: string; id?: string }) =>
  db
    .selectFrom('exam_followups as f')
    .selectAll('f')
    .$if(!!f.status, (q) => q.where('f.status', '=', f.status!))
    .$if(!!f.employeeId, (q) => q.where('f.employee_id', '=', f.employeeId!))
    .$if(!!f.id, (q) => q.where('f.id', '=', f.id!))
    .orderBy('f.created_at', 'desc')
    .execute();

/** Updates a follow-up at this version; the number of rows changed (0 when the version moved on). */
export const updateFollowupAtVersion = async (
  trx: Db,
  id: string,
  version: number,
  patch: Updateable<ExamFollowupTable>,
) =>
  Number(
    (
      await trx
        .updateTable('exam_followups')
        .set(patch)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** Which of these attempts belong to an exam whose results are released. */
export const releasedAttemptIds = async (db: Db, attemptIds: string[]) =>
  (
    await db
      .selectFrom('exam_attempts as a')
      .innerJoin('exams as x', 'x.id', 'a.exam_id')
      .select('a.id')
      .where('a.id', 'in', attemptIds)
      .where('x.results_released_at', 'is not', null)
      .execute()
  ).map((r) => r.id);

/** Talks held after failed daily results of these people, with the period scored, oldest first. */
export const dailyTalksOf = (db: Db, employeeIds: string[]) =>
  db
    .selectFrom('exam_followups as f')
    .leftJoin('exam_daily_scores as d', 'd.id', 'f.source_id')
    .select([
      'f.id',
      'f.employee_id',
      'f.source_id',
      'f.source_title',
      'f.score',
      'f.pass_mark',
      'f.talk_at',
      'f.talk_by',
      'd.period_start',
    ])
    .where('f.employee_id', 'in', employeeIds)
    .where('f.source_kind', '=', 'daily')
    .where('f.talk_at', 'is not', null)
    .orderBy('f.talk_at')
    .orderBy('f.id')
    .execute();
