import type { Db } from '../../db/connect.js';
import { EXIT_STATUSES } from '../../../common/roles.js';

export const listDepartments = (db: Db) => db.selectFrom('departments').selectAll().orderBy('code').execute();

export const listTeamsWithHeadcount = (db: Db) =>
  db
    .selectFrom('teams as t')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .leftJoin('employees as e', (j) => j.onRef('e.team_id', '=', 't.id').on('e.status', 'not in', [...EXIT_STATUSES]))
    .select((eb) => [
      't.id',
      't.department_id',
      't.code',
      't.name',
      'd.name as department_name',
      eb.fn.count<number>('e.id').as('headcount'),
    ])
    .groupBy(['t.id', 't.department_id', 't.code', 't.name', 'd.name'])
    .orderBy('t.code')
    .execute();

export const findDepartment = (db: Db, id: string) =>
  db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
export const findTeam = (db: Db, id: string) =>
  db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();

export const insertDepartment = (
  db: Db,
  row: { id: string; code: string; name: string; created_at: string; updated_at: string },
) => db.insertInto('departments').values(row).execute();
export const updateDepartment = (
  db: Db,
  id: string,
  set: Partial<{ code: string; name: string; updated_at: string }>,
) => db.updateTable('departments').set(set).where('id', '=', id).execute();
export const deleteDepartment = (db: Db, id: string) => db.deleteFrom('departments').where('id', '=', id).execute();

export const insertTeam = (
  db: Db,
  row: { id: string; department_id: string; code: string; name: string; created_at: string; updated_at: string },
) => db.insertInto('teams').values(row).execute();
export const updateTeam = (
  db: Db,
  id: string,
  set: Partial<{ department_id: string; code: string; name: string; updated_at: string }>,
) => db.updateTable('teams').set(set).where('id', '=', id).execute();
export const deleteTeam = (db: Db, id: string) => db.deleteFrom('teams').where('id', '=', id).execute();

export const countTeams = async (db: Db, departmentId: string) =>
  Number(
    (
      await db
        .selectFrom('teams')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('department_id', '=', departmentId)
        .executeTakeFirstOrThrow()
    ).n,
  );
/** People now in the team or ever in it: a team in someone's history stays, so the history reads. */
export const countEmployeesEver = async (db: Db, teamId: string) =>
  Number(
    (
      await db
        .selectFrom('employee_team_history')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) => eb.or([eb('to_team_id', '=', teamId), eb('from_team_id', '=', teamId)]))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Team and department by code or name, for the roster import. */
export const listTeamsForLookup = (db: Db) =>
  db
    .selectFrom('teams as t')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .select([
      't.id',
      't.code',
      't.name',
      'd.id as department_id',
      'd.code as department_code',
      'd.name as department_name',
    ])
    .execute();
