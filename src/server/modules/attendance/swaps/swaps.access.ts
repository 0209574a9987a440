import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { ruleBroken } from '../../../lib/errors.js';
import { people } from '../../people/identity.service.js';

// Who may do what with swaps and overtime (issue 19 item 4) — the part's one access check.
// A swap is seen by its two people and by those who may see the requester (lead, center manager,
// HR); it is approved by the team lead of the requester's team or the center manager of its
// department, never by one of the two people. Overtime is decided the same way, and by HR.

export interface Place {
  id: string;
  teamId: string;
  departmentId: string;
}

/** The actor's own person; an account without one cannot ask for anything for itself. */
export function ownEmployee(actor: Actor): string {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  return actor.employeeId;
}

export const sees = (actor: Actor, p: Place) =>
  inPeopleScope(peopleScope(actor), { id: p.id, team_id: p.teamId, department_id: p.departmentId });

/** Lead of the person's team, or center manager of their department (not themself). */
export const leadsPlace = (actor: Actor, p: Place) =>
  actor.employeeId !== p.id &&
  ((actor.roles.includes('team_lead') && !!actor.teamId && actor.teamId === p.teamId) ||
    (actor.roles.includes('center_manager') && !!actor.departmentId && actor.departmentId === p.departmentId));

/** Overtime: the lead or center manager, or HR (and the administrator) for anyone but themself. */
export const decidesOvertime = (actor: Actor, p: Place) =>
  leadsPlace(actor, p) || (actor.employeeId !== p.id && actor.roles.some((r) => r === 'hr' || r === 'admin'));

/** The people whose swaps the actor approves (their team as lead, their department as center manager). */
export async function approvablePeople(db: Db, actor: Actor): Promise<string[]> {
  const teamIds = actor.roles.includes('team_lead') && actor.teamId ? [actor.teamId] : [];
  const departmentIds = actor.roles.includes('center_manager') && actor.departmentId ? [actor.departmentId] : [];
  if (!teamIds.length && !departmentIds.length) return [];
  const list = await people(db, { scope: { kind: 'limited', teamIds, departmentIds, employeeIds: [] } });
  return list.map((p) => p.id);
}
