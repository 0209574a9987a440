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
import {
  attendanceStatusOf,
  feedbackAveragesBy,
  feedbackRowsBy,
  feedbackRowsFor,
  insertFeedback,
  type FeedbackRow,
} from './feedback.repo.js';

// Feedback after a session (SPEC §3, the "reaction" level of §4): each learner who attended —
// attendance present, late or left_early — rates content, trainer and method 1–5 and may write
// suggestions, once. Anyone else (absent, on leave, not enrolled, attendance not yet taken) is
// refused with 403 NOT_AN_ATTENDEE; a second answer with 409 FEEDBACK_EXISTS. Roll-ups per
// course and per trainer, and the individual answers, are shown without the learners' names.

export async function giveFeedback(db: Db, actor: Actor, sessionId: string, input: z.output<typeof FeedbackInput>) {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  await loadSession(db, sessionId);
  const att = await attendanceStatusOf(db, sessionId, actor.employeeId);
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
    insertFeedback(db, row),
  );
  return row.id;
}

type Row = FeedbackRow;
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
  const rows = await feedbackRowsBy(db, actor.employeeId);
  return rows.map((r) => ({ id: r.id, ...toItem(r) }));
}

/** The answers, anonymous, for a course, a trainer or a session. */
export async function listFeedback(db: Db, q: z.output<typeof FeedbackListQuery>) {
  if (!q.courseId && !q.trainerId && !q.sessionId)
    throw ruleBroken('FILTER_REQUIRED', 'Choose a course, a trainer or a session', 'courseId');
  const rows = await feedbackRowsFor(db, { courseId: q.courseId, trainerId: q.trainerId, sessionId: q.sessionId });
  return rows.map(toItem);
}

/** Averages per course or per trainer: responses, sessions with answers, each score and overall (mean of the three). */
export async function rollup(db: Db, by: 'course' | 'trainer') {
  const rows = await feedbackAveragesBy(db, by);
  return rows
    .map((r) => {
      const overall = avg1((Number(r.content) + Number(r.trainer) + Number(r.method)) / 3);
      return { id: r.id, name: r.name, sessions: Number(r.sessions), overall, ...ratingOf(r) };
    })
    .sort((a, b) => (b.overall ?? 0) - (a.overall ?? 0) || a.name.localeCompare(b.name));
}
