import { addDays } from '../../../lib/clock.js';

// The decline rule of early warnings (issue 22 item 5), pure so it is tested without a database.
// Over the last N full weeks (Monday–Sunday, center days) a weekly value is counted only when the
// week had enough evaluations or contacts; a decline needs at least max(2, N − 1) counted weeks
// (at most one week may be missing). "Worse" is lower for QA, FCR and CSAT and higher for AHT.
//   method 1: the least-squares slope of the counted values (by week position) × (N − 1): the
//             fall over the whole span as the fitted line sees it, from the line's start;
//   method 2: every counted week worse than the counted week before it; the fall is first − last.
// QA is flagged on its fall in points (≥ qaDropPoints); a KPI on its fall as a percent of where it
// started (≥ kpiDropPercent), so an AHT of 300 s growing by 30 s is 10 %.

/** The Mondays of the last `n` full weeks before `today`'s week, oldest first. */
export function spanWeeks(today: string, n: number): string[] {
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  const thisMonday = addDays(today, -((dow + 6) % 7));
  return Array.from({ length: n }, (_, i) => addDays(thisMonday, -7 * (n - i)));
}

export interface DeclineRule {
  method: number; // 1 | 2
  higherIsBetter: boolean;
  /** 'points': judged on the fall itself (QA); 'percent': on the fall relative to the start (KPIs). */
  judgedOn: 'points' | 'percent';
  threshold: number;
}

export interface Decline {
  /** How much worse over the span, in the metric's unit (positive = worse). */
  fall: number;
  fallPercent: number | null;
  /** Indices (week positions) of the first and last counted weeks. */
  first: number;
  last: number;
}

export const minCountedWeeks = (n: number) => Math.max(2, n - 1);

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The decline the weekly values show under the rule, or null when there is none (or too few weeks to tell). */
export function judgeDecline(values: (number | null)[], rule: DeclineRule): Decline | null {
  const pts = values.flatMap((v, i) => (v === null ? [] : [{ x: i, y: v }]));
  if (pts.length < minCountedWeeks(values.length)) return null;
  const sign = rule.higherIsBetter ? 1 : -1;
  let fall: number;
  let start: number;
  if (rule.method === 2) {
    for (let k = 1; k < pts.length; k++) if (sign * (pts[k]!.y - pts[k - 1]!.y) >= 0) return null;
    start = pts[0]!.y;
    fall = sign * (start - pts[pts.length - 1]!.y);
  } else {
    const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const my = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const sxx = pts.reduce((s, p) => s + (p.x - mx) ** 2, 0);
    const slope = pts.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
    start = my - slope * mx; // the fitted value at the span's first week
    fall = -sign * slope * (values.length - 1);
  }
  if (!(fall > 0)) return null;
  const fallPercent = start !== 0 ? (fall / Math.abs(start)) * 100 : null;
  const judged = rule.judgedOn === 'points' ? fall : fallPercent;
  if (judged === null || judged < rule.threshold) return null;
  return {
    fall: round(fall),
    fallPercent: fallPercent === null ? null : round(fallPercent),
    first: pts[0]!.x,
    last: pts[pts.length - 1]!.x,
  };
}
