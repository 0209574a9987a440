// The normal and chi-square distributions the analytics statistics need (issue 22). Pure functions.
// The regularized lower incomplete gamma P(a, x) by its series and continued fraction (Numerical
// Recipes §6.2) gives both: Φ(x) = ½ + ½·sign(x)·P(½, x²/2) and the χ² tail Q(df/2, χ²/2).
import { logGamma } from '../../quality/stats/stats.js';

/** The regularized lower incomplete gamma P(a, x), a > 0, x ≥ 0 (~1e-14). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lnFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return sum * Math.exp(lnFront);
  }
  // Q(a, x) by the modified Lentz continued fraction, P = 1 − Q.
  const TINY = 1e-300;
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return 1 - Math.exp(lnFront) * h;
}

/** Φ(x), the standard normal CDF. */
export function normalCdf(x: number): number {
  const half = 0.5 * gammaP(0.5, (x * x) / 2);
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

/** The p-quantile of the standard normal (bisection on Φ: never diverges, 1e-12 exact). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('p must be in (0, 1)');
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * A confidence as a fraction in (0, 1). The setting analytics.confidencePercent is a percent (95);
 * callers may pass it as is or as a fraction (0.95): any value above 1 is read as a percent.
 */
export function confidenceLevel(confidence: number): number {
  const level = confidence > 1 ? confidence / 100 : confidence;
  if (!(level > 0 && level < 1)) throw new RangeError('confidence must be in (0, 1) or (0, 100)');
  return level;
}

/** The two-sided normal critical value for a confidence (95 or 0.95 → 1.959964). */
export function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidenceLevel(confidence)) / 2);
}

/** P(X ≥ x) for X ~ χ² with df degrees of freedom. */
export function chiSquareTail(x: number, df: number): number {
  if (x <= 0) return 1;
  return Math.max(0, 1 - gammaP(df / 2, x / 2));
}
