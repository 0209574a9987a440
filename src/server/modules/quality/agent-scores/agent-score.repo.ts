import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { EXIT_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';
import type { PeopleScope } from '../../../lib/access.js';

// Queries for agent QA scores (issue 7 item 10): final scores of evaluations per agent in a range
// of center-local days, limited to the people the caller may see.

export interface AgentFilter {
  from: string;
  to: string;
  teamId?: string;
  agentId?: string;
}

// Applied to queries that join employees as emp and teams as t (typed loosely for that reason).
function inScope<Q extends SelectQueryBuilder<Database, any, any>>(q: Q, scope: PeopleScope): Q {
  if (scope.kind === 'all') return q;
  return q.where((eb: ExpressionBuilder<any, any>) => {
    const ors = [];
    if (scope.employeeIds.length) ors.push(eb('emp.id', 'in', scope.employeeIds));
    if (scope.teamIds.length) ors.push(eb('emp.team_id', 'in', scope.teamIds));
    if (scope.departmentIds.length) ors.push(eb('t.department_id', 'in', scope.departmentIds));
    return ors.length ? eb.or(ors) : eb.lit(false);
  }) as Q;
}

/** Every final score in the range, with the agent it belongs to. */
export async function finalScores(db: Db, scope: PeopleScope, f: AgentFilter) {
  let q = db
    .selectFrom('qa_evaluations as e')
    .innerJoin('employees as emp', 'emp.id', 'e.agent_id')
    .innerJoin('teams as t', 't.id', 'emp.team_id')
    .select(['e.agent_id', 'e.final_score', 'emp.name', 'emp.employee_no', 'emp.team_id', 't.name as team_name'])
    .where('e.day', '>=', f.from)
    .where('e.day', '<=', f.to);
  q = inScope(q, scope);
  if (f.teamId) q = q.where('emp.team_id', '=', f.teamId);
  if (f.agentId) q = q.where('e.agent_id', '=', f.agentId);
  return q.execute();
}

/** The current (not departed) members of a team or one agent, so agents without evaluations show too. */
export async function people(db: Db, scope: PeopleScope, f: Pick<AgentFilter, 'teamId' | 'agentId'>) {
  let q = db
    .selectFrom('employees as emp')
    .innerJoin('teams as t', 't.id', 'emp.team_id')
    .select(['emp.id', 'emp.name', 'emp.employee_no', 'emp.team_id', 't.name as team_name'])
    .where('emp.status', 'not in', [...EXIT_STATUSES]);
  q = inScope(q, scope);
  if (f.teamId) q = q.where('emp.team_id', '=', f.teamId);
  if (f.agentId) q = q.where('emp.id', '=', f.agentId);
  return q.execute();
}

export const findPerson = (db: Db, id: string) =>
  db
    .selectFrom('employees as emp')
    .innerJoin('teams as t', 't.id', 'emp.team_id')
    .select(['emp.id', 'emp.team_id', 't.department_id'])
    .where('emp.id', '=', id)
    .executeTakeFirst();

export const teamExists = async (db: Db, id: string) =>
  !!(await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst());
