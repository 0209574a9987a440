import { expect } from 'vitest';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { addDays, centerToday } from '../lib/clock.js';
import { SETTING_DEFAULTS } from '../lib/settings.js';
import type { Client, Res, TestEnv } from './harness.js';

// Small helpers shared by the integration tests: look-ups of the demo center by code or
// username, row counts, a fingerprint that proves "nothing was written", and error checks.

// The server's "today" is the center's (UTC+8 unless a test changes center.utcOffsetMinutes): from
// 16:00 to 24:00 UTC it is already tomorrow there, and a UTC date would make date rules flaky.
export const today = () => centerToday(SETTING_DEFAULTS['center.utcOffsetMinutes']);
export const daysFromToday = (n: number) => addDays(today(), n);

export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function teamIdOf(db: Db, code: string) {
  return (await db.selectFrom('teams').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

export async function departmentIdOf(db: Db, code: string) {
  return (await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** The employee id behind a demo (or any) account. */
export async function employeeIdOf(db: Db, username: string) {
  const row = await db
    .selectFrom('users')
    .select('employee_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.employee_id!;
}

export async function userIdOf(db: Db, username: string) {
  return (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

/** Ids of the people in the given teams or departments (by code), straight from the database. */
async function idsWhere(db: Db, column: 't.code' | 'd.code', codes: string[]) {
  const rows = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .select('e.id')
    .where(column, 'in', codes)
    .execute();
  return rows.map((r) => r.id).sort();
}
export const idsInTeams = (db: Db, codes: string[]) => idsWhere(db, 't.code', codes);
export const idsInDepartment = (db: Db, code: string) => idsWhere(db, 'd.code', [code]);

export async function employeeRow(db: Db, id: string) {
  return db.selectFrom('employees').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Every id a client sees in GET /api/employees with the given query (one page of 200). */
export async function visibleIds(client: Client, query = '') {
  const res = await client.get(`/api/employees?pageSize=200${query ? `&${query}` : ''}`);
  expect(res.status).toBe(200);
  expect(res.body.data.length).toBe(res.body.total);
  return (res.body.data as { id: string }[]).map((p) => p.id).sort();
}

/** Audit entries about one thing, oldest first, with their JSON values parsed. */
export async function auditOf(db: Db, entity: string, entityId: string) {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...r,
    old_value: r.old_value === null ? null : JSON.parse(r.old_value),
    new_value: r.new_value === null ? null : JSON.parse(r.new_value),
  }));
}

// Everything a write could touch except sessions (signing in creates those), the sign-in
// counters on users and the audit entries of signing in and out (SIGN_IN_EVENTS). Two equal
// fingerprints mean nothing was created, changed or deleted.
const FINGERPRINTED: (keyof Database)[] = [
  'departments',
  'teams',
  'employees',
  'employee_status_history',
  'employee_team_history',
  'user_roles',
  'audit_log',
  'settings',
  'roster_imports',
];

const SIGN_IN_EVENTS = new Set(['login', 'login_failed', 'logout', 'lock']);

export async function dbFingerprint(db: Db) {
  const out: Record<string, unknown> = {};
  for (const table of FINGERPRINTED) {
    out[table] = (await db.selectFrom(table).selectAll().execute())
      .filter((r) => table !== 'audit_log' || !SIGN_IN_EVENTS.has((r as { action: string }).action))
      .map((r) => JSON.stringify(r))
      .sort();
  }
  out.users = (
    await db
      .selectFrom('users')
      .select([
        'id',
        'username',
        'password_hash',
        'employee_id',
        'display_name',
        'must_change_password',
        'disabled',
        'updated_at',
      ])
      .execute()
  )
    .map((r) => JSON.stringify(r))
    .sort();
  return out;
}

/** The one error shape of CONVENTIONS.md, with no stack trace or file paths in it. */
export function expectError(res: Res, status: number, errorCode?: string, field?: string) {
  expect(res.status, `expected ${status} ${errorCode ?? ''}, got ${res.status} ${res.raw.slice(0, 300)}`).toBe(status);
  expect(res.body).toMatchObject({ success: false, errorCode: expect.any(String), errorMessage: expect.any(String) });
  if (errorCode) expect(res.body.errorCode).toBe(errorCode);
  if (field) expect(res.body.field).toBe(field);
  expectNoLeak(res);
}

export function expectNoLeak(res: Res) {
  expect(res.raw).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|\.js:\d+/);
}

let seq = 0;
/** A unique employee number for a person a test adds. */
export const nextEmployeeNo = (prefix = 'T') =>
  `${prefix}${process.pid % 1000}${Date.now() /* machine time: a unique suffix */ % 100000}${++seq}`;

/** HR (or another writer) adds a person through the API; returns the new id. */
export async function addPerson(client: Client, db: Db, fields: Record<string, unknown> = {}) {
  const res = await client.post('/api/employees', {
    employeeNo: nextEmployeeNo(),
    name: '测试人员',
    hireDate: '2026-01-05',
    teamId: await teamIdOf(db, 'CS1-2'),
    status: 'regular',
    ...fields,
  });
  expect(res.status, res.raw).toBe(200);
  return res.body.data.id as string;
}

/**
 * An account for a person, created by the administrator, signed in with its initial password
 * changed, ready to use. The password afterwards is `Changed2026x`.
 */
export async function accountFor(env: TestEnv, employeeId: string | null, roles: string[], username: string) {
  const admin = await env.as('admin');
  const created = await admin.post('/api/users', { username, displayName: username, roles, employeeId });
  expect(created.status, created.raw).toBe(200);
  const first = await env.as(username, created.body.data.initialPassword);
  const changed = await first.post('/api/auth/password', {
    currentPassword: created.body.data.initialPassword,
    newPassword: 'Changed2026x',
  });
  expect(changed.status, changed.raw).toBe(200);
  return { client: first, userId: created.body.data.id as string, password: 'Changed2026x' };
}

/**
 * Makes sure the working-day calendar covers the years from..to, the way an administrator would
 * (confirming a year the package lacks), so a test whose data spans the clock's today runs the
 * same on any date: the suite also runs with the clock a year ahead, past the bundled data.
 */
export async function ensureCalendarYears(env: TestEnv, from: string, to: string) {
  const known = new Set(
    (await env.handle.db.selectFrom('calendar_years').select('year').execute()).map((y) => Number(y.year)),
  );
  const admin = await env.as('admin');
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    if (known.has(year)) continue;
    const res = await admin.post(`/api/calendar/years/${year}/confirm`, { reason: '测试：该年按平常周末计算' });
    if (res.status !== 200) throw new Error(`confirming ${year}: ${res.raw}`);
  }
}
