import type { Db } from '../../db/connect.js';
import { type PeopleScope, requirePersonInScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';

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
  version: number;
}

export async function placeOf(db: Db, employeeId: string): Promise<Placed | undefined> {
  return db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select(['e.id', 'e.employee_no', 'e.name', 'e.status', 'e.team_id', 't.department_id', 'e.hire_date', 'e.version'])
    .where('e.id', '=', employeeId)
    .executeTakeFirst();
}

/** 404 for nobody and for a person outside the actor's scope alike (lib/access.ts). */
export async function requireVisible(db: Db, actor: Actor, employeeId: string) {
  return requirePersonInScope(actor, await placeOf(db, employeeId));
}

/** The trainees (status trainee) in the actor's scope, optionally only the members of given ids. */
export async function traineesInScope(db: Db, scope: PeopleScope, onlyIds?: string[]) {
  if (onlyIds && !onlyIds.length) return [];
  let q = db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select(['e.id', 'e.employee_no', 'e.name', 'e.status', 'e.team_id', 't.department_id'])
    .where('e.status', '=', 'trainee');
  if (onlyIds) q = q.where('e.id', 'in', onlyIds);
  if (scope.kind === 'limited') {
    const { employeeIds, teamIds, departmentIds } = scope;
    if (!employeeIds.length && !teamIds.length && !departmentIds.length) return [];
    q = q.where((eb) =>
      eb.or([
        ...(employeeIds.length ? [eb('e.id', 'in', employeeIds)] : []),
        ...(teamIds.length ? [eb('e.team_id', 'in', teamIds)] : []),
        ...(departmentIds.length ? [eb('t.department_id', 'in', departmentIds)] : []),
      ]),
    );
  }
  return q.orderBy('e.employee_no').execute();
}
