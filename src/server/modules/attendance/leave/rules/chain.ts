// Who approves a leave request (SPEC §10), pure. The team lead always decides first; the center
// manager joins when the request is longer than leadMaxDays or was filed after the fact (事后请假);
// HR joins when it is longer than managerMaxDays or its kind always needs HR (maternity, special).
// A person is never approved by their own rank: a team lead's own leave starts at the center
// manager, a center manager's at HR (HR's own leave is decided by another HR account).
import type { LeaveStepRoleName } from '../../../../../common/attendance-leave.js';

export interface ChainRule {
  leadMaxDays: number;
  managerMaxDays: number;
}

export interface ChainInput {
  days: number;
  hrAlways: boolean;
  afterTheFact: boolean;
  /** The highest approving role the person on leave holds themselves, if any. */
  personRank?: LeaveStepRoleName | null;
}

const ORDER: LeaveStepRoleName[] = ['team_lead', 'center_manager', 'hr'];

export function approvalChain(input: ChainInput, rule: ChainRule): LeaveStepRoleName[] {
  const wanted = new Set<LeaveStepRoleName>(['team_lead']);
  if (input.days > rule.leadMaxDays || input.afterTheFact) wanted.add('center_manager');
  if (input.days > rule.managerMaxDays || input.hrAlways) wanted.add('hr');
  const above = input.personRank ? ORDER.indexOf(input.personRank) : -1;
  // Their own rank and below cannot decide; the next rank up takes the first step instead.
  const chain = ORDER.filter((r) => wanted.has(r) && ORDER.indexOf(r) > above);
  if (!chain.length) chain.push(ORDER[Math.min(above + 1, ORDER.length - 1)]);
  return chain;
}
