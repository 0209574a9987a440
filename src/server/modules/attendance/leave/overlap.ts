import type { Db } from '../../../db/connect.js';
import { centerOffset } from '../../../lib/center-time.js';
import { dayRange } from '../../../lib/clock.js';
import { notify } from '../../../lib/notify.js';
import type { Identity } from '../../people/identity.service.js';
import { findClashes } from '../../training/sessions/sessions.clash.js';
import { loadSession } from '../../training/sessions/sessions.service.js';
import type { LeaveSpan } from './rules/days.js';
import { leaveOverlapsOf } from './overlap-sources.js';

// Leave over a training session or an exam (issue 19 item 3): the trainer of the session (and
// whoever scheduled it) or the exam's author is told when the request is filed, so they can
// plan a make-up; the leave itself is not refused. The training clash check lists the sessions
// the person is booked on (or teaches) in a time span; other modules (exams) register what they
// hold in overlap-sources.ts.

/** The UTC span a leave covers: a morning ends and an afternoon starts at noon, center time. */
export function leaveInstants(span: LeaveSpan, offsetMinutes: number) {
  const { start, end } = dayRange(span.startDay, span.endDay, offsetMinutes);
  const half = 12 * 3_600_000;
  return {
    startsAt: span.startHalf === 'pm' ? new Date(Date.parse(start) + half).toISOString() : start,
    endsAt: span.endHalf === 'am' ? new Date(Date.parse(end) - half).toISOString() : end,
  };
}

export async function flagTrainingOverlap(trx: Db, person: Identity, span: LeaveSpan, requestId: string) {
  const { startsAt, endsAt } = leaveInstants(span, await centerOffset(trx));
  const params = { name: person.name, from: span.startDay, to: span.endDay };
  const clashes = await findClashes(trx, { trainerId: '', room: null, startsAt, endsAt, employeeIds: [person.id] });
  const sessionIds = [...new Set(clashes.filter((c) => c.employeeId === person.id).map((c) => c.session.id))];
  for (const id of sessionIds) {
    const s = await loadSession(trx, id);
    await notify(trx, {
      employeeIds: s.trainer_employee_id && s.trainer_employee_id !== person.id ? [s.trainer_employee_id] : [],
      userIds: s.created_by ? [s.created_by] : [],
      kind: 'attendance_leave_training_overlap',
      params: { ...params, title: s.title ?? s.course_title },
      link: '/training/sessions',
    });
  }
  for (const { kind, overlap } of await leaveOverlapsOf(trx, person.id, startsAt, endsAt)) {
    await notify(trx, {
      userIds: overlap.userIds,
      kind: `attendance_leave_${kind}_overlap`,
      params: { ...params, title: overlap.title },
      link: overlap.link,
    });
  }
  return { sessions: sessionIds.length, requestId };
}
