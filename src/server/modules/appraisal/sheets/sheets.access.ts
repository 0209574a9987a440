import { hasPermission } from '../../../../common/permissions.js';
import { inPeopleScope, peopleScope, requireInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { forbidden } from '../../../lib/errors.js';

// Who sees which sheet: whoever sees the person where the sheet was made (SPEC §1 through
// lib/access.ts) — the agent their own, a team lead their team, a center manager their
// department, HR and administrators all. Out of sight answers 404, as if it did not exist.
// Reviewing (manual items, comments) needs appraisal.review and the sheet in sight, and never
// one's own sheet (a lead's own sheet is reviewed by their center manager).

type Placed = { employee_id: string; team_id: string; department_id: string };
const personOf = (s: Placed) => ({ id: s.employee_id, team_id: s.team_id, department_id: s.department_id });

export function requireVisibleSheet<T extends Placed>(actor: Actor, sheet: T | undefined): T {
  return requireInScope(sheet, (s) => inPeopleScope(peopleScope(actor), personOf(s)), 'Appraisal sheet');
}

export const isSubject = (actor: Actor, s: Pick<Placed, 'employee_id'>) =>
  !!actor.employeeId && actor.employeeId === s.employee_id;

export const mayReview = (actor: Actor, s: Placed) =>
  hasPermission(actor.roles, 'appraisal.review') && !isSubject(actor, s);

export function requireReviewer(actor: Actor, s: Placed) {
  if (!mayReview(actor, s)) throw forbidden('Only a reviewer other than the person reviews this sheet');
}
