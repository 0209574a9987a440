import type { Kysely } from 'kysely';
import type { Db } from '../../../db/connect.js';

// Kysely queries shared by the training services (training.access.ts and store.ts hold the rules).

/** Ids of the trainer rows that are this employee. */
export async function trainerIdsOfEmployee(db: Db, employeeId: string) {
  const rows = await db.selectFrom('training_trainers').select('id').where('employee_id', '=', employeeId).execute();
  return rows.map((r) => r.id);
}

/** People enrolled in scheduled sessions taught by this employee. */
export async function learnerIdsOfTrainer(db: Db, employeeId: string) {
  const rows = await db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .innerJoin('training_trainers as t', 't.id', 's.trainer_id')
    .select('en.employee_id')
    .distinct()
    .where('t.employee_id', '=', employeeId)
    .where('s.status', '=', 'scheduled')
    .execute();
  return rows.map((r) => r.employee_id);
}

/** Trainees with an active assignment to this mentor. */
export async function activeMenteeIds(db: Db, mentorId: string) {
  const rows = await db
    .selectFrom('training_mentor_assignments')
    .select('trainee_id')
    .distinct()
    .where('mentor_id', '=', mentorId)
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.trainee_id);
}

/** Touches the lock row of a kind of writer. */
export const touchLock = (trx: Db, key: string, at: string) =>
  trx.updateTable('training_locks').set({ at }).where('key', '=', key).execute();

/** Updates the row only if it still has `version`, bumping it; returns how many rows changed. */
export async function updateRowAtVersion(
  trx: Db,
  table: 'training_courses' | 'training_trainers' | 'training_plans' | 'training_sessions',
  id: string,
  version: number,
  set: Record<string, unknown>,
  at: string,
) {
  const res = await (trx as unknown as Kysely<any>)
    .updateTable(table)
    .set({ ...set, version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
