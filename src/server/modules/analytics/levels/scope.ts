import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { PeopleScope } from '../../../lib/access.js';

// Row scope on the people rollup (issue 22): a center manager's figures count only their
// department's people, a team lead's their team's. Shared by levels and effects.
type EB = ExpressionBuilder<Database & { ap: Database['analytics_people'] }, 'ap'>;

export function peopleInScope(eb: EB, scope: PeopleScope) {
  if (scope.kind === 'all') return eb.lit(true);
  const ors = [];
  if (scope.employeeIds.length) ors.push(eb('ap.employee_id', 'in', scope.employeeIds));
  if (scope.teamIds.length) ors.push(eb('ap.team_id', 'in', scope.teamIds));
  if (scope.departmentIds.length) ors.push(eb('ap.department_id', 'in', scope.departmentIds));
  return ors.length ? eb.or(ors) : eb.lit(false);
}
