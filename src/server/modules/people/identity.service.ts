import type { Db } from '../../db/connect.js';
import {
  allIdentityRows,
  departmentRows,
  employeesWithRoles,
  identityRows,
  peopleRows,
  searchRows,
  skillRows,
  teamRows,
  type PeopleQuery,
} from './identity.repo.js';
import { cachedPeopleAnswer } from './people.cache.js';

// The identity read-model (issue 24): "name, team, department, lead of person X" for every
// module. A list endpoint reads its own rows, then calls `identities(db, ids)` once for all the
// people on the page — one extra query, never one per row. Filtering or sorting by these facts in
// SQL is the documented exception, in identity.query.ts.

export interface Identity {
  id: string;
  employeeNo: string;
  name: string;
  status: string;
  hireDate: string;
  position: string | null;
  teamId: string;
  teamName: string;
  departmentId: string;
  departmentName: string;
  /** The person's supervisor (直属上级) as recorded on the employee, when set. */
  supervisorId: string | null;
  supervisorName: string | null;
}

export interface TeamIdentity {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  departmentName: string;
}

const distinct = (ids: Iterable<string | null | undefined>) => [
  ...new Set([...ids].filter((x): x is string => typeof x === 'string' && x !== '')),
];

/**
 * Who each of these people is, by id (ids that name nobody are simply absent). Read from an
 * in-memory directory of everyone, kept under the people version (people.cache.ts: any change to
 * employees, teams or departments, on any node, is seen by the next call), so a page's names cost
 * no join. Inside a transaction, which may have changed people itself, it asks the database:
 * one query per 5,000. The identities are shared: callers copy, never change them.
 */
export async function identities(db: Db, ids: Iterable<string | null | undefined>): Promise<Map<string, Identity>> {
  const want = distinct(ids);
  const out = new Map<string, Identity>();
  if (!want.length) return out;
  if (db.isTransaction) {
    for (const r of await identityRows(db, want)) out.set(r.id, toIdentity(r));
    return out;
  }
  const everyone = await cachedPeopleAnswer(db, ['identity directory'], async () => {
    const all = new Map<string, Identity>();
    for (const r of await allIdentityRows(db)) all.set(r.id, toIdentity(r));
    return all;
  });
  for (const id of want) {
    const p = everyone.get(id);
    if (p) out.set(id, p);
  }
  return out;
}

type IdentityRow = Awaited<ReturnType<typeof identityRows>>[number];
const toIdentity = (r: IdentityRow): Identity => ({
  id: r.id,
  employeeNo: r.employee_no,
  name: r.name,
  status: r.status,
  hireDate: r.hire_date,
  position: r.position,
  teamId: r.team_id,
  teamName: r.team_name,
  departmentId: r.department_id,
  departmentName: r.department_name,
  supervisorId: r.supervisor_id,
  supervisorName: r.supervisor_name ?? null,
});

/** The people in a scope (optionally only some statuses, ids or teams), in employee-number order. */
export const people = async (db: Db, q: PeopleQuery): Promise<Identity[]> => (await peopleRows(db, q)).map(toIdentity);

/** People by a piece of their name or their exact employee number, among some statuses, by number. */
export const searchPeople = async (db: Db, text: string | undefined, statuses: readonly string[], limit: number) =>
  (await searchRows(db, text, statuses, limit)).map(toIdentity);

/** One person, or undefined. */
export const identity = async (db: Db, id: string) => (await identities(db, [id])).get(id);

/** The place of a person in the org, in the shape `inPeopleScope` / `requirePersonInScope` take. */
export async function placeOf(db: Db, id: string) {
  const p = await identity(db, id);
  return p && { id: p.id, name: p.name, team_id: p.teamId, department_id: p.departmentId };
}

/** Names by person id, for the columns of a list. */
export async function namesOf(db: Db, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  return new Map([...(await identities(db, ids))].map(([id, p]) => [id, p.name]));
}

/** The business skills (certified business types) of each person, by id; e.g. who may work a shift that needs one. */
export async function skillsOf(db: Db, ids: Iterable<string | null | undefined>): Promise<Map<string, string[]>> {
  const want = distinct(ids);
  if (!want.length) return new Map();
  return new Map((await skillRows(db, want)).map((r) => [r.id, JSON.parse(r.skills || '[]') as string[]]));
}

/** Teams (with their department) by id. */
export async function teamsOf(db: Db, ids: Iterable<string | null | undefined>): Promise<Map<string, TeamIdentity>> {
  const want = distinct(ids);
  if (!want.length) return new Map();
  return new Map(
    (await teamRows(db, want)).map((t) => [
      t.id,
      { id: t.id, code: t.code, name: t.name, departmentId: t.department_id, departmentName: t.department_name },
    ]),
  );
}

/** Departments (id, code, name) by id. */
export async function departmentsOf(db: Db, ids: Iterable<string | null | undefined>) {
  const want = distinct(ids);
  if (!want.length) return new Map<string, { id: string; code: string; name: string }>();
  return new Map((await departmentRows(db, want)).map((d) => [d.id, d]));
}

/** The team leads (employees with an enabled `team_lead` account) of these teams, with their user ids. */
export const teamLeads = (db: Db, teamIds: string[]) =>
  employeesWithRoles(db, ['team_lead'], teamIds).then((rows) =>
    rows.map((r) => ({ employeeId: r.id, userId: r.user_id, teamId: r.team_id })),
  );

/** Employees with an enabled account holding any of these roles, anywhere in the center. */
export const employeesHolding = (db: Db, roles: string[]) =>
  employeesWithRoles(db, roles, null).then((rows) =>
    rows.map((r) => ({ employeeId: r.id, userId: r.user_id, teamId: r.team_id })),
  );

/**
 * Each row with facts about its person laid beside it (`shape` picks them, in the row's own field
 * names), one query for the whole list. A row whose person is unknown is dropped, as the inner
 * join it replaces would have done (employees are never deleted, so this does not happen).
 */
export async function withIdentity<R, X extends object>(
  db: Db,
  rows: R[],
  personId: (r: R) => string,
  shape: (p: Identity) => X,
): Promise<(R & X)[]> {
  const map = await identities(db, rows.map(personId));
  const out: (R & X)[] = [];
  for (const r of rows) {
    const p = map.get(personId(r));
    if (p) out.push({ ...r, ...shape(p) });
  }
  return out;
}
