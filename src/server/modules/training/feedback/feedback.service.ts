import type { z } from 'zod';
import { ATTENDED, type AttendanceStatusName } from '../../../../common/training.js';
import { type FeedbackInput, type FeedbackListQuery } from '../../../../common/training-sessions.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError, conflict, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { loadSession } from '../sessions/sessions.service.js';
import { avg1, uniqueOr } from '../shared/store.js';
import { ratingOf } from '../trainers/trainers.service.js';

// Feedback after a session (SPEC §3, the "reaction" level of §4): each learner who attended —
// attendance present, late or left_early — rates content, trainer and method 1–5 and may write
// suggestions, once. Anyone else (absent, on leave, not enrolled, attendance not yet taken) is
// refused with 403 NOT_AN_ATTENDEE; a second answer with 409 FEEDBACK_EXISTS. Roll-ups per
// course and per trainer, and the individual answers, are shown without the learners' names.

export async function giveFeedback(db: Db, actor: Actor, sessionId: string, input: z.output<typeof FeedbackInput>) {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  await loadSession(db, sessionId);
  const att = await db
    .selectFrom('training_attendance')
    .select('status')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', actor.employeeId)
    .executeTakeFirst();
  if (!att || !ATTENDED.includes(att.status as AttendanceStatusName)) {
    throw new AppError(
      403,
      'NOT_AN_ATTENDEE',
      'Only people who attended the session (present, late or left early) may give feedback on it',
    );
  }
  const row = {
    id: newId(),
    session_id: sessionId,
    employee_id: actor.employeeId,
    content_score: input.content,
    trainer_score: input.trainer,
    method_score: input.method,
    suggestions: input.suggestions,
    created_at: nowIso(),
  };
  await uniqueOr(conflict('FEEDBACK_EXISTS', 'You already gave feedback on this session'), () =>
    db.insertInto('training_feedback').values(row).execute(),
  );
  return row.id;
}

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
type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
const toItem = (r: Row) => ({
  sessionId: r.session_id,
  courseTitle: r.course_title,
  trainerName: r.trainer_name,
  startsAt: r.starts_at,
  content: r.content_score,
  trainer: r.trainer_score,
  method: r.method_score,
  suggestions: r.suggestions,
  createdAt: r.created_at,
});

export async function myFeedback(db: Db, actor: Actor) {
  if (!actor.employeeId) return [];
  const rows = await base(db).where('f.employee_id', '=', actor.employeeId).orderBy('s.starts_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, ...toItem(r) }));
}

/** The answers, anonymous, for a course, a trainer or a session. */
export async function listFeedback(db: Db, q: z.output<typeof FeedbackListQuery>) {
  if (!q.courseId && !q.trainerId && !q.sessionId)
    throw ruleBroken('FILTER_REQUIRED', 'Choose a course, a trainer or a session', 'courseId');
  let query = base(db).orderBy('s.starts_at', 'desc').orderBy('f.id');
  if (q.courseId) query = query.where('s.course_id', '=', q.courseId);
  if (q.trainerId) query = query.where('s.trainer_id', '=', q.trainerId);
  if (q.sessionId) query = query.where('f.session_id', '=', q.sessionId);
  return (await query.execute()).map(toItem);
}

/** Averages per course or per trainer: responses, sessions with answers, each score and overall (mean of the three). */
export async function rollup(db: Db, by: 'course' | 'trainer') {
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
  const rows =
    by === 'course'
      ? await q.select(['s.course_id as id', 'c.title as name']).groupBy(['s.course_id', 'c.title']).execute()
      : await q.select(['s.trainer_id as id', 't.name as name']).groupBy(['s.trainer_id', 't.name']).execute();
  return rows
    .map((r) => {
      const overall = avg1((Number(r.content) + Number(r.trainer) + Number(r.method)) / 3);
      return { id: r.id, name: r.name, sessions: Number(r.sessions), overall, ...ratingOf(r) };
    })
    .sort((a, b) => (b.overall ?? 0) - (a.overall ?? 0) || a.name.localeCompare(b.name));
}
