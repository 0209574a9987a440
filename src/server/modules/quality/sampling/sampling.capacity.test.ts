import { describe, expect, it } from 'vitest';
import type { SampleReasonShape } from '../../../../common/quality-sampling.js';
import { fitToCapacity } from './sampling.capacity.js';
import type { AgentPlan } from './sampling.plan.js';

// The cut to the evaluators' capacity (issue 17 item 4) on hand-made plans: nothing is cut when
// the week fits; otherwise one pick for every agent first, then new hires, poor scores and
// follow-ups, then everyone's share round the agents, change events last; the shortfall counted
// with the evaluator-days.

function plan(agentId: string, kind: SampleReasonShape['kind'], n: number): AgentPlan {
  return {
    agentId,
    volume: n * 10,
    rule: kind,
    percent: null,
    picks: Array.from({ length: n }, (_, i) => ({
      candidate: {
        id: `${agentId}-${i}`,
        agentId,
        startedAt: '',
        day: '2026-11-16',
        minute: 600,
        businessType: '信用卡',
        channel: 'voice',
      },
      band: 10,
      reason: { kind, band: '10–12', businessType: '信用卡' } as SampleReasonShape,
    })),
  };
}
const count = (plans: AgentPlan[]) => plans.reduce((s, p) => s + p.picks.length, 0);

describe('sampling within capacity', () => {
  it('keeps every pick when the week fits', () => {
    const plans = [plan('a', 'share', 10), plan('b', 'minimum', 3)];
    const { plans: out, capacity } = fitToCapacity(plans, [5, 5], 5, 0, 1);
    expect(out).toBe(plans);
    expect(capacity).toMatchObject({ demand: 13, capacity: 50, dropped: 0, evaluatorDaysNeeded: 0 });
  });

  it('two evaluators at 5 a day over 5 working days keep 50, by priority, and say what is missing', () => {
    const plans = [
      plan('n1', 'new_hire_all', 20),
      plan('p1', 'poor_score', 12),
      plan('f1', 'follow_up', 6),
      ...['s1', 's2', 's3', 's4', 's5'].map((a) => plan(a, 'share', 8)),
      plan('c1', 'change_event', 5),
    ];
    const { plans: out, capacity } = fitToCapacity(plans, [5, 5, 0], 5, 0, 7);
    expect(count(out)).toBe(50);
    const kept = (id: string) => out.find((p) => p.agentId === id)!.picks.length;
    expect([kept('n1'), kept('p1'), kept('f1')]).toEqual([20, 12, 6]); // new hires, poor scores, follow-ups whole
    const shares = ['s1', 's2', 's3', 's4', 's5'].map(kept);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(11); // one each first, then 6 more round the agents
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    expect(kept('c1')).toBe(1); // nobody goes unmonitored: the floor of one pick
    expect(capacity).toMatchObject({
      demand: 83,
      capacity: 50,
      evaluators: 2,
      workingDays: 5,
      dropped: 33,
      droppedByReason: { share: 29, change_event: 4 },
      evaluatorDaysNeeded: 7,
    });
  });

  it('takes open work carried from earlier weeks off the capacity, and repeats the same cut for the same seed', () => {
    const plans = ['a', 'b', 'c'].map((a) => plan(a, 'share', 10));
    const one = fitToCapacity(plans, [4], 5, 8, 3);
    expect(one.capacity).toMatchObject({ capacity: 12, carried: 8, dropped: 18 });
    expect(one.plans.map((p) => p.picks.length)).toEqual([4, 4, 4]);
    const again = fitToCapacity(plans, [4], 5, 8, 3);
    expect(again.plans.map((p) => p.picks.map((x) => x.candidate.id))).toEqual(
      one.plans.map((p) => p.picks.map((x) => x.candidate.id)),
    );
  });

  it('keeps nothing when nobody may score', () => {
    const { plans: out, capacity } = fitToCapacity([plan('a', 'new_hire_all', 4)], [0, 0], 5, 0, 1);
    expect(count(out)).toBe(0);
    expect(capacity).toMatchObject({ capacity: 0, evaluators: 0, dropped: 4, evaluatorDaysNeeded: 0 });
  });
});
