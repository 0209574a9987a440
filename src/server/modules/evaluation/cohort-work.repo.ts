import type { Db } from '../../db/connect.js';

// Kysely query of the training manager's cohort-results work (evaluation.work.ts holds the rule).

/** Members of cohorts whose new-hire plan (active or completed) is completed or ended before
 *  `today`, with no elimination case still open; one row per member with the plan's last end day. */
export const endedCohortMembers = (db: Db, today: string) =>
  db
    .selectFrom('training_plans as p')
    .innerJoin('training_cohorts as c', 'c.id', 'p.cohort_id')
    .innerJoin('training_cohort_members as m', 'm.cohort_id', 'c.id')
    .select(['c.id', 'c.name', 'm.employee_id', (eb) => eb.fn.max('p.end_date').as('end_date')])
    .where('p.audience', '=', 'new_hire')
    .where((eb) =>
      eb.or([eb('p.status', '=', 'completed'), eb.and([eb('p.status', '=', 'active'), eb('p.end_date', '<', today)])]),
    )
    // The same read of an open case as elimination's case facts (closed_at still empty).
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('elimination_cases as e')
            .select('e.id')
            .whereRef('e.employee_id', '=', 'm.employee_id')
            .where('e.closed_at', 'is', null),
        ),
      ),
    )
    .groupBy(['c.id', 'c.name', 'm.employee_id'])
    .execute();
