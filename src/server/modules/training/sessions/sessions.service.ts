import type { z } from 'zod';
import type {
  ClashCheckInput,
  EnrolInput,
  SessionInput,
  SessionListQuery,
  SessionUpdate,
} from '../../../../common/training-sessions.js';
import { EXIT_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, addDays, centerToday, dayRange, daysBetween, toUtc } from '../../../lib/clock.js';
import { clearSessionCache } from '../../../lib/sessions.js';
import { cohortMemberIds } from '../plans/cohorts.service.js';
import { requireCourses } from '../courses/courses.service.js';
import { findClashes, refuseClashes } from './sessions.clash.js';
import {
  attendanceStatusRow,
  deleteEnrolmentAndLeave,
  enrolledEmployeeIds,
  enrolledIn,
  enrolmentRow,
  insertEnrollments,
  insertSession,
  phaseIdInPlan,
  planIdRow,
  sessionBase,
  sessionPeople,
  sessionRowsBetween,
  sessionVisible,
  setSessionCancelled,
  toSessionDto,
  trainerActiveFlag,
} from './sessions.repo.js';
import { takeLock, updateAtVersion } from '../shared/store.js';
import { centerOffset } from '../../../lib/center-time.js';
import { readsAllTraining, requirePeople, trainerIdsOf, visibleFilter } from '../shared/training.access.js';

// Sessions (SPEC §3): a course taught by a trainer in a room at a time to enrolled people.
// Every booking — a new session, a change of time, room or trainer, an enrolment — is checked
// for clashes inside one serialized transaction and refused with 409 naming the clash.

const MAX_HOURS = 12;
const MAX_RANGE_DAYS = 92;

function checkTimes(startsAt: string, endsAt: string) {
  if (endsAt <= startsAt) throw ruleBroken('BAD_TIME_RANGE', 'A session must end after it starts', 'endsAt');
  if (Date.parse(endsAt) - Date.parse(startsAt) > MAX_HOURS * 3_600_000) {
    throw ruleBroken(
      'SESSION_TOO_LONG',
      `A session lasts at most ${MAX_HOURS} hours; split longer days into sessions`,
      'endsAt',
    );
  }
}

async function requireTrainer(db: Db, id: string) {
  const t = await trainerActiveFlag(db, id);
  if (!t) throw ruleBroken('UNKNOWN_TRAINER', 'No such trainer', 'trainerId');
  if (t.active !== 1) throw ruleBroken('TRAINER_INACTIVE', 'This trainer is no longer active', 'trainerId');
}

/** The people to book: explicit ids and cohort members, all existing and still employed. */
async function peopleToBook(db: Db, employeeIds: string[], cohortIds: string[]) {
  const ids = [...new Set([...employeeIds, ...(await cohortMemberIds(db, cohortIds))])];
  const people = await requirePeople(db, ids, 'employeeIds');
  const gone = people.find((p) => (EXIT_STATUSES as readonly string[]).includes(p.status));
  if (gone) throw ruleBroken('EMPLOYEE_LEFT', `${gone.name} no longer works here`, 'employeeIds');
  return ids;
}

export async function loadSession(db: Db, id: string) {
  const s = await sessionBase(db).where('s.id', '=', id).executeTakeFirst();
  if (!s) throw notFound('Session');
  return s;
}

/** A session the actor may see, or 404 (its existence is not confirmed to others). */
export async function loadVisibleSession(db: Db, actor: Actor, id: string) {
  const trainerIds = await trainerIdsOf(db, actor);
  const scope = readsAllTraining(actor) ? { kind: 'all' as const } : peopleScope(actor);
  const s = await sessionBase(db)
    .where('s.id', '=', id)
    .where((eb) => sessionVisible(eb, scope, trainerIds))
    .executeTakeFirst();
  if (!s) throw notFound('Session');
  return s;
}

export async function listSessions(db: Db, actor: Actor, q: z.output<typeof SessionListQuery>) {
  const offset = await centerOffset(db);
  const from = q.from ?? centerToday(offset);
  const to = q.to ?? addDays(from, 6);
  assertDateOrder(from, to, 'to', '"to" is before "from"');
  if (daysBetween(from, to) > MAX_RANGE_DAYS)
    throw ruleBroken('RANGE_TOO_LONG', `Ask for at most ${MAX_RANGE_DAYS} days at a time`, 'to');
  const { start, end } = dayRange(from, to, offset);
  const trainerIds = await trainerIdsOf(db, actor);
  const scope = readsAllTraining(actor) ? { kind: 'all' as const } : peopleScope(actor);
  const rows = await sessionRowsBetween(db, {
    start,
    end,
    scope,
    trainerIds,
    includeCancelled: q.includeCancelled,
    trainerId: q.trainerId,
    courseId: q.courseId,
    planId: q.planId,
    room: q.room,
    employeeId: q.employeeId,
  });
  const enrolled = await enrolledIn(
    db,
    actor.employeeId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSessionDto(r, { employeeId: actor.employeeId, enrolled }));
}

export async function getSession(db: Db, actor: Actor, id: string) {
  const s = await loadVisibleSession(db, actor, id);
  const sees = visibleFilter(actor);
  const people = (await sessionPeople(db, id)).filter(sees).map((p) => ({
    employeeId: p.id,
    employeeNo: p.employee_no,
    name: p.name,
    teamName: p.team_name,
    attendance: p.a_status
      ? { status: p.a_status as never, minutes: p.a_minutes, note: p.a_note, recordedAt: p.a_at! }
      : null,
    leave: p.l_id ? { id: p.l_id, status: p.l_status as never, late: p.l_late === 1 } : null,
    feedbackGiven: !!p.f_id,
  }));
  const enrolled = await enrolledIn(db, actor.employeeId, [id]);
  return { ...toSessionDto(s, { employeeId: actor.employeeId, enrolled }), people };
}

async function checkPlan(db: Db, planId: string | null | undefined, phaseId: string | null | undefined) {
  if (phaseId && !planId) throw ruleBroken('PLAN_REQUIRED', 'A phase belongs to a plan: give the plan too', 'planId');
  if (!planId) return;
  if (!(await planIdRow(db, planId))) throw ruleBroken('UNKNOWN_PLAN', 'No such plan', 'planId');
  if (phaseId && !(await phaseIdInPlan(db, phaseId, planId))) {
    throw ruleBroken('UNKNOWN_PHASE', 'No such phase in this plan', 'phaseId');
  }
}

/** All clashes a booking would make, for the calendar to show before saving. */
export async function checkBooking(db: Db, input: z.output<typeof ClashCheckInput>) {
  const startsAt = toUtc(input.startsAt);
  const endsAt = toUtc(input.endsAt);
  checkTimes(startsAt, endsAt);
  let people = await peopleToBook(db, input.employeeIds, input.cohortIds);
  if (input.sessionId) {
    const booked = await enrolledEmployeeIds(db, input.sessionId);
    people = [...new Set([...people, ...booked])];
  }
  return findClashes(db, {
    sessionId: input.sessionId,
    trainerId: input.trainerId,
    room: input.room,
    startsAt,
    endsAt,
    employeeIds: people,
  });
}

export async function createSession(db: Db, actor: Actor, input: z.output<typeof SessionInput>) {
  const startsAt = toUtc(input.startsAt);
  const endsAt = toUtc(input.endsAt);
  checkTimes(startsAt, endsAt);
  await requireCourses(db, [input.courseId], 'courseId', { active: true });
  await requireTrainer(db, input.trainerId);
  await checkPlan(db, input.planId, input.phaseId);
  const people = await peopleToBook(db, input.employeeIds, input.cohortIds);
  const offset = await centerOffset(db);
  const at = nowIso();
  const row = {
    id: newId(),
    course_id: input.courseId,
    trainer_id: input.trainerId,
    plan_id: input.planId ?? null,
    phase_id: input.phaseId ?? null,
    title: input.title,
    room: input.room,
    starts_at: startsAt,
    ends_at: endsAt,
    status: 'scheduled',
    notes: input.notes,
    created_by: actor.userId,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await takeLock(trx, 'schedule');
    refuseClashes(
      await findClashes(trx, { trainerId: row.trainer_id, room: row.room, startsAt, endsAt, employeeIds: people }),
      offset,
    );
    await insertSession(trx, row);
    if (people.length) {
      await insertEnrollments(
        trx,
        people.map((employee_id) => ({ session_id: row.id, employee_id, enrolled_at: at, enrolled_by: actor.userId })),
      );
    }
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'training_session',
      entityId: row.id,
      newValue: { ...row, enrolled: people.length },
    });
  });
  clearSessionCache();
  return row.id;
}

export async function updateSession(db: Db, actor: Actor, id: string, input: z.output<typeof SessionUpdate>) {
  const before = await loadSession(db, id);
  if (before.status !== 'scheduled') throw ruleBroken('SESSION_CANCELLED', 'A cancelled session cannot be changed');
  const set: Record<string, unknown> = {};
  if (input.courseId !== undefined)
    set.course_id = (await requireCourses(db, [input.courseId], 'courseId', { active: true }))[0].id;
  if (input.trainerId !== undefined) {
    await requireTrainer(db, input.trainerId);
    set.trainer_id = input.trainerId;
  }
  if (input.room !== undefined) set.room = input.room;
  if (input.startsAt !== undefined) set.starts_at = toUtc(input.startsAt);
  if (input.endsAt !== undefined) set.ends_at = toUtc(input.endsAt);
  if (input.title !== undefined) set.title = input.title;
  if (input.notes !== undefined) set.notes = input.notes;
  const next = {
    trainerId: (set.trainer_id ?? before.trainer_id) as string,
    room: (set.room !== undefined ? set.room : before.room) as string | null,
    startsAt: (set.starts_at ?? before.starts_at) as string,
    endsAt: (set.ends_at ?? before.ends_at) as string,
  };
  checkTimes(next.startsAt, next.endsAt);
  const { oldValue, newValue, changed } = diff(before as unknown as Record<string, unknown>, set);
  if (!changed) return;
  const offset = await centerOffset(db);
  await db.transaction().execute(async (trx) => {
    await takeLock(trx, 'schedule');
    const people = await enrolledEmployeeIds(trx, id);
    refuseClashes(await findClashes(trx, { sessionId: id, ...next, employeeIds: people }), offset);
    await updateAtVersion(trx, 'training_sessions', id, input.version, set, 'session');
    await recordAudit(trx, actor, { action: 'update', entity: 'training_session', entityId: id, oldValue, newValue });
  });
  if (set.trainer_id) clearSessionCache();
}

export async function cancelSession(db: Db, actor: Actor, id: string, reason: string) {
  const before = await loadSession(db, id);
  if (before.status === 'cancelled') throw conflict('SESSION_CANCELLED', 'The session is already cancelled');
  await db.transaction().execute(async (trx) => {
    await setSessionCancelled(trx, id, before.version + 1, nowIso());
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'training_session',
      entityId: id,
      oldValue: { status: 'scheduled' },
      newValue: { status: 'cancelled' },
      reason,
    });
  });
  clearSessionCache();
}

/** Books more people (explicit and/or cohorts); those already booked are skipped, a clash refuses all. */
export async function enrol(db: Db, actor: Actor, id: string, input: z.output<typeof EnrolInput>) {
  const s = await loadSession(db, id);
  if (s.status !== 'scheduled') throw ruleBroken('SESSION_CANCELLED', 'A cancelled session takes no enrolments');
  const wanted = await peopleToBook(db, input.employeeIds, input.cohortIds);
  if (!wanted.length) throw ruleBroken('NOBODY_TO_ENROL', 'Choose people or a cohort', 'employeeIds');
  const offset = await centerOffset(db);
  const at = nowIso();
  const result = await db.transaction().execute(async (trx) => {
    await takeLock(trx, 'schedule');
    const already = new Set(await enrolledEmployeeIds(trx, id));
    const fresh = wanted.filter((p) => !already.has(p));
    if (!fresh.length) return { added: 0, alreadyEnrolled: wanted.length };
    refuseClashes(
      await findClashes(trx, {
        sessionId: id,
        trainerId: s.trainer_id,
        room: null,
        startsAt: s.starts_at,
        endsAt: s.ends_at,
        employeeIds: fresh,
      }),
      offset,
    );
    await insertEnrollments(
      trx,
      fresh.map((employee_id) => ({ session_id: id, employee_id, enrolled_at: at, enrolled_by: actor.userId })),
    );
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'training_session',
      entityId: id,
      newValue: { enrolled: fresh },
      reason: 'enrolment',
    });
    return { added: fresh.length, alreadyEnrolled: wanted.length - fresh.length };
  });
  clearSessionCache();
  return result;
}

/** Takes a person off a session, unless attendance about them is already recorded (their leave request goes too). */
export async function unenrol(db: Db, actor: Actor, id: string, employeeId: string) {
  await loadSession(db, id);
  const booked = await enrolmentRow(db, id, employeeId);
  if (!booked) throw notFound('Enrolment');
  const taken = await attendanceStatusRow(db, id, employeeId);
  if (taken) throw conflict('ATTENDANCE_TAKEN', 'Attendance is recorded for this person: it stays on their record');
  await db.transaction().execute(async (trx) => {
    await deleteEnrolmentAndLeave(trx, id, employeeId);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'training_session',
      entityId: id,
      oldValue: { enrolled: [employeeId] },
      reason: 'unenrolment',
    });
  });
  clearSessionCache();
}
