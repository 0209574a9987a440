import { describe, expect, it } from 'vitest';
import { fleissKappa, kappaBand, meanInterval, regularizedBeta, tCdf, tQuantile, welchTTest } from './stats.js';

// Published values: Fleiss (1971) / Wikipedia "Fleiss' kappa" worked example; t tables; the
// Welch t-test example of Wikipedia (R's t.test) and scipy.stats for a second case.
describe('Fleiss kappa', () => {
  it('gives 0.210 on the published example (10 subjects, 14 raters, 5 categories)', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const r = fleissKappa(table)!;
    expect(r.observed).toBeCloseTo(0.378, 3);
    expect(r.expected).toBeCloseTo(0.213, 3);
    expect(r.kappa!).toBeCloseTo(0.21, 3);
    expect(kappaBand(r.kappa)).toBe('fair');
  });
  it('is 1 for perfect agreement across categories and null when all ratings share one category', () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
        [3, 0],
      ])!.kappa,
    ).toBeCloseTo(1, 10);
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ])!.kappa,
    ).toBeNull();
  });
  it('is negative when raters split more than chance would', () => {
    expect(
      fleissKappa([
        [1, 1],
        [1, 1],
        [1, 1],
      ])!.kappa!,
    ).toBeLessThan(0);
  });
});

describe('Student t', () => {
  it('matches table values of the CDF and quantiles', () => {
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(tCdf(2.015048, 5)).toBeCloseTo(0.95, 6);
    expect(tCdf(-2.228139, 10)).toBeCloseTo(0.025, 6);
    expect(tCdf(1.959964, 1e7)).toBeCloseTo(0.975, 6); // → normal
    expect(tCdf(1, 1)).toBeCloseTo(0.75, 12); // Cauchy: 1/2 + atan(1)/π
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.302653, 5);
    expect(tQuantile(0.975, 29)).toBeCloseTo(2.04523, 5);
    expect(tQuantile(0.995, 4)).toBeCloseTo(4.604095, 5);
  });
  it('computes the regularized incomplete beta at known points', () => {
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(regularizedBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 4); // 6x²/2 − 8x³/3 + 3x⁴/4 … = 0.3483
    expect(regularizedBeta(0.2, 1, 1)).toBeCloseTo(0.2, 12);
  });
});

describe('Welch t-test', () => {
  it('matches R t.test(a, b) on a textbook pair', () => {
    // R: t.test(c(27.5,21,19,23.6,17,17.9,16.9,20.1,21.9,22.6,23.1,19.6,19,21.7,21.4),
    //           c(27.1,22,20.8,23.4,23.4,23.5,25.8,22,24.8,20.2,21.9,22.1,22.9,20.5,24.4))
    //   t = -2.4554, df = 24.988, p-value = 0.02135
    const a = [27.5, 21, 19, 23.6, 17, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19, 21.7, 21.4];
    const b = [27.1, 22, 20.8, 23.4, 23.4, 23.5, 25.8, 22, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const r = welchTTest(a, b)!;
    expect(r.t).toBeCloseTo(-2.4554, 3);
    expect(r.df).toBeCloseTo(24.988, 2);
    expect(r.p).toBeCloseTo(0.02135, 4);
  });
  it('matches scipy on unequal sizes and variances', () => {
    // scipy.stats.ttest_ind(a, b, equal_var=False) → t = 4.059062, df = 10.888144, p = 0.0019256
    const r = welchTTest([85, 90, 88, 92, 95, 91], [80, 70, 85, 78, 82, 75, 90, 72])!;
    expect(r.t).toBeCloseTo(4.059062, 5);
    expect(r.df).toBeCloseTo(10.888144, 5);
    expect(r.p).toBeCloseTo(0.0019256, 6);
  });
  it('refuses to test on fewer than two values a side', () => {
    expect(welchTTest([1], [1, 2, 3])).toBeNull();
  });
});

describe('meanInterval', () => {
  it('gives the t interval by hand: 80, 85, 90 → 85 ± 4.3027·5/√3', () => {
    const r = meanInterval([80, 85, 90]);
    expect(r.mean).toBe(85);
    expect(r.halfWidth!).toBeCloseTo((4.302653 * 5) / Math.sqrt(3), 4); // 12.4207
    expect(r.low!).toBeCloseTo(85 - 12.4207, 3);
    expect(r.high!).toBeCloseTo(85 + 12.4207, 3);
  });
  it('has no bounds with one value and no mean with none', () => {
    expect(meanInterval([70])).toMatchObject({ n: 1, mean: 70, low: null, high: null });
    expect(meanInterval([])).toMatchObject({ n: 0, mean: null });
  });
});
