import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingLeaveTable } from '../../../db/schema-training.js';

// Kysely queries for leave from training sessions (leave.service.ts holds the rules).

export interface LeaveFilter {
  /** Only the person's own requests and those for sessions taught by these trainers (null: all). */
  seenBy: { employeeId: string; trainerIds: string[] } | null;
  status?: string;
  sessionId?: string;
  employeeId?: string;
  page: number;
  pageSize: number;
}

/** A page of leave requests with their session's title and time, newest first, and the total. */
export async function listLeave(db: Db, f: LeaveFilter) {
  let query = db
    .selectFrom('training_leave as l')
    .innerJoin('training_sessions as s', 's.id', 'l.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .selectAll('l')
    .select(['s.title', 'c.title as course_title', 's.starts_at', 's.trainer_id']);
  const seen = f.seenBy;
  if (seen)
    query = query.where((eb) =>
      eb.or([
        eb('l.employee_id', '=', seen.employeeId),
        ...(seen.trainerIds.length ? [eb('s.trainer_id', 'in', seen.trainerIds)] : []),
      ]),
    );
  if (f.status) query = query.where('l.status', '=', f.status);
  if (f.sessionId) query = query.where('l.session_id', '=', f.sessionId);
  if (f.employeeId) query = query.where('l.employee_id', '=', f.employeeId);
  const count = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('l.requested_at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(count.n) };
}

export const isEnrolled = async (db: Db, sessionId: string, employeeId: string) =>
  !!(await db
    .selectFrom('training_enrollments')
    .select('employee_id')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst());

export const leaveOf = (db: Db, sessionId: string, employeeId: string) =>
  db
    .selectFrom('training_leave')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

export const findLeave = (db: Db, id: string) =>
  db.selectFrom('training_leave').selectAll().where('id', '=', id).executeTakeFirst();

/** Asks again on a withdrawn request (same id), or for the first time. */
export async function saveRequest(db: Db, row: Insertable<TrainingLeaveTable> & { id: string }, replaces: boolean) {
  if (replaces) await db.updateTable('training_leave').set(row).where('id', '=', row.id).execute();
  else await db.insertInto('training_leave').values(row).execute();
}

/** Decides a pending request; false when someone decided it meanwhile. */
export async function decidePending(
  db: Db,
  id: string,
  set: { status: string; decided_by: string; decided_at: string; decision_note: string | null },
) {
  const res = await db
    .updateTable('training_leave')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Turns a recorded absence into leave; whether there was one. */
export async function absenceToLeave(
  db: Db,
  sessionId: string,
  employeeId: string,
  by: { userId: string; at: string },
) {
  const res = await db
    .updateTable('training_attendance')
    .set({ status: 'on_leave', minutes: null, recorded_by: by.userId, recorded_at: by.at })
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .where('status', '=', 'absent')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export const setStatus = (db: Db, id: string, status: string) =>
  db.updateTable('training_leave').set({ status }).where('id', '=', id).execute();
