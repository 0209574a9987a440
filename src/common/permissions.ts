import { ROLES, type Role } from './roles.js';

// One table says which role may do what. The server enforces it (lib/access.ts) and the web
// uses it only to hide what a user could not do anyway.
// Permissions every role holds (records are still filtered by scope).
const EVERYONE = ROLES;

export const PERMISSIONS = {
  'people.read': EVERYONE,
  'people.write': ['admin', 'hr'],
  'people.import': ['admin', 'hr'],
  'org.write': ['admin', 'hr'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.write': ['admin'],
  'training.read': EVERYONE,
  'training.learn': EVERYONE,
  'training.manage': ['admin', 'training_manager'],
  'training.teach': ['admin', 'training_manager', 'trainer'],
  'training.mentor': ['admin', 'training_manager', 'mentor', 'team_lead'],
  'training.reports': ['admin', 'hr', 'training_manager', 'center_manager'],
  'interactions.read': EVERYONE,
  'interactions.import': ['admin', 'hr', 'qa_evaluator', 'center_manager'],
  // Team and department KPIs: those who see everyone, a team lead (their team) and a center
  // manager (their department); kpi.service checks which team or department.
  'interactions.teams': ['admin', 'hr', 'training_manager', 'team_lead', 'center_manager'],
  'exams.author': ['admin', 'training_manager', 'trainer'],
  'exams.grade': ['admin', 'training_manager', 'trainer'],
  'exams.take': EVERYONE,
  'exams.results': ['admin', 'hr', 'training_manager', 'trainer', 'team_lead', 'center_manager'],
  'exams.practical': ['admin', 'training_manager', 'trainer'],
  'exams.daily': ['admin', 'training_manager', 'team_lead'],
  'exams.followup': ['admin', 'training_manager', 'trainer', 'team_lead'],
  'calendar.manage': ['admin'],
  // New-hire evaluation and elimination (SPEC §6). Who sees which case is decided in the service.
  'evaluation.read': ['admin', 'hr', 'training_manager', 'team_lead', 'center_manager'],
  'evaluation.certify': ['admin', 'hr', 'training_manager'],
  'elimination.read': EVERYONE,
  'elimination.propose': ['admin', 'training_manager'],
  'elimination.answer': ['admin', 'hr', 'training_manager', 'center_manager'],
  'elimination.decide': ['admin', 'hr'],
  // Discipline records (issue 17 item 6): a team lead (their team), a trainer (their trainees) or HR
  // records; HR decides. Who sees which record is decided in the service (people scope).
  'discipline.read': EVERYONE,
  'discipline.record': ['admin', 'hr', 'trainer', 'team_lead'],
  'discipline.decide': ['admin', 'hr'],
  // Quality monitoring (SPEC §8). QA leads are center managers and administrators.
  'quality.read': EVERYONE,
  'quality.forms': ['admin', 'center_manager', 'qa_evaluator'],
  'quality.evaluate': ['admin', 'qa_evaluator', 'team_lead', 'center_manager'],
  'quality.lead': ['admin', 'center_manager'],
  'quality.review': ['admin', 'team_lead', 'center_manager'],
  // Performance appraisal (SPEC §9, issue 18). Everyone reads (an agent their own sheet, a lead their
  // team: decided in the service); HR and center managers run plans and cycles; team leads review.
  'appraisal.read': EVERYONE,
  'appraisal.plans': ['admin', 'hr', 'center_manager'],
  'appraisal.cycles': ['admin', 'hr', 'center_manager'],
  'appraisal.review': ['admin', 'team_lead', 'center_manager'],
  'appraisal.decide': ['admin', 'hr', 'center_manager'],
  'appraisal.payroll': ['admin', 'hr', 'center_manager'],
  // Attendance (SPEC §10, issue 19). Everyone reads their own (a lead their team, by peopleScope) and
  // requests for themself; which approval step a role may decide is the leave service's rule.
  'attendance.read': EVERYONE,
  'attendance.request': EVERYONE,
  'attendance.approve': ['admin', 'hr', 'center_manager', 'team_lead'],
  'attendance.roster': ['admin', 'hr', 'center_manager', 'team_lead'],
  'attendance.setup': ['admin', 'hr', 'center_manager'],
  'attendance.import': ['admin', 'hr'],
  'attendance.staffing': ['admin', 'hr', 'center_manager', 'team_lead'],
  // Drills (SPEC §5, issue 20): everyone practises their own; trainers author decks; those who
  // coach see their people's practice (which people: the drills team service); QA and trainers
  // link scorecard items to cards.
  'drills.practise': EVERYONE,
  'drills.author': ['admin', 'training_manager', 'trainer'],
  'drills.team': ['admin', 'training_manager', 'trainer', 'mentor', 'team_lead', 'center_manager'],
  'drills.link': ['admin', 'training_manager', 'trainer', 'center_manager', 'qa_evaluator'],
  // Careers (SPEC §11, issue 21): everyone sees their path and the published reserve lists, enters
  // a round and scores where a round names them (panel or peer, checked by the panel service); HR
  // runs rounds and screens; leads recommend their own people; managers see the eligibility
  // evidence of their scope. Center managers keep the team-lead routines, leads tick their own.
  // Training managers set trainer levels and confirm promotions; trainers see their own standing.
  'careers.path': EVERYONE,
  'careers.reserve.manage': ['admin', 'hr'],
  'careers.reserve.recommend': ['admin', 'team_lead', 'center_manager'],
  'careers.reserve.view': ['admin', 'hr', 'center_manager', 'training_manager', 'team_lead'],
  'careers.routines.tick': ['admin', 'team_lead'],
  'careers.routines.manage': ['admin', 'center_manager'],
  'careers.routines.report': ['admin', 'center_manager', 'hr'],
  'careers.levels.manage': ['admin', 'training_manager'],
  'careers.levels.view': ['admin', 'training_manager', 'trainer', 'hr'],
  // Training proof (SPEC §12, issue 22): those who answer for training and staffing read the
  // analytics of their people scope (lib/access.ts) and download the monthly report; training
  // managers rebuild the rollups or run the warning sweep now instead of waiting for the timer, and
  // pair pre-tests with post-tests for level 2. Early warnings go
  // to the person's lead, who records the action; managers see their scope's warnings.
  'analytics.view': ['admin', 'training_manager', 'center_manager', 'hr'],
  'analytics.manage': ['admin', 'training_manager'],
  'analytics.warnings': ['admin', 'training_manager', 'center_manager', 'team_lead'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
