import type { LeaveStepRoleName } from '../../../../common/attendance-leave.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError, notFound, ruleBroken } from '../../../lib/errors.js';
import { identity, teamLeads, type Identity } from '../../people/identity.service.js';

// Who sees and who decides leave. A request is seen by whoever sees its person (SPEC §1 through
// lib/access.ts: the person, their team lead, their center manager, HR, administrators); out of
// sight reads as 404. A step is decided only by its role: the team lead of the person's own team
// (identity read-model `teamLeads`), the center manager of the person's department, any HR
// account — never the person themselves, never an agent (the route needs attendance.approve).

const place = (p: Identity) => ({ id: p.id, team_id: p.teamId, department_id: p.departmentId });

export const seesPerson = (actor: Actor, p: Identity) => inPeopleScope(peopleScope(actor), place(p));

/** The person when the actor may see them; 404 otherwise (as for nobody at all). */
export async function visiblePerson(db: Db, actor: Actor, employeeId: string) {
  const p = await identity(db, employeeId);
  if (!p || !seesPerson(actor, p)) throw notFound('Person');
  return p;
}

/** The actor's own employee record, for what one does for oneself (422 without one). */
export function ownEmployeeId(actor: Actor) {
  if (!actor.employeeId)
    throw ruleBroken('LEAVE_NO_EMPLOYEE', 'Your account is not linked to a person, so it has no leave', 'employeeId');
  return actor.employeeId;
}

/** The teams the actor leads (as the identity read-model has it): their own team when they lead it. */
export async function ledTeamIds(db: Db, actor: Actor): Promise<Set<string>> {
  if (!actor.roles.includes('team_lead') || !actor.teamId || !actor.employeeId) return new Set();
  const leads = await teamLeads(db, [actor.teamId]);
  return new Set(leads.some((l) => l.employeeId === actor.employeeId) ? [actor.teamId] : []);
}

/** Whether the actor may decide a step of this role for this person. */
export function mayDecideStep(actor: Actor, role: LeaveStepRoleName, p: Identity, led: Set<string>) {
  if (actor.employeeId === p.id) return false;
  if (!actor.roles.includes(role)) return false;
  if (role === 'team_lead') return led.has(p.teamId);
  if (role === 'center_manager') return !!actor.departmentId && actor.departmentId === p.departmentId;
  return true;
}

/** Throws the reason the actor may not decide the step (403, with the step's role as a param). */
export function requireMayDecide(actor: Actor, role: LeaveStepRoleName, p: Identity, led: Set<string>) {
  if (mayDecideStep(actor, role, p, led)) return;
  if (actor.employeeId === p.id) throw new AppError(403, 'LEAVE_SELF_APPROVAL', 'Nobody approves their own leave');
  if (actor.roles.includes(role))
    throw new AppError(
      403,
      'LEAVE_NOT_YOUR_PEOPLE',
      `Only the ${role} of this person's own team or center decides`,
      undefined,
      { role },
    );
  throw new AppError(403, 'LEAVE_NOT_YOUR_STEP', `This step is decided by the ${role}`, undefined, { role });
}

/** Whether the actor files for someone else: a team lead, center manager, HR or admin for a person in sight. */
export const filesForOthers = (actor: Actor) =>
  actor.roles.some((r) => r === 'team_lead' || r === 'center_manager' || r === 'hr' || r === 'admin');
