import type { Db } from '../../db/connect.js';
import { orgScope, teamInOrgScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/clock.js';
import { clearSessionCache } from '../../lib/sessions.js';
import { isUniqueViolation } from '../../db/portable.js';
import * as repo from './org.repo.js';
import { cachedPeopleAnswer } from './people.cache.js';

// Departments (处/室) contain teams (班组). Everyone signed in reads the part of the structure
// their role may see (lib/access.ts orgScope): a department shows only its visible teams, and its
// headcount is theirs. Only org.write may change it, and nothing that still has people in it can
// be deleted.

export async function orgTree(db: Db, actor: Actor) {
  const scope = orgScope(actor);
  // Read by most pages, and the headcount groups every employee: kept in memory while people
  // are unchanged (people.cache.ts); the scope is applied per reader below.
  const [deps, teams] = await cachedPeopleAnswer(db, ['org tree'], () =>
    Promise.all([repo.listDepartments(db), repo.listTeamsWithHeadcount(db)]),
  );
  const visible = teams.filter((t) => teamInOrgScope(scope, t));
  // A center manager sees their department even while it has no team yet.
  const shown = deps.filter(
    (d) => scope.kind === 'all' || scope.departmentIds.includes(d.id) || visible.some((t) => t.department_id === d.id),
  );
  return shown.map((d) => {
    const own = visible
      .filter((t) => t.department_id === d.id)
      .map((t) => ({
        id: t.id,
        departmentId: t.department_id,
        departmentName: t.department_name,
        code: t.code,
        name: t.name,
        headcount: Number(t.headcount),
      }));
    return { id: d.id, code: d.code, name: d.name, headcount: own.reduce((s, t) => s + t.headcount, 0), teams: own };
  });
}

async function unique<T>(work: () => Promise<T>, what: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('DUPLICATE', `A ${what} with this code or name already exists`, 'code');
    throw err;
  }
}

export async function createDepartment(db: Db, actor: Actor, body: { code: string; name: string }) {
  const at = nowIso();
  const row = { id: newId(), code: body.code, name: body.name, created_at: at, updated_at: at };
  await unique(
    () =>
      db.transaction().execute(async (trx) => {
        await repo.insertDepartment(trx, row);
        await recordAudit(trx, actor, { action: 'create', entity: 'department', entityId: row.id, newValue: body });
      }),
    'department',
  );
  return row.id;
}

export async function updateDepartment(db: Db, actor: Actor, id: string, body: { code?: string; name?: string }) {
  const before = await repo.findDepartment(db, id);
  if (!before) throw notFound('Department');
  const { oldValue, newValue, changed } = diff(before, body);
  if (!changed) return;
  await unique(
    () =>
      db.transaction().execute(async (trx) => {
        await repo.updateDepartment(trx, id, { ...body, updated_at: nowIso() });
        await recordAudit(trx, actor, { action: 'update', entity: 'department', entityId: id, oldValue, newValue });
      }),
    'department',
  );
}

export async function deleteDepartment(db: Db, actor: Actor, id: string) {
  const before = await repo.findDepartment(db, id);
  if (!before) throw notFound('Department');
  if ((await repo.countTeams(db, id)) > 0) throw ruleBroken('DEPARTMENT_NOT_EMPTY', 'Move or delete its teams first');
  await db.transaction().execute(async (trx) => {
    await repo.deleteDepartment(trx, id);
    await recordAudit(trx, actor, { action: 'delete', entity: 'department', entityId: id, oldValue: before });
  });
}

export async function createTeam(db: Db, actor: Actor, body: { departmentId: string; code: string; name: string }) {
  if (!(await repo.findDepartment(db, body.departmentId)))
    throw ruleBroken('UNKNOWN_DEPARTMENT', 'No such department', 'departmentId');
  const at = nowIso();
  const row = {
    id: newId(),
    department_id: body.departmentId,
    code: body.code,
    name: body.name,
    created_at: at,
    updated_at: at,
  };
  await unique(
    () =>
      db.transaction().execute(async (trx) => {
        await repo.insertTeam(trx, row);
        await recordAudit(trx, actor, { action: 'create', entity: 'team', entityId: row.id, newValue: body });
      }),
    'team',
  );
  return row.id;
}

export async function updateTeam(
  db: Db,
  actor: Actor,
  id: string,
  body: { departmentId?: string; code?: string; name?: string },
) {
  const before = await repo.findTeam(db, id);
  if (!before) throw notFound('Team');
  if (body.departmentId && !(await repo.findDepartment(db, body.departmentId))) {
    throw ruleBroken('UNKNOWN_DEPARTMENT', 'No such department', 'departmentId');
  }
  const set = { department_id: body.departmentId, code: body.code, name: body.name };
  const clean = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  const { oldValue, newValue, changed } = diff(before, clean);
  if (!changed) return;
  await unique(
    () =>
      db.transaction().execute(async (trx) => {
        await repo.updateTeam(trx, id, { ...clean, updated_at: nowIso() });
        await recordAudit(trx, actor, { action: 'update', entity: 'team', entityId: id, oldValue, newValue });
      }),
    'team',
  );
  // A team's department decides what its members (a center manager among them) may see.
  if ('department_id' in newValue) clearSessionCache();
}

export async function deleteTeam(db: Db, actor: Actor, id: string) {
  const before = await repo.findTeam(db, id);
  if (!before) throw notFound('Team');
  if ((await repo.countEmployeesEver(db, id)) > 0)
    throw ruleBroken('TEAM_NOT_EMPTY', 'The team has people; move them first');
  await db.transaction().execute(async (trx) => {
    await repo.deleteTeam(trx, id);
    await recordAudit(trx, actor, { action: 'delete', entity: 'team', entityId: id, oldValue: before });
  });
}

export const teamsForLookup = (db: Db) => repo.listTeamsForLookup(db);
export const findTeam = (db: Db, id: string) => repo.findTeam(db, id);
