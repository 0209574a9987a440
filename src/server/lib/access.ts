import { hasPermission, type Permission } from '../../common/permissions.js';
import type { Db } from '../db/connect.js';
import type { Actor } from './actor.js';
import { forbidden, notFound } from './errors.js';

// Who may see whom (SPEC §1). The scope is computed once per request from the actor and
// applied by repositories as a WHERE clause, so a list and a single read obey the same rule.
export type PeopleScope =
  { kind: 'all' } | { kind: 'limited'; departmentIds: string[]; teamIds: string[]; employeeIds: string[] };

const SEES_EVERYONE = new Set(['admin', 'hr', 'training_manager']);

export function peopleScope(actor: Actor): PeopleScope {
  if (actor.roles.some((r) => SEES_EVERYONE.has(r))) return { kind: 'all' };
  const scope = {
    kind: 'limited' as const,
    departmentIds: [] as string[],
    teamIds: [] as string[],
    employeeIds: [] as string[],
  };
  if (actor.roles.includes('center_manager') && actor.departmentId) scope.departmentIds.push(actor.departmentId);
  if (actor.roles.includes('team_lead') && actor.teamId) scope.teamIds.push(actor.teamId);
  if (actor.employeeId) scope.employeeIds.push(actor.employeeId);
  if (actor.extraVisibleEmployeeIds) scope.employeeIds.push(...actor.extraVisibleEmployeeIds);
  return scope;
}

// The department tree (SPEC §1): HR, administrators and training managers see it all, and so do
// the roles whose work spans the center — a trainer assigns exams and surveys to any team, a QA
// evaluator's queue and sampling filters reach every team. A center manager sees their department,
// a team lead their team, anyone else (agent, trainee, mentor) their own team. Roles add up.
export type OrgScope = { kind: 'all' } | { kind: 'limited'; departmentIds: string[]; teamIds: string[] };
const SEES_WHOLE_ORG = new Set(['admin', 'hr', 'training_manager', 'trainer', 'qa_evaluator']);

export function orgScope(actor: Actor): OrgScope {
  if (actor.roles.some((r) => SEES_WHOLE_ORG.has(r))) return { kind: 'all' };
  const scope = { kind: 'limited' as const, departmentIds: [] as string[], teamIds: [] as string[] };
  if (actor.roles.includes('center_manager') && actor.departmentId) scope.departmentIds.push(actor.departmentId);
  if (actor.teamId) scope.teamIds.push(actor.teamId);
  return scope;
}

export const teamInOrgScope = (scope: OrgScope, team: { id: string; department_id: string }) =>
  scope.kind === 'all' || scope.teamIds.includes(team.id) || scope.departmentIds.includes(team.department_id);

// Relations owned by modules widen the scope too (a trainer sees the people enrolled in the
// sessions they teach, a mentor their mentees). A module registers a contributor; sessions.ts
// asks them once when it builds the Actor, so peopleScope stays synchronous. A module that
// changes such a relation calls clearSessionCache() so the scope follows at once.
export type ScopeContributor = (db: Db, actor: Actor) => Promise<string[]>;
const contributors = new Set<ScopeContributor>();

export function registerScopeContributor(fn: ScopeContributor) {
  contributors.add(fn);
}

/** The extra people the registered contributors grant this actor (none when the role sees all). */
export async function contributedEmployeeIds(db: Db, actor: Actor): Promise<string[]> {
  if (!contributors.size || peopleScope(actor).kind === 'all') return [];
  const ids = new Set<string>();
  for (const fn of contributors) for (const id of await fn(db, actor)) ids.add(id);
  if (actor.employeeId) ids.delete(actor.employeeId);
  return [...ids];
}

export function inPeopleScope(scope: PeopleScope, person: { id: string; team_id: string; department_id: string }) {
  if (scope.kind === 'all') return true;
  return (
    scope.employeeIds.includes(person.id) ||
    scope.teamIds.includes(person.team_id) ||
    scope.departmentIds.includes(person.department_id)
  );
}

// A record the actor may not see answers exactly as one that does not exist — 404 NOT_FOUND with
// the same words — because a 403 would tell them it exists (issue 17 item 7). 403 stays for what
// the actor may see but may not do (an agent posting to a manager's route, a non-author editing).

/** The record when it exists and the actor may see it; otherwise 404 `${what} not found`, the same either way. */
export function requireInScope<T>(
  record: T | null | undefined,
  visible: boolean | ((r: T) => boolean),
  what: string,
): T {
  if (record === null || record === undefined || !(typeof visible === 'function' ? visible(record) : visible))
    throw notFound(what);
  return record;
}

/** The person (or a record placed on a person) when it is in the actor's people scope; otherwise 404. */
export function requirePersonInScope<T extends { id: string; team_id: string; department_id: string }>(
  actor: Actor,
  person: T | null | undefined,
  what = 'Employee',
): T {
  return requireInScope(person, (p) => inPeopleScope(peopleScope(actor), p), what);
}

export function requirePermission(actor: Actor, permission: Permission) {
  if (!hasPermission(actor.roles, permission)) throw forbidden(`Your role may not do this (${permission})`);
}
