import { describe, expect, it } from 'vitest';
import { chiSquareTail, normalCdf, zFor } from './normal.js';
import { kaplanMeier, logRank, survivalAt, type Subject } from './survival.js';

// Published worked example: the 6-MP leukemia remission trial (Freireich et al. 1963, Blood 21:699),
// as analysed by Gehan (1965) and in Klein & Moeschberger, "Survival Analysis" (2nd ed. 2003),
// Table 4.1A (Kaplan–Meier with Greenwood standard errors), and Kleinbaum & Klein, "Survival
// Analysis: A Self-Learning Text", ch. 2 (log-rank χ² = 16.79, p < 0.001; R's survdiff gives
// Chisq = 16.8, p = 4e-05; observed 9 vs expected 19.25 for 6-MP). The log(−log) bands are R's
// survfit(conf.type = "log-log") and scipy.stats.ecdf(...).sf.confidence_interval(method='log-log'),
// checked by computing them here.
const sixMp: Subject[] = [
  [6, 1], [6, 1], [6, 1], [6, 0], [7, 1], [9, 0], [10, 1], [10, 0], [11, 0], [13, 1], [16, 1],
  [17, 0], [19, 0], [20, 0], [22, 1], [23, 1], [25, 0], [32, 0], [32, 0], [34, 0], [35, 0],
].map(([time, e]) => ({ time, event: e === 1 })); // prettier-ignore
const placebo: Subject[] = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23].map((time) => ({
  time,
  event: true,
}));

describe('the normal and χ² distributions', () => {
  it('gives the textbook critical values', () => {
    expect(zFor(95)).toBeCloseTo(1.959964, 6);
    expect(zFor(0.95)).toBeCloseTo(1.959964, 6);
    expect(zFor(90)).toBeCloseTo(1.644854, 6);
    expect(zFor(99)).toBeCloseTo(2.575829, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(chiSquareTail(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareTail(5.991465, 2)).toBeCloseTo(0.05, 6);
  });
  it('refuses a confidence outside (0, 100)', () => {
    expect(() => zFor(0)).toThrow(RangeError);
    expect(() => zFor(100)).toThrow(RangeError);
  });
});

describe('Kaplan–Meier on the 6-MP arm (Klein & Moeschberger Table 4.1A)', () => {
  const steps = kaplanMeier(sixMp, 95);
  const events = steps.filter((s) => s.events > 0);
  const published = [
    // time, at risk, deaths, S(t), Greenwood SE, log(−log) 95% band
    [6, 21, 3, 0.8571, 0.0764, 0.6197, 0.9516],
    [7, 17, 1, 0.8067, 0.0869, 0.5631, 0.9228],
    [10, 15, 1, 0.7529, 0.0963, 0.5032, 0.8894],
    [13, 12, 1, 0.6902, 0.1068, 0.4316, 0.8491],
    [16, 11, 1, 0.6275, 0.1141, 0.3675, 0.8049],
    [22, 7, 1, 0.5378, 0.1282, 0.2678, 0.7468],
    [23, 6, 1, 0.4482, 0.1346, 0.1881, 0.6801],
  ];
  it('has the published survival, Greenwood SE and band at each event time', () => {
    expect(events.map((s) => s.time)).toEqual(published.map((p) => p[0]));
    published.forEach(([, atRisk, d, survival, se, low, high], i) => {
      expect(events[i].atRisk).toBe(atRisk);
      expect(events[i].events).toBe(d);
      expect(events[i].survival).toBeCloseTo(survival, 4);
      expect(events[i].se).toBeCloseTo(se, 4);
      expect(events[i].low).toBeCloseTo(low, 4);
      expect(events[i].high).toBeCloseTo(high, 4);
    });
  });
  it('keeps censored-only times as steps that do not drop the curve', () => {
    const at9 = steps.find((s) => s.time === 9)!;
    expect(at9).toMatchObject({ atRisk: 16, events: 0, censored: 1 });
    expect(at9.survival).toBeCloseTo(0.8067, 4);
    expect(steps.at(-1)).toMatchObject({ time: 35, atRisk: 1, censored: 1 });
  });
  it('reads the step function at any time, null past the longest follow-up', () => {
    expect(survivalAt(steps, 3)).toEqual({ survival: 1, low: 1, high: 1, atRisk: 21 });
    const at12 = survivalAt(steps, 12)!;
    expect(at12.survival).toBeCloseTo(0.7529, 4);
    expect(at12.atRisk).toBe(12); // followed at least 12 weeks: 13, 16, 17, … (12 people)
    expect(survivalAt(steps, 23)!.survival).toBeCloseTo(0.4482, 4);
    expect(survivalAt(steps, 35)!.atRisk).toBe(1);
    expect(survivalAt(steps, 36)).toBeNull();
    expect(survivalAt([], 1)).toBeNull();
  });
  it('falls to 0 with a [0, 0] band when the last person at risk leaves', () => {
    const s = kaplanMeier(placebo, 95);
    expect(s.at(-1)).toMatchObject({ time: 23, survival: 0, low: 0, high: 0 });
    expect(s[0]).toMatchObject({ time: 1, atRisk: 21, events: 2 });
    expect(s[0].survival).toBeCloseTo(19 / 21, 10);
  });
});

describe('log-rank, 6-MP vs placebo (Kleinbaum & Klein; R survdiff)', () => {
  it('gives χ² ≈ 16.79 with 1 df, p ≈ 4.2e-5, observed 9 / 21 against expected 19.25 / 10.75', () => {
    const r = logRank(sixMp, placebo);
    expect(r.chiSquare).toBeCloseTo(16.793, 3);
    expect(r.p).toBeCloseTo(4.169e-5, 7);
    expect(r.observed).toEqual([9, 21]);
    expect(r.expected[0]).toBeCloseTo(19.25, 2);
    expect(r.expected[1]).toBeCloseTo(10.75, 2);
  });
  it('is symmetric and gives no difference for identical groups', () => {
    expect(logRank(placebo, sixMp).chiSquare).toBeCloseTo(logRank(sixMp, placebo).chiSquare, 10);
    const same = logRank(sixMp, sixMp);
    expect(same.chiSquare).toBeCloseTo(0, 10);
    expect(same.p).toBeCloseTo(1, 10);
    expect(logRank([], []).chiSquare).toBe(0);
  });
});
