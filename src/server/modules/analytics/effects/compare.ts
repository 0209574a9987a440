import type { Estimate } from '../../../../common/analytics.js';
import { EFFECT_METRICS, type EffectMetric } from '../../../../common/analytics-effects.js';
import { tQuantile, welchTTest } from '../../quality/stats/stats.js';

// Two trainers side by side: per metric, the difference of their learners' raw means (a − b) with
// a Welch interval and p-value. Retention compares the 0/1 "still employed at 6 months" of the
// learners hired long enough ago — Welch on 0/1 values is the unpooled two-proportion test.

export function compareMetrics(
  a: Record<EffectMetric, number[]>,
  b: Record<EffectMetric, number[]>,
  confidencePercent: number,
): { metric: EffectMetric; difference: Estimate; p: number | null }[] {
  return EFFECT_METRICS.map((metric) => {
    const xs = a[metric];
    const ys = b[metric];
    const n = xs.length + ys.length;
    const w = welchTTest(xs, ys);
    if (!w) {
      const value = xs.length && ys.length ? avg(xs) - avg(ys) : null;
      return { metric, difference: { n, value, low: null, high: null }, p: null };
    }
    const se = Math.sqrt(variance(xs) / xs.length + variance(ys) / ys.length);
    const half = se === 0 ? 0 : tQuantile(1 - (1 - confidencePercent / 100) / 2, w.df) * se;
    return {
      metric,
      difference: { n, value: w.difference, low: w.difference - half, high: w.difference + half },
      p: w.p,
    };
  });
}

const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
function variance(xs: number[]) {
  const m = avg(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
}
