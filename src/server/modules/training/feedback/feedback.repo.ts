import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingFeedbackTable } from '../../../db/schema-training.js';

// Kysely queries for session feedback (feedback.service.ts holds the rules).

export const attendanceStatusOf = (db: Db, sessionId: string, employeeId: string) =>
  db
    .selectFrom('training_attendance')
    .select('status')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

export const insertFeedback = (db: Db, row: Insertable<TrainingFeedbackTable>) =>
  db.insertInto('training_feedback').values(row).execute();

const base = (db: Db) =>
  db
    .selectFrom('training_feedback as f')
    .innerJoin('training_sessions as s', 's.id', 'f.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .innerJoin('training_trainers as t', 't.id', 's.trainer_id')
    .select([
      'f.id',
      'f.session_id',
      'c.title as course_title',
      't.name as trainer_name',
      's.starts_at',
      'f.content_score',
      'f.trainer_score',
      'f.method_score',
      'f.suggestions',
      'f.created_at',
    ]);
export type FeedbackRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** A person's answers with their session, newest session first. */
export const feedbackRowsBy = (db: Db, employeeId: string) =>
  base(db).where('f.employee_id', '=', employeeId).orderBy('s.starts_at', 'desc').execute();

/** Answers for a course, a trainer and/or a session, newest session first. */
export function feedbackRowsFor(db: Db, f: { courseId?: string; trainerId?: string; sessionId?: string }) {
  let query = base(db).orderBy('s.starts_at', 'desc').orderBy('f.id');
  if (f.courseId) query = query.where('s.course_id', '=', f.courseId);
  if (f.trainerId) query = query.where('s.trainer_id', '=', f.trainerId);
  if (f.sessionId) query = query.where('f.session_id', '=', f.sessionId);
  return query.execute();
}

/** Response and session counts and average scores per course or per trainer, with its name. */
export function feedbackAveragesBy(db: Db, by: 'course' | 'trainer') {
  const q = db
    .selectFrom('training_feedback as f')
    .innerJoin('training_sessions as s', 's.id', 'f.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .innerJoin('training_trainers as t', 't.id', 's.trainer_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.count<number>('f.session_id').distinct().as('sessions'),
      eb.fn.avg<number>('f.content_score').as('content'),
      eb.fn.avg<number>('f.trainer_score').as('trainer'),
      eb.fn.avg<number>('f.method_score').as('method'),
    ]);
  return by === 'course'
    ? q.select(['s.course_id as id', 'c.title as name']).groupBy(['s.course_id', 'c.title']).execute()
    : q.select(['s.trainer_id as id', 't.name as name']).groupBy(['s.trainer_id', 't.name']).execute();
}
