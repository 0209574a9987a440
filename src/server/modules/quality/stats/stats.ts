// Statistics for calibration, evaluator oversight and agent scores (issue 7 items 8–10). Pure
// functions, no database. Written from the textbook definitions (Fleiss 1971; Welch 1947; the
// regularized incomplete beta by its continued fraction, Numerical Recipes §6.4).

export interface MeanInterval {
  n: number;
  mean: number | null;
  sd: number | null;
  low: number | null;
  high: number | null;
  halfWidth: number | null;
}

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample variance (n − 1); NaN for fewer than two values. */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s / (xs.length - 1);
}

export const sd = (xs: readonly number[]) => Math.sqrt(variance(xs));

/** The mean with a t-based interval at `level`; bounds are null when n < 2 (no spread to go on). */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, low: null, high: null, halfWidth: null };
  const m = mean(values);
  if (n < 2) return { n, mean: m, sd: null, low: null, high: null, halfWidth: null };
  const s = sd(values);
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * (s / Math.sqrt(n));
  return { n, mean: m, sd: s, low: m - half, high: m + half, halfWidth: half };
}

// ---- Student's t distribution -------------------------------------------------------------

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; ~15 significant digits). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

// Continued fraction of the incomplete beta (modified Lentz).
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta I_x(a, b). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast only on one side of the mean; use the symmetry on the other.
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with df degrees of freedom (df may be fractional, as in Welch). */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t (bisection on the CDF: slow-ish, exact enough, never diverges). */
export function tQuantile(p: number, df: number): number {
  if (p <= 0 || p >= 1) throw new RangeError('p must be in (0, 1)');
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface WelchResult {
  nA: number;
  nB: number;
  meanA: number;
  meanB: number;
  difference: number;
  t: number;
  df: number;
  p: number;
}
/** A sample as Welch's test needs it: size, mean and sample variance (n − 1). */
export interface Sample {
  n: number;
  mean: number;
  variance: number;
}

/** Welch's two-sample t-test (unequal variances), two-sided. Null when a side has fewer than two
 *  values or both sides have no spread at all. */
export function welchTTest(a: readonly number[], b: readonly number[]): WelchResult | null {
  const sample = (xs: readonly number[]): Sample => ({ n: xs.length, mean: mean(xs), variance: variance(xs) });
  return a.length < 2 || b.length < 2 ? null : welchTTestOf(sample(a), sample(b));
}

/** Welch's test on two samples known only by their size, mean and variance (see welchTTest). */
export function welchTTestOf(a: Sample, b: Sample): WelchResult | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  const difference = a.mean - b.mean;
  if (se2 === 0) {
    return {
      nA: a.n,
      nB: b.n,
      meanA: a.mean,
      meanB: b.mean,
      difference,
      t: difference === 0 ? 0 : Infinity * Math.sign(difference),
      df: a.n + b.n - 2,
      p: difference === 0 ? 1 : 0,
    };
  }
  const t = difference / Math.sqrt(se2);
  const df = se2 ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const p = Math.min(1, regularizedBeta(df / (df + t * t), df / 2, 0.5));
  return { nA: a.n, nB: b.n, meanA: a.mean, meanB: b.mean, difference, t, df, p };
}

// ---- Sums --------------------------------------------------------------------------------------
// n, Σx and Σx² of some values stand for them where only their mean and variance matter: sums of
// groups add up to the sums of the whole, so millions of values fold into a few numbers per group
// (a SQL GROUP BY gives them directly). Values here are scores and shares of 0–100, where the
// rounding of Σx² − (Σx)²/n is far below the precision figures are shown at.

export interface Sums {
  n: number;
  sum: number;
  sumSq: number;
}

export const noSums = (): Sums => ({ n: 0, sum: 0, sumSq: 0 });

/** Adds b's values to a. */
export function addSums(a: Sums, b: Sums) {
  a.n += b.n;
  a.sum += b.sum;
  a.sumSq += b.sumSq;
}

/** Adds one value to s. */
export function addValue(s: Sums, x: number) {
  s.n++;
  s.sum += x;
  s.sumSq += x * x;
}

/** a's values less b's (b a part of a). */
export const lessSums = (a: Sums, b: Sums): Sums => ({ n: a.n - b.n, sum: a.sum - b.sum, sumSq: a.sumSq - b.sumSq });

/** Σ(x − mean)²: never below 0 (rounding can take the difference of sums a hair under it). */
export const squaredDeviations = (s: Sums) => Math.max(0, s.sumSq - (s.sum * s.sum) / s.n);

/** The sample as Welch's test needs it (variance NaN below two values, like variance()). */
export const sampleOf = (s: Sums): Sample => ({
  n: s.n,
  mean: s.sum / s.n,
  variance: s.n < 2 ? NaN : squaredDeviations(s) / (s.n - 1),
});

// ---- Agreement -----------------------------------------------------------------------------

export interface FleissResult {
  subjects: number;
  categories: number;
  observed: number;
  expected: number;
  kappa: number | null;
}

/** Fleiss' kappa. `counts[i][j]` = raters who put subject i in category j. Subjects may have
 *  different numbers of raters (each needs two or more; others are skipped): P_i uses its own
 *  n_i and p_j the share of all ratings, which is Fleiss' formula when every n_i is equal.
 *  kappa is null when chance agreement is total (every rating in one category). */
export function fleissKappa(counts: readonly (readonly number[])[]): FleissResult | null {
  const rows = counts.filter((r) => r.reduce((s, x) => s + x, 0) >= 2);
  if (!rows.length) return null;
  const k = Math.max(...rows.map((r) => r.length));
  const totals = new Array<number>(k).fill(0);
  let all = 0;
  let sumP = 0;
  for (const r of rows) {
    const n = r.reduce((s, x) => s + x, 0);
    let sq = 0;
    r.forEach((x, j) => {
      totals[j] += x;
      sq += x * x;
    });
    all += n;
    sumP += (sq - n) / (n * (n - 1));
  }
  const observed = sumP / rows.length;
  const expected = totals.reduce((s, x) => s + (x / all) ** 2, 0);
  const kappa = expected >= 1 - 1e-12 ? null : (observed - expected) / (1 - expected);
  return { subjects: rows.length, categories: k, observed, expected, kappa };
}

/** Landis & Koch's bands, the usual reading of a kappa. */
export function kappaBand(
  kappa: number | null,
): 'none' | 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost_perfect' {
  if (kappa === null) return 'none';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost_perfect';
}
