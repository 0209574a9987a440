import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope, requireInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import * as repo from './evaluations.repo.js';
import { isAssignedInteraction } from '../sampling/sampling.repo.js';

// Who sees which evaluation and interaction (SPEC §1, §8): HR and administrators all; a manager
// their department; a team lead their team; an agent only their own; anyone the evaluations
// they scored; a QA evaluator also the interactions assigned to them by the sampling queues.
// The same rule decides who may open an interaction to score it.

export const viewerOf = (actor: Actor): repo.Viewer => ({ scope: peopleScope(actor), userId: actor.userId });

/** May the actor see (and so score) this interaction? */
export async function canSeeInteraction(db: Db, actor: Actor, i: repo.InteractionRow) {
  if (inPeopleScope(peopleScope(actor), { id: i.agent_id, team_id: i.team_id, department_id: i.department_id }))
    return true;
  return (await repo.scoredBy(db, actor.userId, i.id)) || isAssignedInteraction(db, actor.userId, i.id);
}

export async function requireInteraction(db: Db, actor: Actor, interactionId: string) {
  const row = await repo.findInteraction(db, interactionId);
  return requireInScope(row, !!row && (await canSeeInteraction(db, actor, row)), 'Interaction');
}
