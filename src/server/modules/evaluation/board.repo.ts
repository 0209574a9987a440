import type { Db } from '../../db/connect.js';

// The cohort board's reads that other modules offer one person at a time (training attendance,
// mentoring), taken here for the whole cohort at once so the board runs a fixed number of
// queries however many members it has (issue 23: no N+1).

/** Per enrolled person: each scheduled session starting in [start, end) with its attendance
 *  (null when not taken yet) — the rows training's attendanceBreakdown reads for one person. */
export const enrolledAttendance = (db: Db, employeeIds: string[], start: string, end: string) =>
  db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .leftJoin('training_attendance as a', (j) =>
      j.onRef('a.session_id', '=', 'en.session_id').onRef('a.employee_id', '=', 'en.employee_id'),
    )
    .select(['en.employee_id', 's.starts_at', 'a.status', 'a.minutes'])
    .where('en.employee_id', 'in', employeeIds)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', start)
    .where('s.starts_at', '<', end)
    .execute();

/** Each trainee's mentoring assignments with their logged hours, in start order. */
export const mentoringOf = (db: Db, traineeIds: string[]) =>
  db
    .selectFrom('training_mentor_assignments as a')
    .select((eb) => [
      'a.trainee_id',
      'a.mode',
      'a.status',
      eb
        .selectFrom('training_mentor_hours as h')
        .select((e) => e.fn.sum<number>('h.hours').as('x'))
        .whereRef('h.assignment_id', '=', 'a.id')
        .as('hours_total'),
    ])
    .where('a.trainee_id', 'in', traineeIds)
    .orderBy('a.start_date')
    .orderBy('a.id')
    .execute();
