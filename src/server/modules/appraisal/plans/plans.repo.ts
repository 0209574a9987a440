import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  AppraisalPlanTable,
  AppraisalPlanTeamTable,
  AppraisalPlanVersionTable,
} from '../../../db/schema-appraisal-plans.js';

// Kysely queries for appraisal plans, their versions and the teams of their published versions.

export const findPlan = (db: Db, id: string) =>
  db.selectFrom('appraisal_plans').selectAll().where('id', '=', id).executeTakeFirst();

export const findVersion = (db: Db, id: string) =>
  db.selectFrom('appraisal_plan_versions').selectAll().where('id', '=', id).executeTakeFirst();

export const versionsOf = (db: Db, planId: string) =>
  db
    .selectFrom('appraisal_plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .execute();

/** Every plan with its published and draft version (number and content, for the list's summary). */
export const listPlans = (db: Db, q: { page: number; pageSize: number }) =>
  db
    .selectFrom('appraisal_plans as p')
    .leftJoin('appraisal_plan_versions as pv', 'pv.id', 'p.published_version_id')
    .leftJoin('appraisal_plan_versions as dv', 'dv.id', 'p.draft_version_id')
    .selectAll('p')
    .select([
      'pv.number as published_number',
      'pv.content as published_content',
      'dv.number as draft_number',
      'dv.content as draft_content',
    ])
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();

export const countPlans = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('appraisal_plans')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertPlan = (db: Db, row: Insertable<AppraisalPlanTable>) =>
  db.insertInto('appraisal_plans').values(row).execute();

export const insertVersion = (db: Db, row: Insertable<AppraisalPlanVersionTable>) =>
  db.insertInto('appraisal_plan_versions').values(row).execute();

export const updateVersion = (db: Db, id: string, changes: Updateable<AppraisalPlanVersionTable>) =>
  db.updateTable('appraisal_plan_versions').set(changes).where('id', '=', id).execute();

/** Optimistic update: false when someone changed the plan since `revision` was read. */
export async function updatePlan(db: Db, id: string, revision: number, changes: Updateable<AppraisalPlanTable>) {
  const res = await db
    .updateTable('appraisal_plans')
    .set({ ...changes, revision: revision + 1 })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function nextNumber(db: Db, planId: string) {
  const row = await db
    .selectFrom('appraisal_plan_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export const departmentExists = async (db: Db, id: string) =>
  !!(await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst());

/** The published plans other than `planId` that hold any of these teams. */
export const teamsInOtherPlans = (db: Db, planId: string, teamIds: string[]) =>
  teamIds.length
    ? db
        .selectFrom('appraisal_plan_teams as t')
        .innerJoin('appraisal_plans as p', 'p.id', 't.plan_id')
        .select(['t.team_id', 'p.id as plan_id', 'p.name as plan_name'])
        .where('t.plan_id', '!=', planId)
        .where('t.team_id', 'in', teamIds)
        .execute()
    : Promise.resolve([]);

export async function replacePlanTeams(db: Db, planId: string, rows: Insertable<AppraisalPlanTeamTable>[]) {
  await db.deleteFrom('appraisal_plan_teams').where('plan_id', '=', planId).execute();
  if (rows.length) await db.insertInto('appraisal_plan_teams').values(rows).execute();
}

/** The published plan version a team is in, if any. */
export const publishedForTeam = (db: Db, teamId: string) =>
  db
    .selectFrom('appraisal_plan_teams as t')
    .innerJoin('appraisal_plan_versions as v', 'v.id', 't.version_id')
    .select(['t.plan_id', 't.version_id', 't.position_type', 'v.content', 'v.number'])
    .where('t.team_id', '=', teamId)
    .executeTakeFirst();
