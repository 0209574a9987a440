import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';

// What a decided QA dispute sets off elsewhere (issue 18: a dispute settled before an appraisal's
// data freeze recomputes the agent's draft appraisal). A module registers a hook; the disputes
// service calls them inside the transaction that records the decision, after its writes, so the
// decision and what follows from it are committed together or not at all.
export interface DisputeDecided {
  disputeId: string;
  evaluationId: string;
  agentId: string;
  /** The evaluation's day (center-local), which decides the period it counts in. */
  day: string;
  before: number;
  after: number;
}
type DisputeHook = (trx: Db, actor: Actor, event: DisputeDecided) => Promise<void>;
const hooks = new Map<string, DisputeHook>();

/** Registers what a dispute decision sets off (registering a name again replaces it). */
export function onDisputeDecided(name: string, hook: DisputeHook) {
  hooks.set(name, hook);
}

export async function disputeDecided(trx: Db, actor: Actor, event: DisputeDecided) {
  for (const hook of hooks.values()) await hook(trx, actor, event);
}
