import type { SampleReasonShape } from '../../../../common/quality-sampling.js';
import type { AgentPlan, Pick } from './sampling.plan.js';
import { streamFor } from './sampling.rng.js';

// Sampling within the evaluators' capacity (SPEC §8 "Evaluator quotas"; issue 17 item 4). The
// plan (sampling.plan.ts) says what the rules ask for; this keeps no more than the evaluators
// can score in the week — the sum of their recording quotas over the week's working days, less
// the open work they carry — and, when the rules ask for more, fills by priority:
//
//   0. one pick for every agent the rules picked at all, so nobody goes a week unmonitored
//      (a cohort's every-interaction weeks would otherwise take the whole capacity);
//   1. a new hire's first working days (every interaction), then the falling new-hire rate;
//   2. agents with poor recent scores or a problem under follow-up;
//   3. everyone else's minimum and share;
//   4. change events.
//
// Inside a tier, picks go round the agents one at a time (in a seeded order, each agent's own
// picks in seeded order), so when the tier is cut every agent in it has as many picks as the
// others, give or take one, and the cut falls at random over hours and business types. What is
// left out is counted by reason, with the evaluator-days that would have covered it.

const TIER: Record<SampleReasonShape['kind'], number> = {
  new_hire_all: 0,
  new_hire_stage: 1,
  poor_score: 2,
  follow_up: 2,
  minimum: 3,
  share: 3,
  change_event: 4,
};

export interface Capacity {
  /** Samples the rules asked for, and how many the evaluators can score this week. */
  demand: number;
  capacity: number;
  workingDays: number;
  evaluators: number;
  /** Open samples from earlier weeks the evaluators still carry (taken off the capacity). */
  carried: number;
  dropped: number;
  droppedByReason: Record<string, number>;
  /** Evaluator-days at the mean daily quota that would have covered what was left out. */
  evaluatorDaysNeeded: number;
}

function shuffled<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Keeps at most `capacity` picks over all plans, by the priority above; returns the plans with
 * their kept picks (in their original order) and the figures of the cut.
 */
export function fitToCapacity(
  plans: AgentPlan[],
  quotas: number[],
  workingDays: number,
  carried: number,
  seed: number,
): { plans: AgentPlan[]; capacity: Capacity } {
  const dailyQuota = quotas.reduce((s, q) => s + q, 0);
  const capacity = Math.max(0, dailyQuota * workingDays - carried);
  const demand = plans.reduce((s, p) => s + p.picks.length, 0);
  const figures: Capacity = {
    demand,
    capacity,
    workingDays,
    evaluators: quotas.filter((q) => q > 0).length,
    carried,
    dropped: 0,
    droppedByReason: {},
    evaluatorDaysNeeded: 0,
  };
  if (demand <= capacity) return { plans, capacity: figures };

  const kept = new Set<Pick>();
  let room = capacity;
  const agentOrder = shuffled(
    plans.map((_, i) => i),
    streamFor(seed, 'capacity'),
  );
  // Tier 0: each agent's first pick of their most urgent kind, round the agents in seeded order.
  for (const i of agentOrder) {
    if (room === 0) break;
    const first = shuffled(plans[i].picks, streamFor(seed, `capacity:${plans[i].agentId}:floor`)).sort(
      (a, b) => TIER[a.reason.kind] - TIER[b.reason.kind],
    )[0];
    if (first) {
      kept.add(first);
      room -= 1;
    }
  }
  for (let tier = 0; tier <= 4 && room > 0; tier++) {
    const queues = agentOrder.map((i) =>
      shuffled(
        plans[i].picks.filter((p) => TIER[p.reason.kind] === tier && !kept.has(p)),
        streamFor(seed, `capacity:${plans[i].agentId}:${tier}`),
      ),
    );
    for (let round = 0; room > 0; round++) {
      let took = false;
      for (const q of queues) {
        if (room === 0) break;
        if (round < q.length) {
          kept.add(q[round]);
          room -= 1;
          took = true;
        }
      }
      if (!took) break;
    }
  }
  const out = plans.map((p) => ({ ...p, picks: p.picks.filter((x) => kept.has(x)) }));
  for (const p of plans)
    for (const x of p.picks)
      if (!kept.has(x)) figures.droppedByReason[x.reason.kind] = (figures.droppedByReason[x.reason.kind] ?? 0) + 1;
  figures.dropped = demand - kept.size;
  const meanDaily = figures.evaluators ? dailyQuota / figures.evaluators : 0;
  figures.evaluatorDaysNeeded = meanDaily > 0 ? Math.ceil(figures.dropped / meanDaily) : 0;
  return { plans: out, capacity: figures };
}
