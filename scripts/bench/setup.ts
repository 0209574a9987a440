import { cpus, loadavg } from 'node:os';
import type { Db } from '../../src/server/db/connect.js';
import { newId } from '../../src/server/lib/ids.js';

// What the benchmarks set up alike: the bench department and its team, agents and users written
// straight into the database (bypassing the services, whose cost is not what is measured), and
// the machine line of the report.

export const fmt = (n: number) => n.toLocaleString('en-US');

/** "  load average (1, 5, 15 min): … on N cores", for the report. */
export const loadLine = () =>
  `  load average (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} cores`;

/** The bench department (code BENCH); its id. */
export async function benchDepartment(db: Db, at: string) {
  const id = newId();
  await db
    .insertInto('departments')
    .values({ id, code: 'BENCH', name: '压测处', created_at: at, updated_at: at })
    .execute();
  return id;
}

/** The bench department and its one team (BENCH-1); the team's id. */
export async function benchTeam(db: Db, at: string) {
  const depId = await benchDepartment(db, at);
  const teamId = newId();
  await db
    .insertInto('teams')
    .values({ id: teamId, department_id: depId, code: 'BENCH-1', name: '压测组', created_at: at, updated_at: at })
    .execute();
  return teamId;
}

type Employee = {
  id: string;
  employee_no: string;
  name: string;
  team_id: string;
  hire_date?: string;
  status?: string;
  status_since?: string;
  position?: string | null;
};

/** An employee row: a regular agent (坐席) hired 2024-01-01 unless `e` says otherwise. */
export const employeeRow = (e: Employee, at: string) => ({
  gender: null,
  phone: null,
  email: null,
  hire_date: '2024-01-01',
  supervisor_id: null,
  status: 'regular',
  status_since: '2024-04-01',
  position: '坐席',
  skills: '[]',
  version: 1,
  created_at: at,
  updated_at: at,
  ...e,
});

/** Writes employee rows 100 at a time (one statement each). */
export async function insertEmployees(db: Db, rows: ReturnType<typeof employeeRow>[]) {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('employees')
      .values(rows.slice(i, i + 100))
      .execute();
}

/** A user account holding one role; `passwordHash` 'x' when nobody signs in with it. */
export async function insertUser(
  db: Db,
  u: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    employeeId?: string | null;
    passwordHash?: string;
  },
  at: string,
) {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username,
      password_hash: u.passwordHash ?? 'x',
      employee_id: u.employeeId ?? null,
      display_name: u.displayName,
      locale: 'zh-CN',
      must_change_password: 0,
      failed_attempts: 0,
      locked_until: null,
      disabled: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db.insertInto('user_roles').values({ user_id: u.id, role: u.role }).execute();
}
