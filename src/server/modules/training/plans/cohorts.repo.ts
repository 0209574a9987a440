import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingCohortTable } from '../../../db/schema-training.js';
import { personNo } from '../../people/identity.query.js';

// Kysely queries for cohorts and their members (cohorts.service.ts holds the rules).

export const existingCohorts = (db: Db, ids: string[]) =>
  db.selectFrom('training_cohorts').select('id').where('id', 'in', ids).execute();

export const memberIdsOf = (db: Db, cohortIds: string[]) =>
  db
    .selectFrom('training_cohort_members')
    .select('employee_id')
    .distinct()
    .where('cohort_id', 'in', cohortIds)
    .execute();

/** Cohorts with how many members each has. */
export const counted = (db: Db) =>
  db
    .selectFrom('training_cohorts as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('training_cohort_members as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.cohort_id', '=', 'c.id')
        .as('member_count'),
    );

/** A cohort's members by employee number. */
export const membersByNo = (db: Db, cohortId: string) =>
  db
    .selectFrom('training_cohort_members as m')
    .select('m.employee_id')
    .where('m.cohort_id', '=', cohortId)
    .orderBy(personNo('m.employee_id'))
    .execute();

export const findCohort = (db: Db, id: string) =>
  db.selectFrom('training_cohorts').selectAll().where('id', '=', id).executeTakeFirst();

export const insertCohort = (db: Db, row: Insertable<TrainingCohortTable>) =>
  db.insertInto('training_cohorts').values(row).execute();

/** Replaces the member list (when `replace`) and adds these members. */
export async function writeMembers(db: Db, cohortId: string, employeeIds: string[], at: string, replace: boolean) {
  if (replace) await db.deleteFrom('training_cohort_members').where('cohort_id', '=', cohortId).execute();
  if (employeeIds.length)
    await db
      .insertInto('training_cohort_members')
      .values(employeeIds.map((employee_id) => ({ cohort_id: cohortId, employee_id, added_at: at })))
      .execute();
}

export const touchCohort = (db: Db, id: string, at: string) =>
  db.updateTable('training_cohorts').set({ updated_at: at }).where('id', '=', id).execute();
