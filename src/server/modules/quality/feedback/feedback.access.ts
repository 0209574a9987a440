import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db } from '../../../db/connect.js';
import { peopleScope, requireInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/errors.js';
import { findVisible } from '../evaluations/evaluations.repo.js';
import { viewerOf } from '../evaluations/evaluations.access.js';
import { personIn } from '../../people/identity.query.js';
import { identity, teamLeads } from '../../people/identity.service.js';
import * as repo from './feedback.repo.js';

// Who sees which feedback task, dispute and summary line: the same rule as the evaluation they
// belong to (evaluations.access.ts, SPEC §1) — HR and administrators all, a manager their
// department, a team lead their team, an agent only their own, anyone what they scored. Lists
// name the evaluation `e`; the agent's team and department are asked of the people module.

export function evaluationVisible(actor: Actor) {
  const scope = peopleScope(actor);
  // Untyped builder: callers join more tables under other aliases; the aliases used here are fixed.
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (scope.kind === 'all') return eb.lit(true);
    const ors: Expression<SqlBool>[] = [eb('e.evaluator_user_id', '=', actor.userId)];
    if (scope.employeeIds.length) ors.push(eb('e.agent_id', 'in', scope.employeeIds));
    if (scope.teamIds.length || scope.departmentIds.length)
      ors.push(personIn('e.agent_id', { teamIds: scope.teamIds, departmentIds: scope.departmentIds }));
    return eb.or(ors);
  };
}

/** The evaluation with its form version, if the actor may see it. */
export async function requireEvaluation(db: Db, actor: Actor, id: string) {
  // As the evaluation page answers: 404 for one out of sight as for none (lib/access.ts).
  return requireInScope(await findVisible(db, viewerOf(actor), id), true, 'Evaluation');
}
export type VisibleEvaluation = Awaited<ReturnType<typeof requireEvaluation>>;

/** 403 with a code of its own, so the web can say which rule refused. */
export const refused = (code: string, message: string) => new AppError(403, code, message);

/** The agent's direct supervisor(s): employees.supervisor_id; when none is set, the team leads
 *  (accounts with the team_lead role) of the agent's team. These are who review a dispute. */
export async function directSupervisorsOf(db: Db, agentId: string): Promise<string[]> {
  const agent = await identity(db, agentId);
  if (!agent) return [];
  if (agent.supervisorId) return [agent.supervisorId];
  const leads = await teamLeads(db, [agent.teamId]);
  return [...new Set(leads.map((l) => l.employeeId).filter((id) => id !== agentId))].sort();
}

/** Item labels by key across the given form versions (the newest version's label wins). */
export async function itemLabels(db: Db, versionIds: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (!versionIds.length) return labels;
  const versions = await repo.formVersionsNewestFirst(db, [...new Set(versionIds)]);
  for (const v of versions) {
    const content = JSON.parse(v.content) as { sections: { items: { key: string; label: string }[] }[] };
    for (const s of content.sections) for (const i of s.items) if (!labels.has(i.key)) labels.set(i.key, i.label);
  }
  return labels;
}
