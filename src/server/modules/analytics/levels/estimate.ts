import type { Estimate } from '../../../../common/analytics.js';
import { squaredDeviations, tQuantile, type Sums } from '../../quality/stats/stats.js';

// A mean with its t interval at the page's confidence, from values or from their sums (n, Σx, Σx²
// of a rollup). Bounds are null below two values: one score says nothing about its spread.

export function estimateOfSums(s: Sums, confidencePercent: number): Estimate {
  if (s.n <= 0) return { n: 0, value: null, low: null, high: null };
  const value = s.sum / s.n;
  if (s.n < 2) return { n: s.n, value, low: null, high: null };
  const sd = Math.sqrt(squaredDeviations(s) / (s.n - 1));
  const half = tQuantile(1 - (1 - confidencePercent / 100) / 2, s.n - 1) * (sd / Math.sqrt(s.n));
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
