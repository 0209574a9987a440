import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personInScope, personWhere } from '../../people/identity.query.js';

// Queries for agent QA scores (issue 7 item 10): final scores of evaluations per agent in a range
// of center-local days, limited to the people the caller may see.

export interface AgentFilter {
  from: string;
  to: string;
  teamId?: string;
  agentId?: string;
}

/** Every final score in the range, with the agent it belongs to (names: the identity read-model). */
export async function finalScores(db: Db, scope: PeopleScope, f: AgentFilter) {
  let q = db
    .selectFrom('qa_evaluations as e')
    .select(['e.agent_id', 'e.final_score'])
    .where('e.day', '>=', f.from)
    .where('e.day', '<=', f.to)
    .where(personInScope('e.agent_id', scope))
    .where(personWhere('e.agent_id', { teamId: f.teamId }));
  if (f.agentId) q = q.where('e.agent_id', '=', f.agentId);
  return q.execute();
}
