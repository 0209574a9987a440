import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { userIdsWithRoles } from '../../lib/notify.js';
import { identity, teamLeads } from '../people/identity.service.js';

// Who sees which elimination case (issue 5): HR, administrators and the training manager all;
// a center manager their department; a team lead their team; a trainee only their own. Trainers,
// mentors and QA see none but their own (SPEC §1 gives them no say over a person's job). A case
// out of sight answers 404, so its existence is not disclosed.

export type CaseScope =
  { kind: 'all' } | { kind: 'limited'; departmentIds: string[]; teamIds: string[]; employeeIds: string[] };

/** Whether an answer is final: HR's upheld appeal ends the case; anyone else's finding goes to HR's decision. */
export const hasFinalSay = (actor: Actor) => actor.roles.includes('hr');

export function caseScope(actor: Actor): CaseScope {
  if (actor.roles.some((r) => r === 'admin' || r === 'hr' || r === 'training_manager')) return { kind: 'all' };
  return {
    kind: 'limited',
    departmentIds: actor.roles.includes('center_manager') && actor.departmentId ? [actor.departmentId] : [],
    teamIds: actor.roles.includes('team_lead') && actor.teamId ? [actor.teamId] : [],
    employeeIds: actor.employeeId ? [actor.employeeId] : [],
  };
}

export function inCaseScope(scope: CaseScope, person: { employee_id: string; team_id: string; department_id: string }) {
  if (scope.kind === 'all') return true;
  return (
    scope.employeeIds.includes(person.employee_id) ||
    scope.teamIds.includes(person.team_id) ||
    scope.departmentIds.includes(person.department_id)
  );
}

export function requireInScope<T extends { employee_id: string; team_id: string; department_id: string }>(
  actor: Actor,
  row: T | undefined,
): T {
  if (!row || !inCaseScope(caseScope(actor), row)) throw notFound('Elimination case');
  return row;
}

/** Answering an appeal (SPEC §6): the training manager (all cases) or a superior — a center
 *  manager of the trainee's department — investigates and replies; HR, who has the final say on
 *  eliminations and appeals (SPEC §1), may answer any. */
export function mayAnswerFor(actor: Actor, row: { department_id: string }) {
  if (actor.roles.some((r) => r === 'admin' || r === 'hr' || r === 'training_manager')) return true;
  return actor.roles.includes('center_manager') && actor.departmentId === row.department_id;
}

/** The people a step concerns, as accounts: the trainee, their team lead(s) or else their supervisor, and HR. */
export async function concerned(db: Db, c: { employee_id: string; team_id: string }, extraRoles: string[] = []) {
  const leads = (await teamLeads(db, [c.team_id])).map((l) => ({ id: l.userId }));
  const ids = new Set([...leads.map((l) => l.id), ...(await userIdsWithRoles(db, ['hr', ...extraRoles]))]);
  const employeeIds = [c.employee_id];
  if (!leads.length) {
    const sup = { supervisor_id: (await identity(db, c.employee_id))?.supervisorId };
    if (sup?.supervisor_id) employeeIds.push(sup.supervisor_id);
  }
  return { userIds: [...ids], employeeIds };
}
