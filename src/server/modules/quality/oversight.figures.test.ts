import { describe, expect, it } from 'vitest';
import { consistencyOf, driftAll, holm, leniencyAll, quarterOf, type EvalFact, type Thresholds } from './oversight.figures.js';
import { xoshiro128 } from './sampling.rng.js';

// Leniency detection on synthetic evaluators with a known bias, over many seeded simulations:
// the +8 evaluator is found nearly always, the unbiased ones rarely (about the test's 5% level or
// less, as the 3-point floor also has to be passed), and a team that is simply better served does
// not make its evaluator look lenient.
const T: Thresholds = { points: 3, alpha: 0.05, minEvaluations: 5, inconsistencyRatio: 1.5 };

function normal(rand: () => number) {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Evaluators e0..e3 score agents of two teams; bias per evaluator; team B's agents are 10 points better. */
function simulate(seed: number, bias: Record<string, number>, perEvaluator = 20, onlyTeam?: Record<string, string>) {
  const rand = xoshiro128(seed);
  const facts: EvalFact[] = [];
  for (const [u, b] of Object.entries(bias)) {
    for (let k = 0; k < perEvaluator; k++) {
      const team = onlyTeam?.[u] ?? (k % 2 ? 'A' : 'B');
      const truth = (team === 'B' ? 85 : 75) + normal(rand) * 6;
      facts.push({ evaluatorUserId: u, formId: 'f', teamId: team, businessType: '信用卡', day: `2026-11-${String(1 + (k % 20)).padStart(2, '0')}`, score: Math.min(100, Math.max(0, truth + b)) });
    }
  }
  return facts;
}

describe('leniency on synthetic evaluators', () => {
  it('flags a +8 evaluator nearly always and an unbiased one rarely', () => {
    let lenientFound = 0;
    let falseFlags = 0;
    const runs = 200;
    for (let s = 1; s <= runs; s++) {
      const result = leniencyAll(simulate(s, { e0: 8, e1: 0, e2: 0, e3: 0 }), T);
      if (result.get('e0')!.flag === 'lenient') lenientFound++;
      for (const u of ['e1', 'e2', 'e3']) if (result.get(u)!.flag) falseFlags++;
    }
    expect(lenientFound / runs).toBeGreaterThan(0.9);
    expect(falseFlags / (3 * runs)).toBeLessThan(0.06);
  });

  it('flags a harsh evaluator as harsh', () => {
    const result = leniencyAll(simulate(7, { e0: -10, e1: 0, e2: 0, e3: 0 }), T);
    expect(result.get('e0')).toMatchObject({ flag: 'harsh' });
    expect(result.get('e0')!.difference!).toBeLessThan(-6);
  });

  it('compares within team and business type: scoring only the better team is not leniency', () => {
    // e0 scores only team B (10 points better), unbiased; the others score both teams.
    let flagged = 0;
    for (let s = 1; s <= 50; s++) {
      const r = leniencyAll(simulate(s, { e0: 0, e1: 0, e2: 0 }, 20, { e0: 'B' }), T);
      if (r.get('e0')!.flag) flagged++;
    }
    expect(flagged).toBeLessThan(6);
    // Pooled naively, e0 would be about +5 against the others: the strata are what prevent it.
  });

  it('does not judge on too few comparable evaluations, nor on strata nobody else scored', () => {
    const facts = simulate(3, { e0: 15, e1: 0, e2: 0 }, 4);
    expect(leniencyAll(facts, T).get('e0')!.flag).toBeNull();
    const alone = simulate(3, { e0: 15, e1: 0 }, 20, { e0: 'C' });
    expect(leniencyAll(alone, T).get('e0')).toMatchObject({ comparable: 0, difference: null, flag: null });
  });
});

describe('Holm adjustment', () => {
  it('multiplies the smallest p by m, the next by m − 1, never decreasing, capped at 1', () => {
    // p = 0.01, 0.04, 0.03, null → sorted 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 → max(0.06, 0.04) = 0.06
    expect(holm([0.01, 0.04, 0.03, null]).map((p) => (p === null ? null : Math.round(p * 1e6) / 1e6))).toEqual([0.03, 0.06, 0.06, null]);
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
  });
});

describe('consistency and drift', () => {
  it('flags an evaluator whose item scoring spreads far more than the others’', () => {
    const facts: EvalFact[] = [];
    for (let k = 0; k < 10; k++) {
      for (const [u, earned] of [['steady', 8 + (k % 2) * 2], ['other', 8 + (k % 2) * 2], ['erratic', k % 2 ? 10 : 0]] as const) {
        facts.push({ evaluatorUserId: u, formId: 'f', teamId: 'A', businessType: null, day: '2026-11-02', score: 80, items: { need: { earned, possible: 10, na: false, criticalFailed: false } } });
      }
    }
    expect(consistencyOf(facts, 'erratic', T)).toMatchObject({ inconsistent: true });
    expect(consistencyOf(facts, 'steady', T).inconsistent).toBe(false);
  });

  it('compares an evaluator’s difference between the last two quarters', () => {
    const q3 = simulate(11, { e0: -10, e1: 0, e2: 0, e3: 0 }, 40).map((f) => ({ ...f, day: f.day.replace('2026-11', '2026-08') }));
    const q4 = simulate(12, { e0: 0, e1: 0, e2: 0, e3: 0 }, 40);
    const drift = driftAll([...q3, ...q4], ['e0', 'e1', 'e2', 'e3'], quarterOf('2026-11-20'), T);
    expect(drift.get('e0')).toMatchObject({ current: '2026Q4', previous: '2026Q3', flagged: true });
    expect(drift.get('e0')!.change!).toBeGreaterThan(6);
    for (const u of ['e1', 'e2', 'e3']) expect(drift.get(u)!.flagged).toBe(false);
  });
});
