import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingPlanPhaseTable, TrainingPlanTable } from '../../../db/schema-training.js';

// Kysely queries for training plans and their phases (plans.service.ts holds the rules).

export const cohortIdRow = (db: Db, id: string) =>
  db.selectFrom('training_cohorts').select('id').where('id', '=', id).executeTakeFirst();

export const surveyIdRow = (db: Db, id: string) =>
  db.selectFrom('training_surveys').select('id').where('id', '=', id).executeTakeFirst();

/** Phases of these plans, in order. */
export const phasesOfPlans = (db: Db, planIds: string[]) =>
  db.selectFrom('training_plan_phases').selectAll().where('plan_id', 'in', planIds).orderBy('seq').execute();

export const cohortNames = (db: Db, ids: string[]) =>
  db.selectFrom('training_cohorts').select(['id', 'name']).where('id', 'in', ids).execute();

/** Scheduled sessions per plan. */
export const scheduledSessionCounts = (db: Db, planIds: string[]) =>
  db
    .selectFrom('training_sessions')
    .select((eb) => ['plan_id', eb.fn.countAll<number>().as('n')])
    .where('plan_id', 'in', planIds)
    .where('status', '=', 'scheduled')
    .groupBy('plan_id')
    .execute();

export const courseLabels = (db: Db, ids: string[]) =>
  db.selectFrom('training_courses').select(['id', 'code', 'title']).where('id', 'in', ids).execute();

/** Plans, latest start first, optionally of one audience and/or status. */
export function planRows(db: Db, f: { audience?: string; status?: string }) {
  let query = db.selectFrom('training_plans').selectAll().orderBy('start_date', 'desc').orderBy('id');
  if (f.audience) query = query.where('audience', '=', f.audience);
  if (f.status) query = query.where('status', '=', f.status);
  return query.execute();
}

export const planRow = (db: Db, id: string) =>
  db.selectFrom('training_plans').selectAll().where('id', '=', id).executeTakeFirst();

export const insertPlan = (db: Db, row: Insertable<TrainingPlanTable>) =>
  db.insertInto('training_plans').values(row).execute();

export const insertPhases = (db: Db, rows: Insertable<TrainingPlanPhaseTable>[]) =>
  db.insertInto('training_plan_phases').values(rows).execute();

/** A session linked to one of these phases, if any. */
export const sessionInPhases = (db: Db, phaseIds: string[]) =>
  db.selectFrom('training_sessions').select('id').where('phase_id', 'in', phaseIds).executeTakeFirst();

export const deletePhases = (db: Db, ids: string[]) =>
  db.deleteFrom('training_plan_phases').where('id', 'in', ids).execute();

export const updatePhase = (db: Db, id: string, set: Updateable<TrainingPlanPhaseTable>) =>
  db.updateTable('training_plan_phases').set(set).where('id', '=', id).execute();
