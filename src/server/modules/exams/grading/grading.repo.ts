import type { Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';

// Kysely queries for grading. Scoring rules and who may grade stay in grading.service.ts.

type ItemPatch = Updateable<Database['exam_attempt_items']>;

/** An attempt with its exam's pass mark and title; throws when there is none. */
export const attemptWithExam = (db: Db, attemptId: string) =>
  db
    .selectFrom('exam_attempts as a')
    .innerJoin('exams as x', 'x.id', 'a.exam_id')
    .select(['a.id', 'a.employee_id', 'a.status', 'a.score', 'x.pass_mark', 'x.title'])
    .where('a.id', '=', attemptId)
    .executeTakeFirstOrThrow();

/** The points, score and kind of every item of an attempt. */
export const itemScoresOf = (db: Db, attemptId: string) =>
  db
    .selectFrom('exam_attempt_items')
    .select(['points', 'score', 'manual'])
    .where('attempt_id', '=', attemptId)
    .execute();

export const updateAttempt = (db: Db, attemptId: string, patch: Updateable<Database['exam_attempts']>) =>
  db.updateTable('exam_attempts').set(patch).where('id', '=', attemptId).execute();

/** Marks a running attempt submitted; the number of rows changed (0 when it was not running). */
export const markSubmitted = async (trx: Db, attemptId: string, at: string, auto: boolean) =>
  Number(
    (
      await trx
        .updateTable('exam_attempts')
        .set({ status: 'submitted', submitted_at: at, auto_submitted: auto ? 1 : 0 })
        .where('id', '=', attemptId)
        .where('status', '=', 'in_progress')
        .executeTakeFirst()
    ).numUpdatedRows,
  );

export const sealItems = (trx: Db, attemptId: string) =>
  trx.updateTable('exam_attempt_items').set({ sealed: 1 }).where('attempt_id', '=', attemptId).execute();

/** What grading an attempt's items needs: version, points, answer, kind. */
export const answersOf = (trx: Db, attemptId: string) =>
  trx
    .selectFrom('exam_attempt_items')
    .select(['id', 'question_version_id', 'points', 'answer', 'manual'])
    .where('attempt_id', '=', attemptId)
    .execute();

export const updateItem = (trx: Db, itemId: string, patch: ItemPatch) =>
  trx.updateTable('exam_attempt_items').set(patch).where('id', '=', itemId).execute();

/** The exam an attempt belongs to. */
export const examIdOf = async (trx: Db, attemptId: string) =>
  (await trx.selectFrom('exam_attempts').select('exam_id').where('id', '=', attemptId).executeTakeFirstOrThrow())
    .exam_id;

/** Theory exams, whole rows, optionally only one. */
export const theoryExams = (db: Db, examId?: string) =>
  db
    .selectFrom('exams')
    .selectAll()
    .where('kind', '=', 'theory')
    .$if(!!examId, (q) => q.where('id', '=', examId!))
    .execute();

/** Essay answers of submitted attempts of these exams, by exam title, code and position (≤ 1,000). */
export const essayQueue = (db: Db, examIds: string[], state: 'pending' | 'graded' | 'all') =>
  db
    .selectFrom('exam_attempt_items as i')
    .innerJoin('exam_attempts as a', 'a.id', 'i.attempt_id')
    .innerJoin('exams as x', 'x.id', 'a.exam_id')
    .select([
      'i.id',
      'i.position',
      'i.points',
      'i.answer',
      'i.score',
      'i.comment',
      'i.graded_at',
      'i.question_version_id',
      'a.anon_code',
      'x.id as exam_id',
      'x.title',
    ])
    .where('a.exam_id', 'in', examIds)
    .where('i.manual', '=', 1)
    .where('a.status', '!=', 'in_progress')
    .$if(state === 'pending', (q) => q.where('i.score', 'is', null))
    .$if(state === 'graded', (q) => q.where('i.score', 'is not', null))
    .orderBy('x.title')
    .orderBy('a.anon_code')
    .orderBy('i.position')
    .limit(1000)
    .execute();

/** One item with its attempt's state, exam and score, or undefined. */
export const itemWithAttempt = (db: Db, itemId: string) =>
  db
    .selectFrom('exam_attempt_items as i')
    .innerJoin('exam_attempts as a', 'a.id', 'i.attempt_id')
    .select([
      'i.id',
      'i.attempt_id',
      'i.points',
      'i.score',
      'i.comment',
      'i.manual',
      'a.status',
      'a.exam_id',
      'a.score as attempt_score',
    ])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
