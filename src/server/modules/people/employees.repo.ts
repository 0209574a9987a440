import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database, EmployeeTable, NewEmployee } from '../../db/schema.js';
import { containsCi, type DialectName } from '../../db/portable.js';
import type { PeopleScope } from '../../lib/access.js';

type EB = ExpressionBuilder<
  Database & { e: EmployeeTable; t: Database['teams']; d: Database['departments'] },
  'e' | 't' | 'd'
>;

function scopeFilter(eb: EB, scope: PeopleScope) {
  if (scope.kind === 'all') return eb.lit(true);
  const ors = [];
  if (scope.employeeIds.length) ors.push(eb('e.id', 'in', scope.employeeIds));
  if (scope.teamIds.length) ors.push(eb('e.team_id', 'in', scope.teamIds));
  if (scope.departmentIds.length) ors.push(eb('t.department_id', 'in', scope.departmentIds));
  return ors.length ? eb.or(ors) : eb.lit(false);
}

const base = (db: Db) =>
  db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .innerJoin('departments as d', 'd.id', 't.department_id');

const SUMMARY = [
  'e.id',
  'e.employee_no',
  'e.name',
  'e.hire_date',
  'e.status',
  'e.status_since',
  'e.team_id',
  'e.position',
  't.name as team_name',
  't.department_id',
  'd.name as department_name',
] as const;

export interface ListFilter {
  q?: string;
  departmentId?: string;
  teamId?: string;
  status?: string[];
  sort: 'employeeNo' | 'name' | 'hireDate' | 'status';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const SORT_COLUMN = {
  employeeNo: 'e.employee_no',
  name: 'e.name',
  hireDate: 'e.hire_date',
  status: 'e.status',
} as const;

export async function listEmployees(db: Db, dialect: DialectName, scope: PeopleScope, f: ListFilter) {
  let q = base(db).where((eb) => scopeFilter(eb as any, scope));
  if (f.q)
    q = q.where((eb) =>
      eb.or([containsCi(dialect, eb.ref('e.name'), f.q!), containsCi(dialect, eb.ref('e.employee_no'), f.q!)]),
    );
  if (f.departmentId) q = q.where('t.department_id', '=', f.departmentId);
  if (f.teamId) q = q.where('e.team_id', '=', f.teamId);
  if (f.status?.length) q = q.where('e.status', 'in', f.status);
  const [rows, count] = await Promise.all([
    q
      .select([...SUMMARY])
      .orderBy(SORT_COLUMN[f.sort], f.order)
      .orderBy('e.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const findEmployee = (db: Db, id: string) =>
  base(db)
    .leftJoin('employees as s', 's.id', 'e.supervisor_id')
    .leftJoin('users as u', 'u.employee_id', 'e.id')
    .selectAll('e')
    .select([
      't.name as team_name',
      't.department_id',
      'd.name as department_name',
      's.name as supervisor_name',
      'u.id as user_id',
      'u.username',
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();

export const findEmployeeByNo = (db: Db, employeeNo: string) =>
  db.selectFrom('employees').selectAll().where('employee_no', '=', employeeNo).executeTakeFirst();

export const findEmployeesByNos = (db: Db, nos: string[]) =>
  nos.length ? db.selectFrom('employees').selectAll().where('employee_no', 'in', nos).execute() : Promise.resolve([]);

export const rolesOfUser = (db: Db, userId: string) =>
  db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();

export const statusHistory = (db: Db, employeeId: string) =>
  db
    .selectFrom('employee_status_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select([
      'h.id',
      'h.from_status',
      'h.to_status',
      'h.effective_date',
      'h.reason',
      'h.created_at',
      'u.display_name as changed_by_name',
    ])
    .where('h.employee_id', '=', employeeId)
    .orderBy('h.effective_date', 'desc')
    .orderBy('h.created_at', 'desc')
    .execute();

export const teamHistory = (db: Db, employeeId: string) =>
  db
    .selectFrom('employee_team_history as h')
    .leftJoin('teams as ft', 'ft.id', 'h.from_team_id')
    .innerJoin('teams as tt', 'tt.id', 'h.to_team_id')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select([
      'h.id',
      'ft.name as from_team_name',
      'tt.name as to_team_name',
      'h.effective_date',
      'h.reason',
      'h.created_at',
      'u.display_name as changed_by_name',
    ])
    .where('h.employee_id', '=', employeeId)
    .orderBy('h.effective_date', 'desc')
    .orderBy('h.created_at', 'desc')
    .execute();

export const insertEmployee = (db: Db, row: NewEmployee) => db.insertInto('employees').values(row).execute();

/** Updates only when the row still has the version the caller read; returns rows changed. */
export async function updateEmployeeAtVersion(db: Db, id: string, version: number, set: Partial<EmployeeTable>) {
  const r = await db
    .updateTable('employees')
    .set({ ...set, version: sql<number>`version + 1` as any })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export const insertStatusHistory = (db: Db, row: Database['employee_status_history']) =>
  db.insertInto('employee_status_history').values(row).execute();
export const insertTeamHistory = (db: Db, row: Database['employee_team_history']) =>
  db.insertInto('employee_team_history').values(row).execute();

export const lastTeamMoveDate = async (db: Db, employeeId: string) =>
  (
    await db
      .selectFrom('employee_team_history')
      .select((eb) => eb.fn.max('effective_date').as('d'))
      .where('employee_id', '=', employeeId)
      .executeTakeFirst()
  )?.d as string | null;
