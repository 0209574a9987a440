import type { Db } from '../../../db/connect.js';

// Kysely queries of the drills' work on the home page (issue 26); the rules stay in drills.work.ts.

/** The person's quiz of a center day, if started. */
export const quizOfDay = (db: Db, employeeId: string, day: string) =>
  db
    .selectFrom('drill_quizzes')
    .select(['id', 'status', 'answered', 'total'])
    .where('employee_id', '=', employeeId)
    .where('day', '=', day)
    .executeTakeFirst();

/** How many of the person's cards come due before `until` (drill_states_due_idx). */
export const cardsDueBefore = async (db: Db, employeeId: string, until: string) =>
  Number(
    (
      await db
        .selectFrom('drill_states')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('employee_id', '=', employeeId)
        .where('due', '<', until)
        .executeTakeFirstOrThrow()
    ).n,
  );
