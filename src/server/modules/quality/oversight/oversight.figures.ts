import type { ItemResult } from '../../../../common/quality-scoring.js';
import {
  addSums,
  addValue,
  lessSums,
  noSums,
  sampleOf,
  squaredDeviations,
  welchTTestOf,
  type Sums,
} from '../stats/stats.js';

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
//
// The figures never see an evaluation, only sums (n, Σx, Σx²; stats.ts), so the memory they
// take grows with evaluators × strata × quarters and strata × form items, not with evaluations:
//  - scores: ScoreCell per evaluator × stratum × quarter (from a GROUP BY; cells with the same
//    key add up). E's residuals in stratum k are x − m_k, m_k the pool-others' mean there, so
//    Σr = Σx − n·m_k and Σr² = Σx² − 2·m_k·Σx + n·m_k²; the others' residuals around their own
//    stratum means sum to 0 and their squares to the others' Σ(x − m_k)². Welch's test needs no
//    more. The others' sums in a stratum are the pool's less E's own.
//  - items: ItemSums folded one evaluation at a time (addItems): shares per stratum × form item
//    for everyone together and per evaluator × form item. The others' sums in E's strata are the
//    strata's sums less E's own (E scored only in E's strata).
// Evaluators are taken in the order of their ids (which decides a tie for the most extreme).

/** One evaluator's evaluations in one stratum and quarter: how many, Σscore and Σscore². */
export interface ScoreCell extends Sums {
  evaluatorUserId: string;
  stratum: string;
  quarter: string;
}
/** Shares of points (0–100 %) per form and item key. */
export type ByItem = Map<string, Map<string, Sums>>;
/** Item shares per stratum for all evaluators together, and per evaluator with the number of
 *  their evaluations and the strata they scored. */
export interface ItemSums {
  byStratum: Map<string, ByItem>;
  byEvaluator: Map<string, { evaluations: number; strata: Set<string>; items: ByItem }>;
}
export interface Thresholds {
  points: number;
  alpha: number;
  minEvaluations: number;
  inconsistencyRatio: number;
}
export interface Leniency {
  comparable: number;
  others: number;
  difference: number | null;
  p: number | null;
  pAdjusted: number | null;
  flag: 'lenient' | 'harsh' | null;
}
export interface Consistency {
  itemSpread: number | null;
  othersItemSpread: number | null;
  inconsistent: boolean;
}

const round = (x: number | null, d = 2) =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d;
export const stratumOf = (teamId: string | null, businessType: string | null) => `${teamId}|${businessType ?? ''}`;

export const quarterOf = (day: string) => `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
export function previousQuarter(q: string) {
  const y = Number(q.slice(0, 4));
  const n = Number(q.slice(5));
  return n === 1 ? `${y - 1}Q4` : `${y}Q${n - 1}`;
}
/** The first day of a quarter ('2026Q4' → '2026-10-01'). */
export const quarterStart = (q: string) =>
  `${q.slice(0, 4)}-${String((Number(q.slice(5)) - 1) * 3 + 1).padStart(2, '0')}-01`;

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

// ---- Leniency and drift: scores --------------------------------------------------------------

/** Evaluator → stratum → sums, over whichever cells are given (quarters folded together). */
type Grid = Map<string, Map<string, Sums>>;

function gridOf(cells: readonly ScoreCell[]): Grid {
  const grid: Grid = new Map();
  for (const c of cells)
    addSums(
      entry(
        entry(grid, c.evaluatorUserId, () => new Map()),
        c.stratum,
        noSums,
      ),
      c,
    );
  return new Map([...grid].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))); // in the order of ids (see the top)
}

/** The pool's sums per stratum. */
function poolSums(grid: Grid, pool: ReadonlySet<string>) {
  const totals = new Map<string, Sums>();
  for (const u of pool) for (const [k, s] of grid.get(u) ?? []) addSums(entry(totals, k, noSums), s);
  return totals;
}

/** E's residuals against the pool-others' stratum means (as sums), and the others' count and
 *  Σ(x − m_k)² in the strata E shares with them. */
function residuals(grid: Grid, totals: Map<string, Sums>, userId: string, pool: ReadonlySet<string>) {
  const mine = noSums();
  let othersN = 0;
  let othersSq = 0;
  for (const [k, e] of grid.get(userId) ?? []) {
    const all = totals.get(k);
    const others = all && pool.has(userId) ? lessSums(all, e) : all;
    if (!others || others.n === 0) continue;
    const m = others.sum / others.n;
    addSums(mine, { n: e.n, sum: e.sum - e.n * m, sumSq: e.sumSq - 2 * m * e.sum + e.n * m * m });
    othersN += others.n;
    othersSq += squaredDeviations(others);
  }
  return { mine, others: { n: othersN, mean: 0, variance: othersN < 2 ? NaN : othersSq / (othersN - 1) } };
}

/** Holm's step-down adjustment of p-values tested together (null stays null). */
export function holm(ps: readonly (number | null)[]): (number | null)[] {
  const order = ps
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: number; i: number } => x.p !== null)
    .sort((a, b) => a.p - b.p);
  const out: (number | null)[] = ps.map(() => null);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (order.length - rank) * p));
    out[i] = running;
  });
  return out;
}

/** Everyone compared with the pool at once, judged on Holm-adjusted p-values. */
function judge(grid: Grid, users: string[], pool: ReadonlySet<string>, t: Thresholds): Map<string, Leniency> {
  const totals = poolSums(grid, pool);
  const raw = users.map((u) => {
    const { mine, others } = residuals(grid, totals, u, pool);
    if (!mine.n) return { comparable: 0, others: others.n, difference: null, p: null };
    return {
      comparable: mine.n,
      others: others.n,
      difference: mine.sum / mine.n,
      p: welchTTestOf(sampleOf(mine), others)?.p ?? null,
    };
  });
  const adjusted = holm(raw.map((r) => r.p));
  return new Map(
    users.map((u, i) => {
      const r = raw[i];
      const pa = adjusted[i];
      const flagged =
        r.difference !== null &&
        r.comparable >= t.minEvaluations &&
        pa !== null &&
        pa < t.alpha &&
        Math.abs(r.difference) >= t.points;
      return [
        u,
        {
          comparable: r.comparable,
          others: r.others,
          difference: round(r.difference),
          p: round(r.p, 4),
          pAdjusted: round(pa, 4),
          flag: flagged ? (r.difference! > 0 ? 'lenient' : 'harsh') : null,
        },
      ];
    }),
  );
}

/** The reference pool: every evaluator, less the most extreme flagged one, again and again
 *  while someone is flagged (never below two evaluators: then nobody can tell who is off). */
function robustPool(grid: Grid, t: Thresholds): Set<string> {
  const pool = new Set(grid.keys());
  while (pool.size > 2) {
    const results = [...judge(grid, [...pool], pool, t).entries()];
    const worst = results
      .filter(([, l]) => l.flag)
      .sort(([, a], [, b]) => Math.abs(b.difference!) - Math.abs(a.difference!))[0];
    if (!worst) break;
    pool.delete(worst[0]);
  }
  return pool;
}

/** Leniency of every evaluator against the robust reference pool. */
export function leniencyAll(cells: readonly ScoreCell[], t: Thresholds): Map<string, Leniency> {
  const grid = gridOf(cells);
  return judge(grid, [...grid.keys()], robustPool(grid, t), t);
}

/** Each evaluator's sums over all their cells (how many evaluations, their mean score). */
export function evaluatorSums(cells: readonly ScoreCell[]): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const c of cells) addSums(entry(out, c.evaluatorUserId, noSums), c);
  return out;
}

/** Per quarter: its grid, its robust pool and the pool's sums (the same for every evaluator). */
function quarters(cells: readonly ScoreCell[], t: Thresholds) {
  const byQuarter = new Map<string, ScoreCell[]>();
  for (const c of cells) entry(byQuarter, c.quarter, () => []).push(c);
  return [...byQuarter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, list]) => {
      const grid = gridOf(list);
      const pool = robustPool(grid, t);
      return { quarter, grid, pool, totals: poolSums(grid, pool) };
    });
}

/** E's Δ per quarter and the change from the quarter before `current`, with Welch's p (unadjusted). */
function driftIn(qs: ReturnType<typeof quarters>, userId: string, current: string, t: Thresholds) {
  const residualsOf = new Map<string, Sums>();
  for (const q of qs) {
    const { mine } = residuals(q.grid, q.totals, userId, q.pool);
    if (mine.n) residualsOf.set(q.quarter, mine);
  }
  const previous = previousQuarter(current);
  const cur = residualsOf.get(current) ?? noSums();
  const prev = residualsOf.get(previous) ?? noSums();
  const test =
    cur.n >= t.minEvaluations && prev.n >= t.minEvaluations ? welchTTestOf(sampleOf(cur), sampleOf(prev)) : null;
  const change = cur.n && prev.n ? cur.sum / cur.n - prev.sum / prev.n : null;
  const list = [...residualsOf.entries()].map(([quarter, s]) => ({ quarter, n: s.n, difference: round(s.sum / s.n) }));
  return { current, previous, change: round(change), p: test?.p ?? null, quarters: list };
}

/** E's Δ per quarter (each quarter against its own robust pool) and the change between the
 *  quarter `current` and the one before it, with Welch's p (unadjusted: see driftAll). */
export const driftOf = (cells: readonly ScoreCell[], userId: string, current: string, t: Thresholds) =>
  driftIn(quarters(cells, t), userId, current, t);

/** Every evaluator's drift, judged together (Holm) like leniency. */
export function driftAll(cells: readonly ScoreCell[], users: string[], current: string, t: Thresholds) {
  const qs = quarters(cells, t);
  const raw = users.map((u) => driftIn(qs, u, current, t));
  const adjusted = holm(raw.map((d) => d.p));
  return new Map(
    users.map((u, i) => {
      const d = raw[i];
      const flagged =
        d.change !== null && adjusted[i] !== null && adjusted[i]! < t.alpha && Math.abs(d.change) >= t.points;
      return [u, { current: d.current, previous: d.previous, change: d.change, p: round(adjusted[i], 4), flagged }];
    }),
  );
}

// ---- Consistency: item shares -----------------------------------------------------------------

export const newItemSums = (): ItemSums => ({ byStratum: new Map(), byEvaluator: new Map() });

/** Folds one evaluation into the item sums (N/A items and items worth no points are left out).
 *  Called for every evaluation of a period: keyed by form, then by the item keys as parsed
 *  (strings V8 has hashed already), rather than by a new 'form:item' string per item. */
export function addItems(
  acc: ItemSums,
  evaluatorUserId: string,
  stratum: string,
  formId: string,
  items: Record<string, ItemResult>,
) {
  const mine = entry(acc.byEvaluator, evaluatorUserId, () => ({
    evaluations: 0,
    strata: new Set<string>(),
    items: new Map(),
  }));
  mine.evaluations++;
  mine.strata.add(stratum);
  const inStratum = entry(
    entry(acc.byStratum, stratum, () => new Map()),
    formId,
    () => new Map<string, Sums>(),
  );
  const mineInForm = entry(mine.items, formId, () => new Map<string, Sums>());
  for (const key in items) {
    const r = items[key];
    if (r.na || r.possible <= 0) continue;
    const x = (100 * r.earned) / r.possible;
    addValue(entry(inStratum, key, noSums), x);
    addValue(entry(mineInForm, key, noSums), x);
  }
}

// Sums read ready-made (the months the database keeps, oversight.cells.ts) fold in like this.

/** `evaluations` of the evaluator's, in this stratum. */
export function addEvaluatorStratum(acc: ItemSums, evaluatorUserId: string, stratum: string, evaluations: number) {
  const mine = entry(acc.byEvaluator, evaluatorUserId, () => ({
    evaluations: 0,
    strata: new Set<string>(),
    items: new Map(),
  }));
  mine.evaluations += evaluations;
  mine.strata.add(stratum);
}

/** The evaluator's shares of one form item (after addEvaluatorStratum for that evaluator). */
export function addEvaluatorItem(acc: ItemSums, evaluatorUserId: string, formId: string, key: string, s: Sums) {
  addSums(
    entry(
      entry(acc.byEvaluator.get(evaluatorUserId)!.items, formId, () => new Map()),
      key,
      noSums,
    ),
    s,
  );
}

/** Everyone's shares of one form item in a stratum. */
export function addStratumItem(acc: ItemSums, stratum: string, formId: string, key: string, s: Sums) {
  addSums(
    entry(
      entry(
        entry(acc.byStratum, stratum, () => new Map()),
        formId,
        () => new Map(),
      ),
      key,
      noSums,
    ),
    s,
  );
}

function itemSpread(byItem: ByItem): number | null {
  const sds = [...byItem.values()]
    .flatMap((m) => [...m.values()])
    .filter((s) => s.n >= 2)
    .map((s) => Math.sqrt(sampleOf(s).variance));
  return sds.length ? round(sds.reduce((a, b) => a + b, 0) / sds.length) : null;
}

/** Every evaluator's item spread against the others' in the same strata. */
export function consistencyAll(acc: ItemSums, t: Thresholds): Map<string, Consistency> {
  return new Map(
    [...acc.byEvaluator.entries()].map(([u, mine]) => {
      const others: ByItem = new Map();
      for (const k of mine.strata) {
        for (const [form, byKey] of acc.byStratum.get(k)!)
          for (const [key, s] of byKey)
            addSums(
              entry(
                entry(others, form, () => new Map()),
                key,
                noSums,
              ),
              s,
            );
      }
      for (const [form, byKey] of mine.items)
        for (const [key, s] of byKey) others.get(form)!.set(key, lessSums(others.get(form)!.get(key)!, s));
      const spread = itemSpread(mine.items);
      const othersSpread = itemSpread(others);
      const inconsistent =
        mine.evaluations >= t.minEvaluations &&
        spread !== null &&
        othersSpread !== null &&
        othersSpread > 0 &&
        spread >= t.inconsistencyRatio * othersSpread;
      return [u, { itemSpread: spread, othersItemSpread: othersSpread, inconsistent }];
    }),
  );
}
