import type { Db } from '../../../db/connect.js';

// Kysely queries of the training module's work on the home page (issue 26); the rules stay in
// training.work.ts. Each is one read over indexed columns, whatever the number of people.

/** Scheduled sessions the trainer (by employee) gave or gives, started before `until`, of a plan
 *  still running (or of none), with someone enrolled whose attendance is not recorded yet. */
export const sessionsMissingAttendance = (db: Db, trainerEmployeeId: string, until: string) =>
  db
    .selectFrom('training_sessions as s')
    .innerJoin('training_trainers as tr', 'tr.id', 's.trainer_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .leftJoin('training_plans as p', 'p.id', 's.plan_id')
    .innerJoin('training_enrollments as en', 'en.session_id', 's.id')
    .leftJoin('training_attendance as at', (j) =>
      j.onRef('at.session_id', '=', 's.id').onRef('at.employee_id', '=', 'en.employee_id'),
    )
    .select(['s.id', 's.title', 's.starts_at', 'c.title as course', (eb) => eb.fn.countAll<number>().as('n')])
    .where('tr.employee_id', '=', trainerEmployeeId)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '<', until)
    .where('at.employee_id', 'is', null)
    // A completed or cancelled plan's sessions are history: nothing is taken for them any more.
    .where((eb) => eb.or([eb('p.id', 'is', null), eb('p.status', 'not in', ['completed', 'cancelled'])]))
    .groupBy(['s.id', 's.title', 's.starts_at', 'c.title'])
    .execute();

/** Scheduled sessions the person is enrolled in that start in [from, to) and have not ended by
 *  `now`, and whose attendance for them is not recorded. */
export const mySessionsBetween = (db: Db, employeeId: string, from: string, to: string, now: string) =>
  db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .leftJoin('training_attendance as at', (j) =>
      j.onRef('at.session_id', '=', 's.id').onRef('at.employee_id', '=', 'en.employee_id'),
    )
    .select(['s.id', 's.title', 's.starts_at', 's.room', 'c.title as course'])
    .where('en.employee_id', '=', employeeId)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '>', now)
    .where('at.employee_id', 'is', null)
    .execute();

/** Problems still open that the mentor (by employee) met with a mentee. */
export const openProblemsOf = (db: Db, mentorEmployeeId: string) =>
  db
    .selectFrom('training_mentor_problems as p')
    .innerJoin('training_mentor_assignments as a', 'a.id', 'p.assignment_id')
    .select(['p.id', 'p.trainee_id', 'p.work_date', 'p.description'])
    .where('a.mentor_id', '=', mentorEmployeeId)
    .where('p.status', '=', 'open')
    .execute();
