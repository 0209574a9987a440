import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../quality/stats/stats.js';
import { estimateOf, tCritical } from './estimate.js';

// The t critical value's shortcut from 30 degrees of freedom agrees with the exact quantile, and a
// mean's interval is the textbook one (e.g. 2, 4, 6: mean 4, s = 2, t(0.975, 2) = 4.303).
describe('t critical values and mean intervals', () => {
  it.each([30, 31, 50, 120, 1000, 100000])('df %i: the expansion is within 1e-4 of the exact quantile', (df) => {
    for (const pct of [90, 95, 99])
      expect(Math.abs(tCritical(pct, df) - tQuantile(1 - (1 - pct / 100) / 2, df))).toBeLessThan(1e-4);
  });

  it('gives the textbook interval of a small sample', () => {
    const e = estimateOf([2, 4, 6], 95);
    expect(e.n).toBe(3);
    expect(e.value).toBe(4);
    expect(e.high! - 4).toBeCloseTo((4.302653 * 2) / Math.sqrt(3), 4);
  });
});
