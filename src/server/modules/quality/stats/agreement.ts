import { xoshiro128 } from '../sampling/sampling.rng.js';
import { fleissKappa } from './stats.js';

// Inter-rater agreement per item kind (issue 17 item 5). Pure functions, no database.
//  - yes/no items: Fleiss' kappa (Fleiss 1971), the categories being nominal.
//  - 0..max scale items: Krippendorff's alpha with the ordinal metric (Krippendorff 2011,
//    "Computing Krippendorff's Alpha-Reliability"). Chosen over quadratic-weighted kappa because
//    weighted kappa is defined for two fixed raters, while a calibration session has any number
//    of evaluators, not every one scores every call, and an N/A answer has no place on the scale:
//    alpha takes any number of coders and missing values as they come. The ordinal metric uses
//    only the order of the values (a 4 is between a 3 and a 5), not that the steps are equal.
//  - points items: the same alpha with the interval metric (their values are quantities).
// Each figure comes with a 95% percentile interval from a bootstrap over clusters (the
// interactions of a session), drawn with a seeded generator so a report reads the same twice.

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';
export interface AlphaResult {
  alpha: number | null;
  units: number;
  pairable: number;
  observed: number;
  expected: number;
}

/** Krippendorff's alpha. `units[u]` holds the values coders gave unit u (missing ones left out);
 *  units with fewer than two values are not pairable and are skipped. alpha is null when there
 *  is no expected disagreement (every pairable value the same). */
export function krippendorffAlpha(units: readonly (readonly number[])[], metric: AlphaMetric): AlphaResult | null {
  const pairable = units.filter((u) => u.length >= 2);
  if (!pairable.length) return null;
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const k = values.length;
  // The coincidence matrix: each ordered pair of values in a unit, weighted 1 / (m_u − 1).
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const u of pairable) {
    const w = 1 / (u.length - 1);
    for (let i = 0; i < u.length; i++) {
      for (let j = 0; j < u.length; j++) if (i !== j) o[index.get(u[i])!][index.get(u[j])!] += w;
    }
  }
  const nc = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nc.reduce((s, x) => s + x, 0);
  const delta = distance(metric, values, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      const dd = delta(c, d);
      observed += o[c][d] * dd;
      expected += nc[c] * nc[d] * dd;
    }
  }
  observed /= n;
  expected /= n * (n - 1);
  const alpha = expected === 0 ? null : 1 - observed / expected;
  return { alpha, units: pairable.length, pairable: n, observed, expected };
}

/** δ² between the c-th and d-th value (values sorted, nc their marginal totals). */
function distance(metric: AlphaMetric, values: number[], nc: number[]): (c: number, d: number) => number {
  if (metric === 'nominal') return (c, d) => (c === d ? 0 : 1);
  if (metric === 'interval') return (c, d) => (values[c] - values[d]) ** 2;
  // Ordinal: the marginals from one value to the other, less half of the two ends, squared.
  const cum = [0];
  for (const x of nc) cum.push(cum[cum.length - 1] + x);
  return (c, d) => {
    const lo = Math.min(c, d);
    const hi = Math.max(c, d);
    return lo === hi ? 0 : (cum[hi + 1] - cum[lo] - (nc[lo] + nc[hi]) / 2) ** 2;
  };
}

export interface Interval {
  low: number;
  high: number;
}

/** A percentile bootstrap interval of `stat` over `clusters`: each resample draws as many clusters
 *  as there are, with replacement, and computes the statistic on all their subjects together.
 *  Resamples where the statistic is undefined are left out; null when fewer than half remain. */
export function bootstrapInterval<T>(
  clusters: readonly (readonly T[])[],
  stat: (subjects: T[]) => number | null,
  opts: { resamples: number; seed: number; level: number },
): Interval | null {
  if (clusters.length < 2) return null;
  const rand = xoshiro128(opts.seed);
  const got: number[] = [];
  for (let b = 0; b < opts.resamples; b++) {
    const subjects: T[] = [];
    for (let i = 0; i < clusters.length; i++) subjects.push(...clusters[Math.floor(rand() * clusters.length)]);
    const v = stat(subjects);
    if (v !== null && Number.isFinite(v)) got.push(v);
  }
  if (got.length < opts.resamples / 2) return null;
  got.sort((a, b) => a - b);
  const tail = (1 - opts.level) / 2;
  return { low: quantile(got, tail), high: quantile(got, 1 - tail) };
}

/** The p-quantile of sorted values, linear between order statistics (type 7). */
function quantile(sorted: readonly number[], p: number) {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

/** Fleiss' kappa of subjects given as category counts, for the bootstrap. */
export const kappaOf = (subjects: readonly (readonly number[])[]) => fleissKappa(subjects)?.kappa ?? null;
