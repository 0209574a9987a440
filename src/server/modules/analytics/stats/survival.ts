// Kaplan–Meier survival with Greenwood's variance, and the log-rank test (Kaplan & Meier 1958;
// Greenwood 1926; Mantel 1966). Pure functions, no database.
//
// The band: pointwise, on the log(−log S) scale (Kalbfleisch & Prentice 1980; the default
// conf.type "log-log" of Stata and SAS), so the bounds stay inside [0, 1]:
//   θ = log(−log S), se(θ) = sqrt(Σ d/(n(n−d))) / |log S|, bounds S^exp(±z·se(θ)).
// At S = 1 (nobody has left yet) the band is [1, 1]; once S reaches 0 it is [0, 0].
import { chiSquareTail, zFor } from './normal.js';

/** One person: days since hire, and whether they left then (false = censored: still employed, or
 *  left for another reason when the caller wants one cause). */
export interface Subject {
  time: number;
  event: boolean;
}

export interface SurvivalStep {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  /** Greenwood standard error of the survival. */
  se: number;
  low: number;
  high: number;
}

interface Tally {
  time: number;
  events: number;
  censored: number;
}

/** Distinct times in order with events and censorings at each. */
function tally(subjects: readonly Subject[]): Tally[] {
  const byTime = new Map<number, Tally>();
  for (const s of subjects) {
    if (!Number.isFinite(s.time) || s.time < 0) throw new RangeError(`survival: bad time ${s.time}`);
    const t = byTime.get(s.time) ?? { time: s.time, events: 0, censored: 0 };
    if (s.event) t.events++;
    else t.censored++;
    byTime.set(s.time, t);
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}

/**
 * The Kaplan–Meier estimate: one step per distinct time (with an event or a censoring). Someone
 * censored at the time of an event counts as at risk for it (events come first, as usual).
 */
export function kaplanMeier(subjects: readonly Subject[], confidence: number): SurvivalStep[] {
  const z = zFor(confidence);
  let atRisk = subjects.length;
  let survival = 1;
  let greenwood = 0; // Σ d / (n (n − d))
  const steps: SurvivalStep[] = [];
  for (const t of tally(subjects)) {
    if (t.events > 0) {
      survival *= 1 - t.events / atRisk;
      greenwood += atRisk > t.events ? t.events / (atRisk * (atRisk - t.events)) : 0;
    }
    const se = survival * Math.sqrt(greenwood);
    let low = survival;
    let high = survival;
    if (survival > 0 && survival < 1) {
      const seTheta = Math.sqrt(greenwood) / Math.abs(Math.log(survival));
      low = survival ** Math.exp(z * seTheta);
      high = survival ** Math.exp(-z * seTheta);
    }
    steps.push({ time: t.time, atRisk, events: t.events, censored: t.censored, survival, se, low, high });
    atRisk -= t.events + t.censored;
  }
  return steps;
}

/**
 * The step function at `time`: the last step at or before it (1 before the first event). Null when
 * nobody was followed that long (every subject's time is below `time`). atRisk = those still
 * followed at `time` (time ≥ it).
 */
export function survivalAt(
  steps: readonly SurvivalStep[],
  time: number,
): { survival: number; low: number; high: number; atRisk: number } | null {
  if (steps.length === 0 || steps[steps.length - 1].time < time) return null;
  let value = { survival: 1, low: 1, high: 1 };
  let atRisk = steps[0].atRisk;
  for (const s of steps) {
    if (s.time <= time) value = { survival: s.survival, low: s.low, high: s.high };
    if (s.time < time) atRisk = s.atRisk - s.events - s.censored;
    else break;
  }
  return { ...value, atRisk };
}

export interface LogRankResult {
  chiSquare: number;
  /** P(χ²₁ ≥ chiSquare): small when the two curves differ. */
  p: number;
  observed: [number, number];
  expected: [number, number];
}

/** The log-rank test of two groups (Mantel–Haenszel form, hypergeometric variance, 1 df). */
export function logRank(a: readonly Subject[], b: readonly Subject[]): LogRankResult {
  const times = new Map<number, { dA: number; dB: number; cA: number; cB: number }>();
  const add = (subjects: readonly Subject[], side: 'A' | 'B') => {
    for (const s of subjects) {
      const t = times.get(s.time) ?? { dA: 0, dB: 0, cA: 0, cB: 0 };
      if (s.event) t[`d${side}`]++;
      else t[`c${side}`]++;
      times.set(s.time, t);
    }
  };
  add(a, 'A');
  add(b, 'B');
  let nA = a.length;
  let nB = b.length;
  let oA = 0;
  let oB = 0;
  let eA = 0;
  let eB = 0;
  let variance = 0;
  for (const [, t] of [...times.entries()].sort((x, y) => x[0] - y[0])) {
    const n = nA + nB;
    const d = t.dA + t.dB;
    if (d > 0 && n > 0) {
      oA += t.dA;
      oB += t.dB;
      eA += (d * nA) / n;
      eB += (d * nB) / n;
      if (n > 1) variance += (d * (nA / n) * (nB / n) * (n - d)) / (n - 1);
    }
    nA -= t.dA + t.cA;
    nB -= t.dB + t.cB;
  }
  const chiSquare = variance > 0 ? (oA - eA) ** 2 / variance : 0;
  return { chiSquare, p: chiSquareTail(chiSquare, 1), observed: [oA, oB], expected: [eA, eB] };
}
