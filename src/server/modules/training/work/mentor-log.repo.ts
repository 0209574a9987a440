import type { Db } from '../../../db/connect.js';

// Kysely query of the mentor's daily-log work (mentor-log.work.ts holds the rule).

/** The mentor's (by employee) active assignments running on `day` with no hours logged that day. */
export const assignmentsWithoutLog = (db: Db, mentorEmployeeId: string, day: string) =>
  db
    .selectFrom('training_mentor_assignments as a')
    .leftJoin('training_mentor_hours as h', (j) => j.onRef('h.assignment_id', '=', 'a.id').on('h.work_date', '=', day))
    .select(['a.id', 'a.trainee_id'])
    .where('a.mentor_id', '=', mentorEmployeeId)
    .where('a.status', '=', 'active')
    .where('a.start_date', '<=', day)
    .where((eb) => eb.or([eb('a.end_date', 'is', null), eb('a.end_date', '>=', day)]))
    .where('h.id', 'is', null)
    .orderBy('a.start_date')
    .orderBy('a.id')
    .execute();
