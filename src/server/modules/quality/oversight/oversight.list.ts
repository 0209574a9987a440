import type { EvaluatorRow } from '../../../../common/quality-calibration.js';
import type { ItemResult } from '../../../../common/quality-scoring.js';
import type { Db } from '../../../db/connect.js';
import { addDays } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import {
  addEvaluatorItem,
  addEvaluatorStratum,
  addItems,
  addStratumItem,
  consistencyAll,
  driftAll,
  driftOf,
  evaluatorSums,
  leniencyAll,
  newItemSums,
  previousQuarter,
  quarterOf,
  quarterStart,
  stratumOf,
  type ScoreCell,
  type Thresholds,
} from './oversight.figures.js';
import * as cells from './oversight.cells.js';
import { splitPeriod } from './oversight.cells.js';
import * as repo from './oversight.repo.js';
import { fitnessOf } from '../fitness/fitness.figures.js';
import { mean } from '../stats/stats.js';

// The oversight table: one row per evaluator with their figures over a period (see
// oversight.figures.ts for what each figure means). The evaluations of a period are never held
// at once (two years of a large center are millions): the period's whole months come as sums the
// database keeps per month (oversight.cells.ts); its other days as sums per evaluator, stratum and
// month from a GROUP BY, and item results a page at a time, folded into sums as they come.
const PAGE = 5000;

export function evaluatorStatus(
  row: { stage: string | null; paused: number | null } | null | undefined,
): EvaluatorRow['status'] {
  if (!row?.stage) return 'unregistered';
  if (row.paused) return 'paused';
  return row.stage as EvaluatorRow['status'];
}

async function thresholds(db: Db): Promise<Thresholds> {
  const [points, alpha, minEvaluations, inconsistencyRatio] = await Promise.all([
    getSetting(db, 'quality.oversight.leniencyPoints'),
    getSetting(db, 'quality.oversight.significancePercent'),
    getSetting(db, 'quality.oversight.minEvaluations'),
    getSetting(db, 'quality.oversight.inconsistencyRatio'),
  ]);
  return { points, alpha: alpha / 100, minEvaluations, inconsistencyRatio };
}

interface ScoreRow {
  evaluator_user_id: string;
  team_id: string | null;
  business_type: string | null;
  month: string;
  n: number | string;
  sum: number | string;
  sum_sq: number | string;
}
const toCell = (r: ScoreRow): ScoreCell => ({
  evaluatorUserId: r.evaluator_user_id,
  stratum: stratumOf(r.team_id, r.business_type),
  quarter: quarterOf(r.month),
  n: Number(r.n),
  sum: Number(r.sum),
  sumSq: Number(r.sum_sq),
});
const num = (r: { n: number | string; sum: number | string; sum_sq: number | string }) => ({
  n: Number(r.n),
  sum: Number(r.sum),
  sumSq: Number(r.sum_sq),
});

/** The score cells of [from, to] summed from the evaluations themselves. */
export async function rawScoreCells(db: Db, from: string, to: string): Promise<ScoreCell[]> {
  return (await repo.scoreSums(db, from, to)).map(toCell);
}

/** The score cells of [from, to]: whole months from the kept sums, the other days from the evaluations. */
export async function scoreCells(db: Db, from: string, to: string): Promise<ScoreCell[]> {
  return (await periodSums(db, from, to, false)).scores;
}

/** The item sums of the evaluations scored in [from, to], read `pageSize` at a time. */
export async function rawItemSums(db: Db, from: string, to: string, pageSize = PAGE, acc = newItemSums()) {
  for (let after: { day: string; id: string } | null = null; ;) {
    const rows = await repo.itemsPage(db, from, to, after, pageSize);
    for (const r of rows)
      addItems(
        acc,
        r.evaluator_user_id,
        stratumOf(r.team_id, r.business_type),
        r.form_id,
        JSON.parse(r.items) as Record<string, ItemResult>,
      );
    if (rows.length < pageSize) return acc;
    after = rows[rows.length - 1];
  }
}

/** The item sums of [from, to]: whole months from the kept sums, the other days from the evaluations. */
export async function itemSums(db: Db, from: string, to: string, pageSize = PAGE) {
  return (await periodSums(db, from, to, true, pageSize)).items;
}

/** The score cells of [from, to], and its item sums when `withItems`: the whole months from the
 *  kept sums (their score cells read once for both), the other days from the evaluations. */
async function periodSums(db: Db, from: string, to: string, withItems: boolean, pageSize = PAGE) {
  const { months, days } = splitPeriod(from, to);
  const none = Promise.resolve([]);
  const [monthScores, byEvaluator, byStratum, ...dayScores] = await Promise.all([
    months ? cells.monthScores(db, months.from, months.to) : none,
    months && withItems ? cells.monthItemsByEvaluator(db, months.from, months.to) : none,
    months && withItems ? cells.monthItemsByStratum(db, months.from, months.to) : none,
    ...days.map((d) => repo.scoreSums(db, d.from, d.to)),
  ]);
  const items = newItemSums();
  if (withItems) {
    for (const r of monthScores)
      addEvaluatorStratum(items, r.evaluator_user_id, stratumOf(r.team_id, r.business_type), Number(r.n));
    for (const r of byEvaluator) addEvaluatorItem(items, r.evaluator_user_id, r.form_id, r.item_key, num(r));
    for (const r of byStratum)
      addStratumItem(items, stratumOf(r.team_id, r.business_type), r.form_id, r.item_key, num(r));
    for (const d of days) await rawItemSums(db, d.from, d.to, pageSize, items);
  }
  return { scores: [...monthScores, ...dayScores.flat()].map(toCell), items };
}

const NO_CONSISTENCY = { itemSpread: null, othersItemSpread: null, inconsistent: false };

export async function evaluatorRows(db: Db, from: string, to: string): Promise<EvaluatorRow[]> {
  const t = await thresholds(db);
  const current = quarterOf(to);
  const driftFrom = quarterStart(previousQuarter(current));
  // Each day is read once: the period's cells serve drift too (its quarters that fall in the
  // period); the days of those quarters before the period are read on their own.
  const [{ scores, items }, earlier, calib, reviews] = await Promise.all([
    periodSums(db, from, to, true),
    driftFrom < from ? scoreCells(db, driftFrom, addDays(from, -1)) : [],
    repo.calibrationDeviations(db, from, to),
    repo.lastReviews(db),
  ]);
  const driftScores = [...earlier, ...scores].filter((c) => c.quarter >= previousQuarter(current));
  const totals = evaluatorSums(scores);
  const users = await repo.evaluatorUsers(db, [...totals.keys()]);
  const leniency = leniencyAll(scores, t);
  const consistency = consistencyAll(items, t);
  const drifts = driftAll(
    driftScores,
    users.map((u) => u.id),
    current,
    t,
  );
  const fitness = await fitnessOf(
    db,
    users.map((u) => u.id),
  );
  return users.map((u) => {
    const mine = totals.get(u.id);
    const devs = calib
      .filter((c) => c.user_id === u.id)
      .map((c) => Math.abs(Number(c.score) - Number(c.consensus_score)));
    const last = reviews.find((r) => r.user_id === u.id);
    return {
      userId: u.id,
      username: u.username,
      name: u.display_name,
      status: evaluatorStatus(u),
      pausedReason: u.paused ? u.paused_reason : null,
      evaluations: mine?.n ?? 0,
      meanScore: mine ? Math.round((mine.sum / mine.n) * 100) / 100 : null,
      leniency: leniency.get(u.id) ?? {
        comparable: 0,
        others: 0,
        difference: null,
        p: null,
        pAdjusted: null,
        flag: null,
      },
      ...(consistency.get(u.id) ?? NO_CONSISTENCY),
      drift: drifts.get(u.id)!,
      calibrationDeviation: devs.length ? Math.round(mean(devs) * 100) / 100 : null,
      lastReview: last ? { quarter: last.quarter, result: last.result as 'pass' | 'retrain' | 'move' } : null,
      fitness: fitness.get(u.id)!,
    };
  });
}

/** An evaluator's Δ against the others per quarter, for the four quarters up to today's. */
export async function quarterFigures(db: Db, userId: string, today: string) {
  const t = await thresholds(db);
  let q = quarterOf(today);
  for (let i = 0; i < 3; i++) q = previousQuarter(q);
  return driftOf(await scoreCells(db, quarterStart(q), today), userId, quarterOf(today), t).quarters;
}
