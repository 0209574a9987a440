import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingCertificateTable } from '../../../db/schema-training.js';

// Kysely queries for the per-employee training record (record.service.ts assembles it).

/** The plans a person takes part in: as a cohort member, booked on one of its sessions, or mentored under it. */
export async function plansOf(db: Db, employeeId: string) {
  return db
    .selectFrom('training_plans as p')
    .leftJoin('training_cohorts as c', 'c.id', 'p.cohort_id')
    .select(['p.id', 'p.title', 'p.audience', 'p.start_date', 'p.end_date', 'p.status', 'c.name as cohort_name'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('training_cohort_members as m')
            .select('m.employee_id')
            .whereRef('m.cohort_id', '=', 'p.cohort_id')
            .where('m.employee_id', '=', employeeId),
        ),
        eb.exists(
          eb
            .selectFrom('training_sessions as s')
            .innerJoin('training_enrollments as en', 'en.session_id', 's.id')
            .select('s.id')
            .whereRef('s.plan_id', '=', 'p.id')
            .where('en.employee_id', '=', employeeId),
        ),
        eb.exists(
          eb
            .selectFrom('training_mentor_assignments as a')
            .select('a.id')
            .whereRef('a.plan_id', '=', 'p.id')
            .where('a.trainee_id', '=', employeeId),
        ),
      ]),
    )
    .orderBy('p.start_date')
    .execute();
}

/** Every session the person is booked on, with course, trainer, attendance, leave and feedback. */
export async function sessionsOf(db: Db, employeeId: string) {
  return db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .innerJoin('training_trainers as t', 't.id', 's.trainer_id')
    .leftJoin('training_attendance as a', (j) =>
      j.onRef('a.session_id', '=', 's.id').onRef('a.employee_id', '=', 'en.employee_id'),
    )
    .leftJoin('training_leave as l', (j) =>
      j.onRef('l.session_id', '=', 's.id').onRef('l.employee_id', '=', 'en.employee_id'),
    )
    .leftJoin('training_feedback as f', (j) =>
      j.onRef('f.session_id', '=', 's.id').onRef('f.employee_id', '=', 'en.employee_id'),
    )
    .select([
      's.id',
      's.title',
      'c.title as course_title',
      'c.content_area',
      'c.method',
      't.name as trainer_name',
      's.starts_at',
      's.ends_at',
      's.room',
      's.status',
      'a.status as attendance',
      'a.minutes',
      'l.id as leave_id',
      'l.status as leave_status',
      'l.late as leave_late',
      'f.id as feedback_id',
    ])
    .where('en.employee_id', '=', employeeId)
    .orderBy('s.starts_at')
    .execute();
}

/** The person's certificates, with the course each was for. */
export const certificatesOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('training_certificates as c')
    .leftJoin('training_courses as k', 'k.id', 'c.course_id')
    .selectAll('c')
    .select('k.title as course_title')
    .where('c.employee_id', '=', employeeId)
    .orderBy('c.issued_on')
    .execute();

/** Mentoring problems of the trainee, counted per assignment and status. */
export const problemCounts = (db: Db, traineeId: string) =>
  db
    .selectFrom('training_mentor_problems')
    .select((eb) => ['assignment_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('trainee_id', '=', traineeId)
    .groupBy(['assignment_id', 'status'])
    .execute();

export const insertCertificate = (db: Db, row: Insertable<TrainingCertificateTable>) =>
  db.insertInto('training_certificates').values(row).execute();

/** Members of cohorts whose new-hire plan is completed, or active with its end day before
 *  `today` (the plan-complete rule of certification); one row per member with the plans' last end day. */
export const endedNewHireCohortMembers = (db: Db, today: string) =>
  db
    .selectFrom('training_plans as p')
    .innerJoin('training_cohorts as c', 'c.id', 'p.cohort_id')
    .innerJoin('training_cohort_members as m', 'm.cohort_id', 'c.id')
    .select(['c.id', 'c.name', 'm.employee_id', (eb) => eb.fn.max('p.end_date').as('end_date')])
    .where('p.audience', '=', 'new_hire')
    .where((eb) =>
      eb.or([eb('p.status', '=', 'completed'), eb.and([eb('p.status', '=', 'active'), eb('p.end_date', '<', today)])]),
    )
    .groupBy(['c.id', 'c.name', 'm.employee_id'])
    .execute();
