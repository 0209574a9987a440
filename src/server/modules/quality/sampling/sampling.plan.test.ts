import { describe, expect, it } from 'vitest';
import {
  bandOf,
  planAgent,
  selectStratified,
  type AgentFacts,
  type Candidate,
  type ChangeEventFacts,
  type PlanSettings,
} from './sampling.plan.js';
import { streamFor, xoshiro128 } from './sampling.rng.js';

// The sampling rules of SPEC §8 on the pure algorithm, with hand-made weeks: minimums and
// shares, new hires, poor scores, change events, the spread over hours and business types
// (chi-square over many seeded draws) and reproducibility.

const S: PlanSettings = {
  minimumPerWeek: 3,
  sharePercent: 5,
  hourBandHours: 2,
  newHireStage1Percent: 50,
  newHireStage2Percent: 25,
  newHirePassesPerStage: 3,
  poorScoreBelow: 70,
  poorScorePercent: 15,
  followUpPercent: 15,
};
const WEEK = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'];
// Calls by hour: busy mornings and afternoons, quiet evenings, none at night.
const HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 12, 12, 9, 7, 10, 11, 10, 8, 6, 4, 2, 0, 0, 0];

function week(
  agentId: string,
  n: number,
  opts: { types?: [string, number][]; seed?: number; channel?: string } = {},
): Candidate[] {
  const rand = xoshiro128(opts.seed ?? n + agentId.length);
  const total = HOURS.reduce((a, b) => a + b, 0);
  const types = opts.types ?? [['信用卡', 1]];
  const typeTotal = types.reduce((a, [, w]) => a + w, 0);
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    let r = rand() * total;
    let h = 0;
    while (r >= HOURS[h]) r -= HOURS[h++];
    let t = rand() * typeTotal;
    let k = 0;
    while (t >= types[k][1]) t -= types[k++][1];
    const minute = h * 60 + Math.floor(rand() * 60);
    const day = WEEK[i % 7];
    out.push({
      id: `${agentId}-${String(i).padStart(4, '0')}`,
      agentId,
      day,
      minute,
      startedAt: `${day}T${String(minute).padStart(4, '0')}`,
      businessType: types[k][0],
      channel: opts.channel ?? 'voice',
    });
  }
  return out.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
}
const facts = (agentId: string, over: Partial<AgentFacts> = {}): AgentFacts => ({
  agentId,
  departmentId: 'D1',
  newHireDays: new Map(),
  beforeRegular: false,
  passesInRow: 0,
  recentMean: null,
  underFollowUp: false,
  ...over,
});

describe('how much is sampled', () => {
  it('takes the larger of the weekly minimum and the share of volume for every agent, and all of a small week', () => {
    for (const share of [5, 10, 15]) {
      for (const n of [0, 1, 2, 3, 4, 10, 59, 60, 61, 100, 233, 480]) {
        const plan = planAgent(facts(`A${n}`), week(`A${n}`, n), [], { ...S, sharePercent: share }, 7);
        const expected = Math.min(n, Math.max(3, Math.ceil((share * n) / 100 - 1e-9)));
        expect(plan.picks.length, `share ${share}%, volume ${n}`).toBe(expected);
        expect(new Set(plan.picks.map((p) => p.candidate.id)).size).toBe(expected);
        if (expected)
          expect(plan.picks[0].reason.kind).toBe(3 > Math.ceil((share * n) / 100 - 1e-9) ? 'minimum' : 'share');
      }
    }
  });

  it('takes every interaction of a new hire’s first working days, then 50 %, 25 % and the share as evaluations pass', () => {
    const cands = week('N1', 140);
    const first = planAgent(
      facts('N1', {
        beforeRegular: true,
        newHireDays: new Map([
          ['2026-11-16', 4],
          ['2026-11-17', 5],
        ]),
      }),
      cands,
      [],
      S,
      1,
    );
    const windowIds = cands
      .filter((c) => c.day <= '2026-11-17')
      .map((c) => c.id)
      .sort();
    const allOfWindow = first.picks.filter((p) => p.reason.kind === 'new_hire_all');
    expect(allOfWindow.map((p) => p.candidate.id).sort()).toEqual(windowIds);
    expect(allOfWindow.find((p) => p.candidate.day === '2026-11-17')!.reason.day).toBe(5);
    const rest = cands.length - windowIds.length;
    expect(first.picks.filter((p) => p.reason.kind === 'new_hire_stage')).toHaveLength(Math.ceil(rest / 2));

    const count = (passesInRow: number) =>
      planAgent(facts('N1', { beforeRegular: true, passesInRow }), cands, [], S, 1).picks.length;
    expect(count(2)).toBe(70); // 50 % until 3 in a row passed
    expect(count(3)).toBe(35); // then 25 %
    expect(count(5)).toBe(35);
    expect(count(6)).toBe(7); // then the ordinary 5 %
    expect(planAgent(facts('N1', { beforeRegular: false }), cands, [], S, 1).picks.length).toBe(7); // regular staff: the share
  });

  it('raises the rate of agents whose recent scores are poor', () => {
    const cands = week('P1', 200);
    expect(planAgent(facts('P1', { recentMean: 62.4 }), cands, [], S, 1).picks.length).toBe(30);
    expect(planAgent(facts('P1', { recentMean: 62.4 }), cands, [], S, 1).picks[0].reason).toMatchObject({
      kind: 'poor_score',
      percent: 15,
      mean: 62.4,
    });
    expect(planAgent(facts('P1', { recentMean: 70 }), cands, [], S, 1).picks.length).toBe(10);
  });

  it('adds a change event’s share of the affected days and business type, for the departments it names', () => {
    const cands = week('C1', 300, {
      types: [
        ['信用卡', 2],
        ['积分兑换', 1],
      ],
    });
    const event: ChangeEventFacts = {
      id: 'E1',
      title: '系统升级',
      startsOn: '2026-11-19',
      days: 10,
      raisePercent: 10,
      businessType: '信用卡',
      departmentId: null,
    };
    const plan = planAgent(facts('C1'), cands, [event], S, 3);
    const inScope = cands.filter((c) => c.day >= '2026-11-19' && c.businessType === '信用卡');
    const extra = plan.picks.filter((p) => p.reason.kind === 'change_event');
    expect(extra).toHaveLength(Math.ceil(inScope.length / 10));
    expect(extra.every((p) => p.candidate.day >= '2026-11-19' && p.candidate.businessType === '信用卡')).toBe(true);
    expect(extra[0].reason).toMatchObject({ date: '2026-11-19', title: '系统升级', percent: 10 });
    expect(plan.picks.length).toBe(15 + extra.length);
    expect(planAgent(facts('C1'), cands, [{ ...event, departmentId: 'D2' }], S, 3).picks.length).toBe(15);
    expect(planAgent(facts('C1'), cands, [{ ...event, startsOn: '2026-11-06', days: 10 }], S, 3).picks.length).toBe(15); // ended before the week
  });
});

describe('which interactions', () => {
  it('is reproducible with a seed and different with another', () => {
    const cands = week('R1', 400);
    const ids = (seed: number) =>
      planAgent(facts('R1'), cands, [], S, seed)
        .picks.map((p) => p.candidate.id)
        .join(',');
    expect(ids(42)).toBe(ids(42));
    expect(ids(42)).not.toBe(ids(43));
    // An agent's picks do not depend on anyone else: their own stream of the seed.
    expect(streamFor(42, 'R1')()).toBe(streamFor(42, 'R1')());
  });

  // χ² critical values at α = 0.01 by degrees of freedom.
  const CHI_01 = [0, 6.635, 9.21, 11.345, 13.277, 15.086, 16.812, 18.475, 20.09, 21.666, 23.209, 24.725, 26.217];
  function chiSquare(observed: Map<number, number>, volume: Map<number, number>) {
    const totalObs = [...observed.values()].reduce((a, b) => a + b, 0);
    const totalVol = [...volume.values()].reduce((a, b) => a + b, 0);
    let chi = 0;
    for (const [band, v] of volume) {
      const e = (totalObs * v) / totalVol;
      chi += ((observed.get(band) ?? 0) - e) ** 2 / e;
    }
    return { chi, critical: CHI_01[volume.size - 1] };
  }

  it('spreads picks over the hour bands in proportion to volume (χ² over 400 seeded draws, α = 0.01) and never leaves the busy hours out', () => {
    const cands = week('H1', 500, { seed: 99 });
    const volume = new Map<number, number>();
    for (const c of cands) volume.set(bandOf(c.minute, 2), (volume.get(bandOf(c.minute, 2)) ?? 0) + 1);
    const observed = new Map<number, number>();
    for (let seed = 1; seed <= 400; seed++) {
      const picks = planAgent(facts('H1'), cands, [], S, seed).picks;
      const bands = new Map<number, number>();
      for (const p of picks) bands.set(p.band, (bands.get(p.band) ?? 0) + 1);
      for (const [b, v] of volume)
        if ((25 * v) / 500 >= 1) expect(bands.get(b) ?? 0, `band ${b}, seed ${seed}`).toBeGreaterThanOrEqual(1);
      for (const [b, n] of bands) observed.set(b, (observed.get(b) ?? 0) + n);
    }
    const { chi, critical } = chiSquare(observed, volume);
    expect(chi).toBeLessThan(critical);

    // The same test catches a sampler that favours the quiet hours (one band each in turn).
    const flat = new Map<number, number>();
    const bands = [...volume.keys()];
    for (let i = 0; i < 400 * 25; i++) flat.set(bands[i % bands.length], (flat.get(bands[i % bands.length]) ?? 0) + 1);
    expect(chiSquare(flat, volume).chi).toBeGreaterThan(critical);
  });

  it('covers every business type the agent handled, the rest in proportion to volume (χ² over 400 draws)', () => {
    const types: [string, number][] = [
      ['电子邮件咨询', 60],
      ['在线客服', 30],
      ['工单回访', 8],
      ['投诉', 2],
    ];
    const cands = week('T1', 400, { types, channel: 'chat', seed: 5 });
    const volume = new Map<string, number>();
    for (const c of cands) volume.set(c.businessType, (volume.get(c.businessType) ?? 0) + 1);
    expect(volume.size).toBe(4);
    const beyondOne = new Map<number, number>();
    const index = [...volume.keys()];
    for (let seed = 1; seed <= 400; seed++) {
      const picks = selectStratified(cands, 20, streamFor(seed, 'T1'), 2);
      const per = new Map<string, number>();
      for (const p of picks) per.set(p.businessType, (per.get(p.businessType) ?? 0) + 1);
      expect(per.size, `seed ${seed}`).toBe(4);
      for (const [t, n] of per) beyondOne.set(index.indexOf(t), (beyondOne.get(index.indexOf(t)) ?? 0) + n - 1);
    }
    const { chi, critical } = chiSquare(beyondOne, new Map(index.map((t, i) => [i, volume.get(t)! - 1])));
    expect(chi).toBeLessThan(critical);
  });
});
