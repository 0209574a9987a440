// Empirical Bayes shrinkage of group means and rates toward the center (issue 22 item 4: two lucky
// trainees do not make a star), and ranking only where intervals separate. Pure functions.
//
// Means (normal–normal): σ² = the pooled within-group variance (Σ(nᵢ−1)sdᵢ² / Σ(nᵢ−1)), used for
// every group (a 2-person group's own sd says little); μ = the n-weighted grand mean; τ² = the
// between-group variance by the method of moments of one-way ANOVA, max(0, (Σnᵢ(mᵢ−μ)² − (k−1)σ²)
// / (N − Σnᵢ²/N)). Weight Bᵢ = τ² / (τ² + σ²/nᵢ); shrunk = μ + Bᵢ(mᵢ − μ); its variance
// Bᵢσ²/nᵢ + (1−Bᵢ)²·Var(μ), Var(μ) = τ²Σnᵢ²/N² + σ²/N; interval shrunk ± z·sd.
// Rates (beta–binomial): p̄ = Σk/Σn, τ² as above on the rates with σ² = p̄(1−p̄); the prior
// Beta(M·p̄, M·(1−p̄)) with M = p̄(1−p̄)/τ² − 1, capped at N (the prior never weighs more than the
// whole center's data); shrunk = (k + M·p̄)/(n + M), weight n/(n + M), interval the posterior
// Beta's equal-tailed quantiles.
import { regularizedBeta } from '../../quality/stats/stats.js';
import { confidenceLevel, zFor } from './normal.js';
import { wilson } from './rates.js';

export interface Shrunk {
  key: string;
  n: number;
  raw: number | null;
  shrunk: number | null;
  low: number | null;
  high: number | null;
  /** The share of the estimate that is the group's own data (0 = all center, 1 = all own). */
  weight: number | null;
}

export interface MeanGroup {
  key: string;
  n: number;
  mean: number;
  sd: number | null;
}

export interface RateGroup {
  key: string;
  k: number;
  n: number;
}

/** Method-of-moments between-group variance for values vᵢ of nᵢ with within variance σ². */
function betweenVariance(groups: { n: number; value: number }[], grand: number, within: number): number {
  const N = groups.reduce((s, g) => s + g.n, 0);
  const sumSqN = groups.reduce((s, g) => s + g.n * g.n, 0);
  const denominator = N - sumSqN / N;
  if (groups.length < 2 || denominator <= 0) return 0;
  const spread = groups.reduce((s, g) => s + g.n * (g.value - grand) ** 2, 0);
  return Math.max(0, (spread - (groups.length - 1) * within) / denominator);
}

export function shrinkMeans(groups: readonly MeanGroup[], confidence: number): Shrunk[] {
  const z = zFor(confidence);
  const real = groups.filter((g) => g.n > 0);
  const N = real.reduce((s, g) => s + g.n, 0);
  const empty = (g: MeanGroup): Shrunk => ({
    key: g.key,
    n: g.n,
    raw: null,
    shrunk: null,
    low: null,
    high: null,
    weight: null,
  });
  if (N === 0) return groups.map(empty);
  const grand = real.reduce((s, g) => s + g.n * g.mean, 0) / N;
  let ss = 0;
  let df = 0;
  for (const g of real) {
    if (g.sd !== null && g.n > 1) {
      ss += (g.n - 1) * g.sd * g.sd;
      df += g.n - 1;
    }
  }
  const within = df > 0 ? ss / df : null;
  return groups.map((g) => {
    if (g.n <= 0) return empty(g);
    // No spread to go on: the group's own mean, without an interval.
    if (within === null) return { key: g.key, n: g.n, raw: g.mean, shrunk: g.mean, low: null, high: null, weight: 1 };
    const tau2 = betweenVariance(
      real.map((r) => ({ n: r.n, value: r.mean })),
      grand,
      within,
    );
    const sampling = within / g.n;
    const weight = real.length < 2 ? 1 : tau2 + sampling > 0 ? tau2 / (tau2 + sampling) : 1;
    const shrunk = grand + weight * (g.mean - grand);
    const varGrand = (tau2 * real.reduce((s, r) => s + r.n * r.n, 0)) / (N * N) + within / N;
    const sd = Math.sqrt(weight * sampling + (1 - weight) ** 2 * varGrand);
    return { key: g.key, n: g.n, raw: g.mean, shrunk, low: shrunk - z * sd, high: shrunk + z * sd, weight };
  });
}

/** The p-quantile of Beta(a, b) (bisection on the regularized incomplete beta). */
export function betaQuantile(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedBeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function shrinkRates(groups: readonly RateGroup[], confidence: number): Shrunk[] {
  const level = confidenceLevel(confidence);
  const real = groups.filter((g) => g.n > 0);
  const N = real.reduce((s, g) => s + g.n, 0);
  const K = real.reduce((s, g) => s + g.k, 0);
  const grand = N > 0 ? K / N : 0;
  return groups.map((g) => {
    if (g.n <= 0) return { key: g.key, n: g.n, raw: null, shrunk: null, low: null, high: null, weight: null };
    const raw = g.k / g.n;
    // Everyone at 0 or at 1: nothing to pull toward but the same value; Wilson says how sure.
    if (grand <= 0 || grand >= 1) {
      const w = wilson(g.k, g.n, confidence);
      return { key: g.key, n: g.n, raw, shrunk: raw, low: w.low, high: w.high, weight: 1 };
    }
    const within = grand * (1 - grand);
    const tau2 = betweenVariance(
      real.map((r) => ({ n: r.n, value: r.k / r.n })),
      grand,
      within,
    );
    const M = real.length < 2 ? 0 : tau2 > 0 ? Math.min(N, Math.max(0, within / tau2 - 1)) : N;
    const a = g.k + M * grand;
    const b = g.n - g.k + M * (1 - grand);
    const tail = (1 - level) / 2;
    return {
      key: g.key,
      n: g.n,
      raw,
      shrunk: a / (a + b),
      low: a > 0 ? betaQuantile(tail, a, b) : 0,
      high: b > 0 ? betaQuantile(1 - tail, a, b) : 1,
      weight: g.n / (g.n + M),
    };
  });
}

export interface RankItem<K> {
  key: K;
  value: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Ranks 1…n by value (highest first, or lowest first when `higherIsBetter` is false — e.g. AHT),
 * but gives a rank only to an item whose interval overlaps neither neighbour's in that order: an
 * item that cannot be told apart from the one above or below gets null (no shared tiers). Items
 * without a value or interval are never ranked and do not count as neighbours.
 */
export function rankWhereSeparate<K>(items: readonly RankItem<K>[], higherIsBetter = true): Map<K, number | null> {
  const out = new Map<K, number | null>();
  const ranked = items.filter((i) => i.value !== null && i.low !== null && i.high !== null);
  for (const i of items) out.set(i.key, null);
  const sign = higherIsBetter ? -1 : 1;
  ranked.sort((a, b) => sign * (a.value! - b.value!));
  const apart = (upper: RankItem<K>, lower: RankItem<K>) =>
    higherIsBetter ? upper.low! > lower.high! : upper.high! < lower.low!;
  ranked.forEach((item, i) => {
    const above = ranked[i - 1];
    const below = ranked[i + 1];
    if ((!above || apart(above, item)) && (!below || apart(item, below))) out.set(item.key, i + 1);
  });
  return out;
}
