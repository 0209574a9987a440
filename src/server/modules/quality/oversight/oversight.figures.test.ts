import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../../../../common/quality-scoring.js';
import {
  addItems,
  consistencyAll,
  driftAll,
  driftOf,
  holm,
  leniencyAll,
  newItemSums,
  previousQuarter,
  quarterOf,
  stratumOf,
  type ScoreCell,
  type Thresholds,
} from './oversight.figures.js';
import { xoshiro128 } from '../sampling/sampling.rng.js';
import { mean, sd, welchTTest } from '../stats/stats.js';

// Leniency detection on synthetic evaluators with a known bias, over many seeded simulations:
// the +8 evaluator is found nearly always, the unbiased ones rarely (about the test's 5% level or
// less, as the 3-point floor also has to be passed), and a team that is simply better served does
// not make its evaluator look lenient. Then the figures from sums are checked against the
// straightforward computation over every evaluation (a reference kept here, in the test only).
const T: Thresholds = { points: 3, alpha: 0.05, minEvaluations: 5, inconsistencyRatio: 1.5 };

/** One evaluation as the figures' inputs are made from it. */
interface Fact {
  evaluatorUserId: string;
  formId: string;
  teamId: string;
  businessType: string | null;
  day: string;
  score: number;
  items?: Record<string, ItemResult>;
}

/** What oversight.repo.ts scoreSums and oversight.list.ts give the figures, over facts: sums
 *  per evaluator, stratum and month, named by quarter (so a quarter comes in several cells). */
function scoreCells(facts: Fact[]): ScoreCell[] {
  const cells = new Map<string, ScoreCell>();
  for (const f of facts) {
    const c = {
      evaluatorUserId: f.evaluatorUserId,
      stratum: stratumOf(f.teamId, f.businessType),
      quarter: quarterOf(f.day),
    };
    const key = `${c.evaluatorUserId}/${c.stratum}/${f.day.slice(0, 7)}`;
    const cell = cells.get(key) ?? { ...c, n: 0, sum: 0, sumSq: 0 };
    cell.n++;
    cell.sum += f.score;
    cell.sumSq += f.score * f.score;
    cells.set(key, cell);
  }
  return [...cells.values()];
}
function itemSums(facts: Fact[]) {
  const acc = newItemSums();
  for (const f of facts) addItems(acc, f.evaluatorUserId, stratumOf(f.teamId, f.businessType), f.formId, f.items ?? {});
  return acc;
}

function normal(rand: () => number) {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Evaluators e0..e3 score agents of two teams; bias per evaluator; team B's agents are 10 points better. */
function simulate(seed: number, bias: Record<string, number>, perEvaluator = 20, onlyTeam?: Record<string, string>) {
  const rand = xoshiro128(seed);
  const facts: Fact[] = [];
  for (const [u, b] of Object.entries(bias)) {
    for (let k = 0; k < perEvaluator; k++) {
      const team = onlyTeam?.[u] ?? (k % 2 ? 'A' : 'B');
      const truth = (team === 'B' ? 85 : 75) + normal(rand) * 6;
      facts.push({
        evaluatorUserId: u,
        formId: 'f',
        teamId: team,
        businessType: '信用卡',
        day: `2026-11-${String(1 + (k % 20)).padStart(2, '0')}`,
        score: Math.min(100, Math.max(0, truth + b)),
      });
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
      const result = leniencyAll(scoreCells(simulate(s, { e0: 8, e1: 0, e2: 0, e3: 0 })), T);
      if (result.get('e0')!.flag === 'lenient') lenientFound++;
      for (const u of ['e1', 'e2', 'e3']) if (result.get(u)!.flag) falseFlags++;
    }
    expect(lenientFound / runs).toBeGreaterThan(0.9);
    expect(falseFlags / (3 * runs)).toBeLessThan(0.06);
  });

  it('flags a harsh evaluator as harsh', () => {
    const result = leniencyAll(scoreCells(simulate(7, { e0: -10, e1: 0, e2: 0, e3: 0 })), T);
    expect(result.get('e0')).toMatchObject({ flag: 'harsh' });
    expect(result.get('e0')!.difference!).toBeLessThan(-6);
  });

  it('compares within team and business type: scoring only the better team is not leniency', () => {
    // e0 scores only team B (10 points better), unbiased; the others score both teams.
    let flagged = 0;
    for (let s = 1; s <= 50; s++) {
      const r = leniencyAll(scoreCells(simulate(s, { e0: 0, e1: 0, e2: 0 }, 20, { e0: 'B' })), T);
      if (r.get('e0')!.flag) flagged++;
    }
    expect(flagged).toBeLessThan(6);
    // Pooled naively, e0 would be about +5 against the others: the strata are what prevent it.
  });

  it('does not judge on too few comparable evaluations, nor on strata nobody else scored', () => {
    const facts = simulate(3, { e0: 15, e1: 0, e2: 0 }, 4);
    expect(leniencyAll(scoreCells(facts), T).get('e0')!.flag).toBeNull();
    const alone = simulate(3, { e0: 15, e1: 0 }, 20, { e0: 'C' });
    expect(leniencyAll(scoreCells(alone), T).get('e0')).toMatchObject({ comparable: 0, difference: null, flag: null });
  });
});

describe('Holm adjustment', () => {
  it('multiplies the smallest p by m, the next by m − 1, never decreasing, capped at 1', () => {
    // p = 0.01, 0.04, 0.03, null → sorted 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 → max(0.06, 0.04) = 0.06
    expect(holm([0.01, 0.04, 0.03, null]).map((p) => (p === null ? null : Math.round(p * 1e6) / 1e6))).toEqual([
      0.03,
      0.06,
      0.06,
      null,
    ]);
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
  });
});

describe('consistency and drift', () => {
  it('flags an evaluator whose item scoring spreads far more than the others’', () => {
    const facts: Fact[] = [];
    for (let k = 0; k < 10; k++) {
      for (const [u, earned] of [
        ['steady', 8 + (k % 2) * 2],
        ['other', 8 + (k % 2) * 2],
        ['erratic', k % 2 ? 10 : 0],
      ] as const) {
        facts.push({
          evaluatorUserId: u,
          formId: 'f',
          teamId: 'A',
          businessType: null,
          day: '2026-11-02',
          score: 80,
          items: { need: { earned, possible: 10, na: false, criticalFailed: false } },
        });
      }
    }
    const figures = consistencyAll(itemSums(facts), T);
    expect(figures.get('erratic')).toMatchObject({ inconsistent: true });
    expect(figures.get('steady')!.inconsistent).toBe(false);
  });

  it('compares an evaluator’s difference between the last two quarters', () => {
    const q3 = simulate(11, { e0: -10, e1: 0, e2: 0, e3: 0 }, 40).map((f) => ({
      ...f,
      day: f.day.replace('2026-11', '2026-08'),
    }));
    const q4 = simulate(12, { e0: 0, e1: 0, e2: 0, e3: 0 }, 40);
    const drift = driftAll(scoreCells([...q3, ...q4]), ['e0', 'e1', 'e2', 'e3'], quarterOf('2026-11-20'), T);
    expect(drift.get('e0')).toMatchObject({ current: '2026Q4', previous: '2026Q3', flagged: true });
    expect(drift.get('e0')!.change!).toBeGreaterThan(6);
    for (const u of ['e1', 'e2', 'e3']) expect(drift.get(u)!.flagged).toBe(false);
  });
});

// ---- The straightforward computation, over every evaluation: what the sums must reproduce ------

const round = (x: number | null, d = 2) =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d;
const key = (f: Fact) => stratumOf(f.teamId, f.businessType);

function refResiduals(facts: Fact[], userId: string, pool: Set<string>) {
  const others = new Map<string, number[]>();
  for (const f of facts)
    if (f.evaluatorUserId !== userId && pool.has(f.evaluatorUserId))
      others.set(key(f), [...(others.get(key(f)) ?? []), f.score]);
  const means = new Map([...others].map(([k, xs]) => [k, mean(xs)]));
  const mine = facts
    .filter((f) => f.evaluatorUserId === userId && means.has(key(f)))
    .map((f) => f.score - means.get(key(f))!);
  const strata = new Set(facts.filter((f) => f.evaluatorUserId === userId && means.has(key(f))).map(key));
  return { mine, theirs: [...strata].flatMap((k) => others.get(k)!.map((x) => x - means.get(k)!)) };
}
function refJudge(facts: Fact[], users: string[], pool: Set<string>, t: Thresholds) {
  const raw = users.map((u) => {
    const { mine, theirs } = refResiduals(facts, u, pool);
    return {
      comparable: mine.length,
      others: theirs.length,
      difference: mine.length ? mean(mine) : null,
      p: mine.length ? (welchTTest(mine, theirs)?.p ?? null) : null,
    };
  });
  const adjusted = holm(raw.map((r) => r.p));
  return new Map(
    users.map((u, i) => {
      const r = raw[i];
      const pa = adjusted[i];
      const flagged =
        r.difference !== null &&
        r.comparable >= t.minEvaluations &&
        pa !== null &&
        pa < t.alpha &&
        Math.abs(r.difference) >= t.points;
      return [
        u,
        {
          comparable: r.comparable,
          others: r.others,
          difference: round(r.difference),
          p: round(r.p, 4),
          pAdjusted: round(pa, 4),
          flag: flagged ? (r.difference! > 0 ? 'lenient' : 'harsh') : null,
        },
      ];
    }),
  );
}
function refPool(facts: Fact[], t: Thresholds) {
  const pool = new Set([...new Set(facts.map((f) => f.evaluatorUserId))].sort());
  while (pool.size > 2) {
    const worst = [...refJudge(facts, [...pool], pool, t)]
      .filter(([, l]) => l.flag)
      .sort(([, a], [, b]) => Math.abs(b.difference!) - Math.abs(a.difference!))[0];
    if (!worst) break;
    pool.delete(worst[0]);
  }
  return pool;
}
const refLeniency = (facts: Fact[], t: Thresholds) =>
  refJudge(facts, [...new Set(facts.map((f) => f.evaluatorUserId))].sort(), refPool(facts, t), t);
function refSpread(facts: Fact[]) {
  const byItem = new Map<string, number[]>();
  for (const f of facts)
    for (const [k, r] of Object.entries(f.items ?? {}))
      if (!r.na && r.possible > 0)
        byItem.set(`${f.formId}:${k}`, [...(byItem.get(`${f.formId}:${k}`) ?? []), (100 * r.earned) / r.possible]);
  const sds = [...byItem.values()].filter((xs) => xs.length >= 2).map(sd);
  return sds.length ? round(mean(sds)) : null;
}
function refConsistency(facts: Fact[], userId: string, t: Thresholds) {
  const mine = facts.filter((f) => f.evaluatorUserId === userId);
  const strata = new Set(mine.map(key));
  const spread = refSpread(mine);
  const others = refSpread(facts.filter((f) => f.evaluatorUserId !== userId && strata.has(key(f))));
  return {
    itemSpread: spread,
    othersItemSpread: others,
    inconsistent:
      mine.length >= t.minEvaluations &&
      spread !== null &&
      others !== null &&
      others > 0 &&
      spread >= t.inconsistencyRatio * others,
  };
}
function refDrift(facts: Fact[], userId: string, current: string, t: Thresholds) {
  const residualsOf = new Map<string, number[]>();
  for (const q of [...new Set(facts.map((f) => quarterOf(f.day)))].sort()) {
    const list = facts.filter((f) => quarterOf(f.day) === q);
    const { mine } = refResiduals(list, userId, refPool(list, t));
    if (mine.length) residualsOf.set(q, mine);
  }
  const cur = residualsOf.get(current) ?? [];
  const prev = residualsOf.get(previousQuarter(current)) ?? [];
  const test = cur.length >= t.minEvaluations && prev.length >= t.minEvaluations ? welchTTest(cur, prev) : null;
  return {
    change: round(cur.length && prev.length ? mean(cur) - mean(prev) : null),
    p: test?.p ?? null,
    quarters: [...residualsOf].map(([quarter, xs]) => ({ quarter, n: xs.length, difference: round(mean(xs)) })),
  };
}

/** Evaluators with a bias each (some strong enough to be flagged and leave the pool), a few
 *  teams and business types (null and '' are one), two forms, three quarters. `flat`: integer
 *  scores and shares, many alike (strata without any spread); otherwise scores are continuous,
 *  so no figure sits on a rounding boundary and the two computations must agree to the digit. */
function randomFacts(seed: number, flat: boolean): Fact[] {
  const rand = xoshiro128(seed);
  const pick = <V>(xs: readonly V[]) => xs[Math.floor(rand() * xs.length)];
  const users = Array.from({ length: 3 + Math.floor(rand() * 5) }, (_, i) => ({
    id: `u${i}`,
    bias: pick([0, 0, 0, 2, -4, 9, -12]),
    erratic: rand() < 0.2,
    teams: 1 + Math.floor(rand() * 3),
  }));
  const facts: Fact[] = [];
  for (const u of users) {
    for (let k = 0, n = Math.floor(rand() * 40); k < n; k++) {
      const team = `t${Math.floor(rand() * u.teams)}`;
      const truth = flat ? 80 : 70 + rand() * 20 + normal(rand) * 5;
      const items: Record<string, ItemResult> = {};
      for (const item of ['a', 'b', 'c']) {
        const share = u.erratic ? pick([0, 1]) : flat ? 0.8 : Math.min(1, Math.max(0, 0.7 + normal(rand) * 0.15));
        items[item] =
          item === 'c' && rand() < 0.2
            ? { earned: 0, possible: 0, na: true, criticalFailed: false }
            : { earned: Math.round(share * 10), possible: 10, na: false, criticalFailed: false };
      }
      const score = flat ? Math.round(truth + u.bias) : truth + u.bias;
      facts.push({
        evaluatorUserId: u.id,
        formId: pick(['f1', 'f2']),
        teamId: team,
        businessType: pick([null, '', 'B']),
        day: pick(['2026-05-20', '2026-08-03', '2026-09-30', '2026-10-01', '2026-11-15']),
        score,
        items,
      });
    }
  }
  return facts;
}

const same = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown; // as a client reads it (−0 is 0)

describe('figures from sums equal the computation over every evaluation', () => {
  it.each([false, true])('on random evaluations (flat scores: %s)', (flat) => {
    for (let seed = 1; seed <= 120; seed++) {
      const facts = randomFacts(seed, flat);
      const t: Thresholds = {
        points: 1 + (seed % 4),
        alpha: 0.05,
        minEvaluations: 2 + (seed % 4),
        inconsistencyRatio: 1.2,
      };
      const users = [...new Set(facts.map((f) => f.evaluatorUserId))].sort();
      const cells = scoreCells(facts);
      expect(same(Object.fromEntries(leniencyAll(cells, t))), `leniency, seed ${seed}`).toEqual(
        same(Object.fromEntries(refLeniency(facts, t))),
      );
      const consistency = consistencyAll(itemSums(facts), t);
      for (const u of users)
        expect(same(consistency.get(u)), `consistency of ${u}, seed ${seed}`).toEqual(
          same(refConsistency(facts, u, t)),
        );
      const drift = driftAll(cells, users, '2026Q4', t);
      const refs = users.map((u) => refDrift(facts, u, '2026Q4', t));
      const adjusted = holm(refs.map((r) => r.p));
      users.forEach((u, i) => {
        const flagged =
          refs[i].change !== null &&
          adjusted[i] !== null &&
          adjusted[i]! < t.alpha &&
          Math.abs(refs[i].change!) >= t.points;
        expect(same(drift.get(u)), `drift of ${u}, seed ${seed}`).toEqual(
          same({ current: '2026Q4', previous: '2026Q3', change: refs[i].change, p: round(adjusted[i], 4), flagged }),
        );
        expect(same(driftOf(cells, u, '2026Q4', t).quarters), `quarters of ${u}, seed ${seed}`).toEqual(
          same(refs[i].quarters),
        );
      });
    }
  });
});
