import type { Db } from '../../db/connect.js';
import { type PeopleScope, requirePersonInScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';
import { identity, people, type Identity } from '../people/identity.service.js';

// Who sees whose evaluation (SPEC §1, §6). The route already asked for 'evaluation.read'
// (training manager, HR, administrator: everyone; team lead: their team; center manager: their
// department — lib/access.ts peopleScope). A trainee reads only their own criteria, through
// GET /api/evaluation/me: the facts a case would rest on are theirs to know early.

export interface Placed {
  id: string;
  employee_no: string;
  name: string;
  status: string;
  team_id: string;
  department_id: string;
  hire_date: string;
}

const placed = (p: Identity): Placed => ({
  id: p.id,
  employee_no: p.employeeNo,
  name: p.name,
  status: p.status,
  team_id: p.teamId,
  department_id: p.departmentId,
  hire_date: p.hireDate,
});

export async function placeOf(db: Db, employeeId: string): Promise<Placed | undefined> {
  const p = await identity(db, employeeId);
  return p && placed(p);
}

/** 404 for nobody and for a person outside the actor's scope alike (lib/access.ts). */
export async function requireVisible(db: Db, actor: Actor, employeeId: string) {
  return requirePersonInScope(actor, await placeOf(db, employeeId));
}

/** The trainees (status trainee) in the actor's scope, optionally only the members of given ids. */
export async function traineesInScope(db: Db, scope: PeopleScope, onlyIds?: string[]) {
  if (onlyIds && !onlyIds.length) return [];
  if (scope.kind === 'limited' && !scope.employeeIds.length && !scope.teamIds.length && !scope.departmentIds.length)
    return [];
  const rows = await people(db, { scope, statuses: ['trainee'], ids: onlyIds });
  return rows.map((p) => {
    const { hire_date: _, ...row } = placed(p);
    return row;
  });
}
