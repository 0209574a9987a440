import type { Estimate } from '../../../../common/analytics.js';
import { squaredDeviations, tQuantile, type Sums } from '../../quality/stats/stats.js';
import { normalQuantile } from '../stats/index.js';

// A mean with its t interval at the page's confidence, from values or from their sums (n, Σx, Σx²
// of a rollup). Bounds are null below two values: one score says nothing about its spread.

/**
 * The two-sided t critical value. tQuantile bisects the CDF (~1 ms); a page of 80 programs asks
 * for hundreds, so from 30 degrees of freedom the Cornish–Fisher expansion in 1/df is used
 * (Abramowitz & Stegun 26.7.5; off by < 1e-4 there).
 */
export function tCritical(confidencePercent: number, df: number): number {
  const p = 1 - (1 - confidencePercent / 100) / 2;
  if (df < 30) return tQuantile(p, df);
  const z = normalQuantile(p);
  return (
    z +
    (z ** 3 + z) / (4 * df) +
    (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2) +
    (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3)
  );
}

export function estimateOfSums(s: Sums, confidencePercent: number): Estimate {
  if (s.n <= 0) return { n: 0, value: null, low: null, high: null };
  const value = s.sum / s.n;
  if (s.n < 2) return { n: s.n, value, low: null, high: null };
  const sd = Math.sqrt(squaredDeviations(s) / (s.n - 1));
  const half = tCritical(confidencePercent, s.n - 1) * (sd / Math.sqrt(s.n));
  return { n: s.n, value, low: value - half, high: value + half };
}

export function estimateOf(values: readonly number[], confidencePercent: number): Estimate {
  const s: Sums = { n: 0, sum: 0, sumSq: 0 };
  for (const x of values) {
    s.n++;
    s.sum += x;
    s.sumSq += x * x;
  }
  return estimateOfSums(s, confidencePercent);
}

/** 'YYYY-MM' of a day. */
export const monthOf = (day: string) => day.slice(0, 7);

/** The month `n` months after (or before, n < 0) a 'YYYY-MM'. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
