import { describe, expect, it } from 'vitest';
import { betaQuantile, rankWhereSeparate, shrinkMeans, shrinkRates } from './shrink.js';

// Constructed: a trainer with 2 learners and one with 40, both at a raw QA mean of 90, among
// others at 70 and 80. Empirical Bayes must pull the 2-person trainer much harder toward the
// center (Efron & Morris 1975; the method-of-moments τ² of one-way random-effects ANOVA).
const groups = [
  { key: 'two', n: 2, mean: 90, sd: 5 },
  { key: 'forty', n: 40, mean: 90, sd: 5 },
  { key: 'low', n: 40, mean: 70, sd: 5 },
  { key: 'mid', n: 20, mean: 80, sd: 5 },
];

describe('shrinkMeans', () => {
  const out = new Map(shrinkMeans(groups, 95).map((s) => [s.key, s]));
  const grand = (2 * 90 + 40 * 90 + 40 * 70 + 20 * 80) / 102;
  it('pulls a 2-person group harder than a 40-person one with the same raw mean', () => {
    const two = out.get('two')!;
    const forty = out.get('forty')!;
    expect(two.raw).toBe(90);
    expect(forty.raw).toBe(90);
    expect(two.weight!).toBeLessThan(forty.weight!);
    expect(two.shrunk!).toBeLessThan(forty.shrunk!);
    expect(two.shrunk!).toBeGreaterThan(grand);
    expect(forty.shrunk!).toBeGreaterThan(89.9); // 40 learners: almost its own mean
    expect(two.high! - two.low!).toBeGreaterThan(forty.high! - forty.low!);
  });
  it('matches the method-of-moments figures computed by hand', () => {
    const within = 25; // every sd is 5
    const N = 102;
    const spread = 2 * (90 - grand) ** 2 + 40 * (90 - grand) ** 2 + 40 * (70 - grand) ** 2 + 20 * (80 - grand) ** 2;
    const tau2 = (spread - 3 * within) / (N - (4 + 1600 + 1600 + 400) / N);
    const w = tau2 / (tau2 + within / 2);
    expect(out.get('two')!.weight!).toBeCloseTo(w, 10);
    expect(out.get('two')!.shrunk!).toBeCloseTo(grand + w * (90 - grand), 10);
  });
  it('shrinks everyone to the grand mean when the groups differ no more than chance', () => {
    const same = shrinkMeans(
      [
        { key: 'a', n: 10, mean: 80, sd: 10 },
        { key: 'b', n: 12, mean: 81, sd: 10 },
      ],
      95,
    );
    const g = (10 * 80 + 12 * 81) / 22;
    for (const s of same) {
      expect(s.weight).toBe(0);
      expect(s.shrunk!).toBeCloseTo(g, 10);
      expect(s.low!).toBeLessThan(g);
    }
  });
  it('keeps an empty group empty and an unknown spread without an interval', () => {
    expect(shrinkMeans([{ key: 'e', n: 0, mean: 0, sd: null }], 95)[0]).toMatchObject({ shrunk: null, weight: null });
    expect(shrinkMeans([{ key: 'x', n: 1, mean: 7, sd: null }], 95)[0]).toMatchObject({ shrunk: 7, low: null });
  });
});

describe('shrinkRates (beta–binomial)', () => {
  const rates = [
    { key: 'two', k: 2, n: 2 },
    { key: 'forty', k: 40, n: 40 },
    { key: 'half', k: 20, n: 40 },
    { key: 'most', k: 45, n: 60 },
  ];
  const out = new Map(shrinkRates(rates, 95).map((s) => [s.key, s]));
  it('pulls 2 of 2 harder than 40 of 40, toward the pooled rate', () => {
    const two = out.get('two')!;
    const forty = out.get('forty')!;
    expect(two.raw).toBe(1);
    expect(forty.raw).toBe(1);
    expect(two.weight!).toBeLessThan(forty.weight!);
    expect(two.shrunk!).toBeLessThan(forty.shrunk!);
    expect(two.shrunk!).toBeGreaterThan(107 / 142);
    for (const s of out.values()) {
      expect(s.low!).toBeLessThanOrEqual(s.shrunk!);
      expect(s.high!).toBeGreaterThanOrEqual(s.shrunk!);
      expect(s.high!).toBeLessThanOrEqual(1);
    }
  });
  it('has Beta quantiles that invert the distribution (Beta(2, 2) median ½, Beta(1, 1) uniform)', () => {
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 10);
    expect(betaQuantile(0.025, 1, 1)).toBeCloseTo(0.025, 10);
  });
  it('gives the Wilson interval when everyone passed', () => {
    const all = shrinkRates([{ key: 'a', k: 5, n: 5 }], 95)[0];
    expect(all).toMatchObject({ shrunk: 1, high: 1, weight: 1 });
  });
});

describe('rankWhereSeparate', () => {
  const items = [
    { key: 'a', value: 90, low: 88, high: 92 },
    { key: 'b', value: 80, low: 77, high: 83 },
    { key: 'c', value: 79, low: 70, high: 85 }, // overlaps b: neither b nor c is ranked
    { key: 'd', value: 60, low: 55, high: 65 },
    { key: 'e', value: 95, low: null, high: null }, // no interval: never ranked
  ];
  it('ranks only items whose intervals are apart from their neighbours', () => {
    const r = rankWhereSeparate(items);
    expect(Object.fromEntries(r)).toEqual({ a: 1, b: null, c: null, d: 4, e: null });
  });
  it('ranks lowest first when lower is better (AHT)', () => {
    const r = rankWhereSeparate(items, false);
    expect(Object.fromEntries(r)).toEqual({ d: 1, c: null, b: null, a: 4, e: null });
  });
});
