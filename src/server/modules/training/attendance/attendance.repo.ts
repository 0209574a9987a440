import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingAttendanceTable } from '../../../db/schema-training.js';

// Kysely queries for attendance (attendance.service.ts holds the rules and the scoring).

/** Of these people, those enrolled in the session. */
export async function enrolledAmong(db: Db, sessionId: string, employeeIds: string[]) {
  const rows = await db
    .selectFrom('training_enrollments')
    .select('employee_id')
    .where('session_id', '=', sessionId)
    .where('employee_id', 'in', employeeIds)
    .execute();
  return rows.map((r) => r.employee_id);
}

/** Of these people, those with an approved leave request for the session. */
export async function approvedLeaveAmong(db: Db, sessionId: string, employeeIds: string[]) {
  const rows = await db
    .selectFrom('training_leave')
    .select('employee_id')
    .where('session_id', '=', sessionId)
    .where('status', '=', 'approved')
    .where('employee_id', 'in', employeeIds)
    .execute();
  return rows.map((r) => r.employee_id);
}

/** Attendance already recorded for these people in the session. */
export const attendanceOf = (db: Db, sessionId: string, employeeIds: string[]) =>
  db
    .selectFrom('training_attendance')
    .select(['employee_id', 'status', 'minutes'])
    .where('session_id', '=', sessionId)
    .where('employee_id', 'in', employeeIds)
    .execute();

/** Records attendance, or corrects the one already recorded for the person and session. */
export const upsertAttendance = (db: Db, row: Insertable<TrainingAttendanceTable> & { recorded_at: string }) =>
  db
    .insertInto('training_attendance')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['session_id', 'employee_id']).doUpdateSet({
        status: row.status,
        minutes: row.minutes,
        note: row.note,
        recorded_by: row.recorded_by,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();

/** Attendance (null when not taken) of a person's scheduled sessions starting in [start, end). */
export const attendanceInSessionsBetween = (db: Db, employeeId: string, start: string, end: string) =>
  db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .leftJoin('training_attendance as a', (j) =>
      j.onRef('a.session_id', '=', 'en.session_id').onRef('a.employee_id', '=', 'en.employee_id'),
    )
    .select(['a.status', 'a.minutes'])
    .where('en.employee_id', '=', employeeId)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', start)
    .where('s.starts_at', '<', end)
    .execute();

/** Late, left-early and absent records without approved leave, in scheduled sessions since `sinceUtc`, oldest first. */
export const unexcusedAttendanceSince = (db: Db, employeeIds: string[], sinceUtc: string) =>
  db
    .selectFrom('training_attendance as a')
    .innerJoin('training_sessions as s', 's.id', 'a.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .leftJoin('training_leave as l', (j) =>
      j
        .onRef('l.session_id', '=', 'a.session_id')
        .onRef('l.employee_id', '=', 'a.employee_id')
        .on('l.status', '=', 'approved'),
    )
    .select([
      'a.session_id',
      'a.employee_id',
      'a.status',
      'a.minutes',
      's.starts_at',
      's.title',
      'c.title as course_title',
    ])
    .where('a.employee_id', 'in', employeeIds)
    .where('a.status', 'in', ['late', 'left_early', 'absent'])
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', sinceUtc)
    .where('l.id', 'is', null)
    .orderBy('s.starts_at')
    .execute();
