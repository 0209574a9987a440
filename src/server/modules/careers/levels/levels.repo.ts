import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  CareerTrainerGradesTable,
  CareerTrainerLevelHistoryTable,
  CareerTrainerLevelsTable,
} from '../../../db/schema-careers-levels.js';

// Kysely queries of trainer levels: our own tables, and the window-aware reads of the training
// records the standards are judged on (levels.facts.ts decides what counts).

export const gradeRows = (db: Db) =>
  db.selectFrom('career_trainer_grades').selectAll().orderBy('position').orderBy('name').execute();

export const gradeRow = (db: Db, id: string) =>
  db.selectFrom('career_trainer_grades').selectAll().where('id', '=', id).executeTakeFirst();

export const insertGrade = (db: Db, row: Insertable<CareerTrainerGradesTable>) =>
  db.insertInto('career_trainer_grades').values(row).execute();

/** Updates at the version the client read; the number of rows changed (0 = stale or gone). */
export async function updateGrade(db: Db, id: string, version: number, set: Updateable<CareerTrainerGradesTable>) {
  const r = await db
    .updateTable('career_trainer_grades')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export const deleteGrade = (db: Db, id: string) =>
  db.deleteFrom('career_trainer_grades').where('id', '=', id).execute();

export async function holdersByGrade(db: Db) {
  const rows = await db
    .selectFrom('career_trainer_levels')
    .select((eb) => ['grade_id', eb.fn.countAll<number>().as('n')])
    .groupBy('grade_id')
    .execute();
  return new Map(rows.map((r) => [r.grade_id, Number(r.n)]));
}

export const levelRows = (db: Db, trainerIds?: string[]) => {
  let q = db.selectFrom('career_trainer_levels').selectAll();
  if (trainerIds) q = q.where('trainer_id', 'in', trainerIds.length ? trainerIds : ['']);
  return q.execute();
};

export const levelRow = (db: Db, trainerId: string) =>
  db.selectFrom('career_trainer_levels').selectAll().where('trainer_id', '=', trainerId).executeTakeFirst();

export const insertLevel = (db: Db, row: Insertable<CareerTrainerLevelsTable>) =>
  db.insertInto('career_trainer_levels').values(row).execute();

export async function updateLevel(
  db: Db,
  trainerId: string,
  version: number,
  set: Updateable<CareerTrainerLevelsTable>,
) {
  const r = await db
    .updateTable('career_trainer_levels')
    .set({ ...set, version: version + 1 })
    .where('trainer_id', '=', trainerId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export const insertHistory = (db: Db, row: Insertable<CareerTrainerLevelHistoryTable>) =>
  db.insertInto('career_trainer_level_history').values(row).execute();

export const historyRows = (db: Db, trainerId: string) =>
  db
    .selectFrom('career_trainer_level_history')
    .selectAll()
    .where('trainer_id', '=', trainerId)
    .orderBy('created_at', 'desc')
    .execute();

// ---- the training records, read over a window [start, end) of UTC instants ----

export const trainerRows = (db: Db) =>
  db
    .selectFrom('training_trainers')
    .select(['id', 'kind', 'employee_id', 'name', 'active'])
    .orderBy('name')
    .orderBy('id')
    .execute();

export const trainerRowByEmployee = (db: Db, employeeId: string) =>
  db
    .selectFrom('training_trainers')
    .select(['id', 'kind', 'employee_id', 'name', 'active'])
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

/** Sessions taught (not cancelled) that started in the window and have ended by `end`. */
export const sessionsInWindow = (db: Db, trainerIds: string[], start: string, end: string) =>
  db
    .selectFrom('training_sessions')
    .select(['id', 'trainer_id', 'starts_at', 'ends_at'])
    .where('trainer_id', 'in', trainerIds)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>=', start)
    .where('ends_at', '<=', end)
    .execute();

/** The learners' trainer scores on those sessions. */
export const feedbackInWindow = (db: Db, trainerIds: string[], start: string, end: string) =>
  db
    .selectFrom('training_feedback as f')
    .innerJoin('training_sessions as s', 's.id', 'f.session_id')
    .select(['s.trainer_id', 'f.employee_id', 'f.trainer_score'])
    .where('s.trainer_id', 'in', trainerIds)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', start)
    .where('s.ends_at', '<=', end)
    .execute();

/** Who was there (present, late or left early) at those sessions, with the session's start. */
export const attendanceInWindow = (db: Db, trainerIds: string[], start: string, end: string) =>
  db
    .selectFrom('training_attendance as a')
    .innerJoin('training_sessions as s', 's.id', 'a.session_id')
    .select(['s.trainer_id', 'a.employee_id', 's.starts_at'])
    .where('s.trainer_id', 'in', trainerIds)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', start)
    .where('s.ends_at', '<=', end)
    .where('a.status', 'in', ['present', 'late', 'left_early'])
    .execute();

/** Whether anyone holds the grade or any level history names it. */
export async function gradeInUse(db: Db, gradeId: string) {
  const held = await db
    .selectFrom('career_trainer_levels')
    .select('trainer_id')
    .where('grade_id', '=', gradeId)
    .limit(1)
    .executeTakeFirst();
  if (held) return true;
  const named = await db
    .selectFrom('career_trainer_level_history')
    .select('id')
    .where((eb) => eb.or([eb('grade_id', '=', gradeId), eb('previous_grade_id', '=', gradeId)]))
    .limit(1)
    .executeTakeFirst();
  return !!named;
}
