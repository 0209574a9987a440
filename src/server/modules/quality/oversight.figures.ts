import type { ItemResult } from '../../../common/quality-scoring.js';
import { mean, sd, welchTTest } from './stats.js';

// Evaluator oversight figures (SPEC §8 "Evaluators are checked too", issue 7 item 9). Pure.
//
// Comparable evaluations: the same team of agents (the agent's current team) and the same
// business type, within the period. For an evaluator E, each of E's evaluations is compared with
// the mean score the OTHER evaluators gave in its stratum (team × business type); strata that no
// other evaluator scored are left out. Leniency Δ = mean over E's comparable evaluations of
// (E's score − others' mean in that stratum): positive = lenient, negative = harsh. Significance:
// Welch's t-test between E's residuals and the others' residuals around their stratum means
// (two-sided). Every evaluator is tested at once, so the p-values are adjusted by Holm's
// step-down method (the chance of flagging any fair evaluator stays at alpha, however many there
// are). Flagged when E has at least `minEvaluations` comparable evaluations, adjusted p < alpha
// and |Δ| ≥ `points`. Scores are as scored (`score`), not after disputes: the evaluator's own
// judgment.
//
// "Others" is a reference pool made robust to a lenient peer: the most extreme flagged evaluator
// is taken out of the pool and everyone is compared again, until no one else is flagged — so one
// evaluator who is +8 does not make two fair colleagues look harsh.
//
// Consistency across agents: for each item of a form, the SD of the share of the item's points
// E awarded (0–100 %) over E's evaluations; itemSpread = the mean of those SDs over items with
// two or more answers. The others' figure is the same over their evaluations in E's strata;
// flagged inconsistent when E's spread ≥ `inconsistencyRatio` × the others'.
// Over time: E's Δ (as above, each quarter on its own, against that quarter's robust pool) in the
// quarter of the period's end against the quarter before, with Welch's test; flagged when both
// quarters have `minEvaluations`, p (Holm-adjusted over the evaluators) < alpha and
// |change| ≥ `points`.

export interface EvalFact {
  evaluatorUserId: string;
  formId: string;
  teamId: string;
  businessType: string | null;
  day: string;
  score: number;
  items?: Record<string, ItemResult>;
}
export interface Thresholds { points: number; alpha: number; minEvaluations: number; inconsistencyRatio: number }
export interface Leniency { comparable: number; others: number; difference: number | null; p: number | null; pAdjusted: number | null; flag: 'lenient' | 'harsh' | null }

const round = (x: number | null, d = 2) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
const stratum = (e: EvalFact) => `${e.teamId}|${e.businessType ?? ''}`;

export const quarterOf = (day: string) => `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
export function previousQuarter(q: string) {
  const y = Number(q.slice(0, 4));
  const n = Number(q.slice(5));
  return n === 1 ? `${y - 1}Q4` : `${y}Q${n - 1}`;
}
/** The first day of a quarter ('2026Q4' → '2026-10-01'). */
export const quarterStart = (q: string) => `${q.slice(0, 4)}-${String((Number(q.slice(5)) - 1) * 3 + 1).padStart(2, '0')}-01`;

/** E's residuals against the reference pool's stratum means, and the pool's own residuals in those strata. */
function residuals(facts: EvalFact[], userId: string, pool: Set<string>) {
  const others = new Map<string, number[]>();
  for (const f of facts) {
    if (f.evaluatorUserId === userId || !pool.has(f.evaluatorUserId)) continue;
    const k = stratum(f);
    const list = others.get(k) ?? [];
    list.push(f.score);
    others.set(k, list);
  }
  const means = new Map([...others.entries()].map(([k, xs]) => [k, mean(xs)]));
  const mine: { day: string; r: number }[] = [];
  const strata = new Set<string>();
  for (const f of facts) {
    if (f.evaluatorUserId !== userId) continue;
    const k = stratum(f);
    const m = means.get(k);
    if (m === undefined) continue;
    mine.push({ day: f.day, r: f.score - m });
    strata.add(k);
  }
  const theirs: number[] = [];
  for (const k of strata) for (const x of others.get(k)!) theirs.push(x - means.get(k)!);
  return { mine, theirs, strata };
}

/** Holm's step-down adjustment of p-values tested together (null stays null). */
export function holm(ps: readonly (number | null)[]): (number | null)[] {
  const order = ps.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null).sort((a, b) => a.p - b.p);
  const out: (number | null)[] = ps.map(() => null);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (order.length - rank) * p));
    out[i] = running;
  });
  return out;
}

/** E against the pool, before judging: the difference and Welch's p. */
function compare(facts: EvalFact[], userId: string, pool: Set<string>) {
  const { mine, theirs } = residuals(facts, userId, pool);
  if (!mine.length) return { comparable: 0, others: theirs.length, difference: null, p: null };
  const test = welchTTest(mine.map((m) => m.r), theirs);
  return { comparable: mine.length, others: theirs.length, difference: mean(mine.map((m) => m.r)), p: test?.p ?? null };
}

/** Everyone compared with the pool at once, judged on Holm-adjusted p-values. */
function judge(facts: EvalFact[], users: string[], pool: Set<string>, t: Thresholds): Map<string, Leniency> {
  const raw = users.map((u) => compare(facts, u, pool));
  const adjusted = holm(raw.map((r) => r.p));
  return new Map(users.map((u, i) => {
    const r = raw[i];
    const pa = adjusted[i];
    const flagged = r.difference !== null && r.comparable >= t.minEvaluations && pa !== null && pa < t.alpha && Math.abs(r.difference) >= t.points;
    return [u, {
      comparable: r.comparable, others: r.others, difference: round(r.difference), p: round(r.p, 4), pAdjusted: round(pa, 4),
      flag: flagged ? (r.difference! > 0 ? 'lenient' : 'harsh') : null,
    }];
  }));
}

/** The reference pool: every evaluator, less the most extreme flagged one, again and again
 *  while someone is flagged (never below two evaluators: then nobody can tell who is off). */
export function robustPool(facts: EvalFact[], t: Thresholds): Set<string> {
  const pool = new Set(facts.map((f) => f.evaluatorUserId));
  while (pool.size > 2) {
    const results = [...judge(facts, [...pool], pool, t).entries()];
    const worst = results.filter(([, l]) => l.flag).sort(([, a], [, b]) => Math.abs(b.difference!) - Math.abs(a.difference!))[0];
    if (!worst) break;
    pool.delete(worst[0]);
  }
  return pool;
}

/** Leniency of every evaluator against the robust reference pool. */
export function leniencyAll(facts: EvalFact[], t: Thresholds): Map<string, Leniency> {
  const pool = robustPool(facts, t);
  return judge(facts, [...new Set(facts.map((f) => f.evaluatorUserId))], pool, t);
}

function itemSpread(facts: EvalFact[]): number | null {
  const byItem = new Map<string, number[]>();
  for (const f of facts) {
    for (const [key, r] of Object.entries(f.items ?? {})) {
      if (r.na || r.possible <= 0) continue;
      const k = `${f.formId}:${key}`;
      const list = byItem.get(k) ?? [];
      list.push((100 * r.earned) / r.possible);
      byItem.set(k, list);
    }
  }
  const sds = [...byItem.values()].filter((xs) => xs.length >= 2).map(sd);
  return sds.length ? round(mean(sds)) : null;
}

export function consistencyOf(facts: EvalFact[], userId: string, t: Thresholds) {
  const mine = facts.filter((f) => f.evaluatorUserId === userId);
  const strata = new Set(mine.map((f) => stratum(f)));
  const spread = itemSpread(mine);
  const others = itemSpread(facts.filter((f) => f.evaluatorUserId !== userId && strata.has(stratum(f))));
  const inconsistent = mine.length >= t.minEvaluations && spread !== null && others !== null && others > 0 && spread >= t.inconsistencyRatio * others;
  return { itemSpread: spread, othersItemSpread: others, inconsistent };
}

/** E's Δ per quarter (each quarter against its own robust pool) and the change between the
 *  quarter `current` and the one before it, with Welch's p (unadjusted: see driftAll). */
export function driftOf(facts: EvalFact[], userId: string, current: string, t: Thresholds) {
  const byQuarter = new Map<string, EvalFact[]>();
  for (const f of facts) {
    const q = quarterOf(f.day);
    const list = byQuarter.get(q) ?? [];
    list.push(f);
    byQuarter.set(q, list);
  }
  const residualsOf = new Map<string, number[]>();
  for (const [q, list] of byQuarter) {
    const { mine } = residuals(list, userId, robustPool(list, t));
    if (mine.length) residualsOf.set(q, mine.map((m) => m.r));
  }
  const previous = previousQuarter(current);
  const cur = residualsOf.get(current) ?? [];
  const prev = residualsOf.get(previous) ?? [];
  const test = cur.length >= t.minEvaluations && prev.length >= t.minEvaluations ? welchTTest(cur, prev) : null;
  const change = cur.length && prev.length ? mean(cur) - mean(prev) : null;
  const quarters = [...residualsOf.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([quarter, xs]) => ({ quarter, n: xs.length, difference: round(mean(xs)) }));
  return { current, previous, change: round(change), p: test?.p ?? null, quarters };
}

/** Every evaluator's drift, judged together (Holm) like leniency. */
export function driftAll(facts: EvalFact[], users: string[], current: string, t: Thresholds) {
  const raw = users.map((u) => driftOf(facts, u, current, t));
  const adjusted = holm(raw.map((d) => d.p));
  return new Map(users.map((u, i) => {
    const d = raw[i];
    const flagged = d.change !== null && adjusted[i] !== null && adjusted[i]! < t.alpha && Math.abs(d.change) >= t.points;
    return [u, { current: d.current, previous: d.previous, change: d.change, p: round(adjusted[i], 4), flagged }];
  }));
}
