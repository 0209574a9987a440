import { hasPermission, type Permission } from '../../common/permissions.js';
import type { Actor } from './actor.js';
import { forbidden } from './errors.js';

// Who may see whom (SPEC §1). The scope is computed once per request from the actor and
// applied by repositories as a WHERE clause, so a list and a single read obey the same rule.
export type PeopleScope =
  | { kind: 'all' }
  | { kind: 'limited'; departmentIds: string[]; teamIds: string[]; employeeIds: string[] };

const SEES_EVERYONE = new Set(['admin', 'hr', 'training_manager']);

export function peopleScope(actor: Actor): PeopleScope {
  if (actor.roles.some((r) => SEES_EVERYONE.has(r))) return { kind: 'all' };
  const scope = { kind: 'limited' as const, departmentIds: [] as string[], teamIds: [] as string[], employeeIds: [] as string[] };
  if (actor.roles.includes('center_manager') && actor.departmentId) scope.departmentIds.push(actor.departmentId);
  if (actor.roles.includes('team_lead') && actor.teamId) scope.teamIds.push(actor.teamId);
  if (actor.employeeId) scope.employeeIds.push(actor.employeeId);
  return scope;
}

export function inPeopleScope(scope: PeopleScope, person: { id: string; team_id: string; department_id: string }) {
  if (scope.kind === 'all') return true;
  return (
    scope.employeeIds.includes(person.id) ||
    scope.teamIds.includes(person.team_id) ||
    scope.departmentIds.includes(person.department_id)
  );
}

export function requirePermission(actor: Actor, permission: Permission) {
  if (!hasPermission(actor.roles, permission)) throw forbidden(`Your role may not do this (${permission})`);
}
