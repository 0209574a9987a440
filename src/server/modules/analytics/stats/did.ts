// Difference in differences on per-person change scores (issue 22 item 3, level 4): each person's
// after − before, then the mean change of the trained less the mean change of the comparison
// group, with Welch's interval (unequal variances, Welch–Satterthwaite df). Pure functions.
import type { Estimate } from '../../../../common/analytics.js';
import { mean, tQuantile, variance } from '../../quality/stats/stats.js';
import { confidenceLevel } from './normal.js';

export interface BeforeAfter {
  before: number;
  after: number;
}

export interface DiffInDiff {
  effect: Estimate;
  treatedChange: Estimate;
  controlChange: Estimate;
}

const changes = (rows: readonly BeforeAfter[]) => rows.map((r) => r.after - r.before);

/** A mean with its t interval; bounds null when n < 2. */
function meanEstimate(xs: readonly number[], level: number): Estimate {
  const n = xs.length;
  if (n === 0) return { n, value: null, low: null, high: null };
  const m = mean(xs);
  if (n < 2) return { n, value: m, low: null, high: null };
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance(xs) / n);
  return { n, value: m, low: m - half, high: m + half };
}

/**
 * effect = mean Δ(treated) − mean Δ(control) with a Welch interval; its n is both groups together.
 * Bounds are null when a group has fewer than two people; the value is null when a group is empty.
 */
export function diffInDiff(
  treated: readonly BeforeAfter[],
  control: readonly BeforeAfter[],
  confidence: number,
): DiffInDiff {
  const level = confidenceLevel(confidence);
  const dt = changes(treated);
  const dc = changes(control);
  const treatedChange = meanEstimate(dt, level);
  const controlChange = meanEstimate(dc, level);
  const n = dt.length + dc.length;
  if (treatedChange.value === null || controlChange.value === null) {
    return { effect: { n, value: null, low: null, high: null }, treatedChange, controlChange };
  }
  const value = treatedChange.value - controlChange.value;
  if (dt.length < 2 || dc.length < 2)
    return { effect: { n, value, low: null, high: null }, treatedChange, controlChange };
  const vt = variance(dt) / dt.length;
  const vc = variance(dc) / dc.length;
  const se2 = vt + vc;
  if (se2 === 0) return { effect: { n, value, low: value, high: value }, treatedChange, controlChange };
  const df = se2 ** 2 / (vt ** 2 / (dt.length - 1) + vc ** 2 / (dc.length - 1));
  const half = tQuantile(1 - (1 - level) / 2, df) * Math.sqrt(se2);
  return { effect: { n, value, low: value - half, high: value + half }, treatedChange, controlChange };
}
