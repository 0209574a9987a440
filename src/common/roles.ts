// The roles of SPEC §1. The string values are stored in the database and sent over the API.
export const ROLES = [
  'admin',
  'hr',
  'training_manager',
  'trainer',
  'mentor',
  'team_lead',
  'qa_evaluator',
  'center_manager',
  'agent',
] as const;
export type Role = (typeof ROLES)[number];

// The employment lifecycle of SPEC §2. Exits are terminal unless HR re-hires.
export const EMPLOYEE_STATUSES = [
  'candidate',
  'trainee',
  'probation',
  'regular',
  'key_staff',
  'team_lead',
  'eliminated',
  'resigned',
  'dismissed',
] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export const EXIT_STATUSES: readonly EmployeeStatus[] = ['eliminated', 'resigned', 'dismissed'];

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/** Who may (and should) turn on the second sign-in step: the accounts that hold the most (issue 25). */
export const SECOND_STEP_ROLES: readonly Role[] = ['admin', 'hr'];
