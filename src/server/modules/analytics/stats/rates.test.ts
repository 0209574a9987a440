import { describe, expect, it } from 'vitest';
import { wilson } from './rates.js';

// Published worked examples: Newcombe R.G. (1998), "Two-sided confidence intervals for the single
// proportion: comparison of seven methods", Statistics in Medicine 17:857–872, Table I, method 3
// (Wilson score, no continuity correction), 95%.
describe('Wilson interval (Newcombe 1998, Table I, method 3)', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → %f–%f', (k, n, low, high) => {
    const r = wilson(k, n, 95);
    expect(r.n).toBe(n);
    expect(r.k).toBe(k);
    expect(r.rate).toBeCloseTo(k / n, 12);
    expect(r.low!).toBeCloseTo(low, 4);
    expect(r.high!).toBeCloseTo(high, 4);
  });
  it('stays inside [0, 1] at k = n and is null for n = 0', () => {
    expect(wilson(29, 29, 95)).toMatchObject({ rate: 1, high: 1 });
    expect(wilson(29, 29, 95).low!).toBeCloseTo(0.883, 3);
    expect(wilson(0, 0, 95)).toEqual({ n: 0, k: 0, rate: null, low: null, high: null });
  });
  it('widens with the confidence and takes a fraction as well as a percent', () => {
    const w90 = wilson(81, 263, 90);
    const w99 = wilson(81, 263, 0.99);
    expect(w99.high! - w99.low!).toBeGreaterThan(w90.high! - w90.low!);
    expect(wilson(81, 263, 0.95)).toEqual(wilson(81, 263, 95));
  });
  it('refuses k > n or a negative count', () => {
    expect(() => wilson(3, 2, 95)).toThrow(RangeError);
    expect(() => wilson(-1, 2, 95)).toThrow(RangeError);
  });
});
