// The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3 — no continuity
// correction). It stays inside [0, 1] and behaves at k = 0 and k = n, unlike the Wald interval.
import type { Proportion } from '../../../../common/analytics.js';
import { zFor } from './normal.js';

/** k successes of n with the Wilson interval at `confidence` (95 or 0.95); nulls when n = 0. */
export function wilson(k: number, n: number, confidence: number): Proportion {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`wilson: need integers 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  }
  if (n === 0) return { n, k, rate: null, low: null, high: null };
  const z = zFor(confidence);
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    n,
    k,
    rate: p,
    low: k === 0 ? 0 : Math.max(0, centre - half),
    high: k === n ? 1 : Math.min(1, centre + half),
  };
}
