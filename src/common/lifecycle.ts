import type { EmployeeStatus } from './roles.js';

// The employment lifecycle of SPEC §2: which status may follow which. Exits end employment;
// a person who left can only come back as a new candidate (re-hire).
// Elimination (淘汰) is not here: it is the outcome of an elimination case (SPEC §6), never a
// direct edit, so nobody is washed out without the interview, notice and appeal steps.
export const NEXT_STATUSES: Record<EmployeeStatus, EmployeeStatus[]> = {
  candidate: ['trainee', 'resigned'],
  trainee: ['probation', 'resigned', 'dismissed'],
  probation: ['regular', 'trainee', 'resigned', 'dismissed'],
  regular: ['key_staff', 'team_lead', 'resigned', 'dismissed'],
  key_staff: ['team_lead', 'regular', 'resigned', 'dismissed'],
  team_lead: ['key_staff', 'regular', 'resigned', 'dismissed'],
  eliminated: ['candidate'],
  resigned: ['candidate'],
  dismissed: ['candidate'],
};

export const canMoveTo = (from: EmployeeStatus, to: EmployeeStatus) => NEXT_STATUSES[from].includes(to);
