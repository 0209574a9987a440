import { hasPermission } from '../../../common/permissions.js';
import { inPeopleScope, peopleScope, requireInScope, type PeopleScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';
import type { RecordRow } from './discipline.repo.js';

// Who sees which discipline record: whoever sees the person (SPEC §1 through lib/access.ts) — the
// person themselves, their team lead, their center manager, the trainer of their sessions, HR,
// the training manager and administrators. A record out of sight answers 404 as if it did not
// exist. Recording needs discipline.record (team lead, trainer, HR, administrator) and the person
// in sight — so a team lead records for their team and a trainer for their trainees; deciding
// needs discipline.decide (HR, administrator).

export const recordScope = (actor: Actor): PeopleScope => peopleScope(actor);

const personOf = (r: Pick<RecordRow, 'employee_id' | 'team_id' | 'department_id'>) => ({
  id: r.employee_id,
  team_id: r.team_id,
  department_id: r.department_id,
});

/** The record when the actor may see it; otherwise 404, the same as for one that does not exist. */
export function requireVisible<T extends Pick<RecordRow, 'employee_id' | 'team_id' | 'department_id'>>(
  actor: Actor,
  row: T | undefined,
): T {
  return requireInScope(row, (r) => inPeopleScope(peopleScope(actor), personOf(r)), 'Discipline record');
}

export const mayDecide = (actor: Actor) => hasPermission(actor.roles, 'discipline.decide');
export const mayRecord = (actor: Actor) => hasPermission(actor.roles, 'discipline.record');
export const isSubject = (actor: Actor, r: Pick<RecordRow, 'employee_id'>) =>
  !!actor.employeeId && actor.employeeId === r.employee_id;
const open = (r: Pick<RecordRow, 'status'>) => r.status === 'pending' || r.status === 'appealed';

/** What the actor may do with a record they see. */
export function allowedActions(
  actor: Actor,
  r: Pick<RecordRow, 'employee_id' | 'status' | 'response_kind' | 'recorded_by'>,
) {
  return {
    // Once, while HR has not withdrawn it; an appeal asks HR to look again even after a confirmation.
    respond: isSubject(actor, r) && !r.response_kind && r.status !== 'withdrawn',
    decide: mayDecide(actor) && !isSubject(actor, r) && open(r),
    attach: (r.recorded_by === actor.userId || mayDecide(actor)) && !isSubject(actor, r) && open(r),
  };
}
