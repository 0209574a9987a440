import type { EvaluatorRow } from '../../../common/quality-calibration.js';
import type { ItemResult } from '../../../common/quality-scoring.js';
import type { Db } from '../../db/connect.js';
import { getSetting } from '../../lib/settings.js';
import { consistencyOf, driftAll, driftOf, leniencyAll, previousQuarter, quarterOf, quarterStart, type EvalFact, type Thresholds } from './oversight.figures.js';
import * as repo from './oversight.repo.js';
import { mean } from './stats.js';

// The oversight table: one row per evaluator with their figures over a period (see
// oversight.figures.ts for what each figure means).

export function evaluatorStatus(row: { stage: string | null; paused: number | null } | null | undefined): EvaluatorRow['status'] {
  if (!row?.stage) return 'unregistered';
  if (row.paused) return 'paused';
  return row.stage as EvaluatorRow['status'];
}

async function thresholds(db: Db): Promise<Thresholds> {
  const [points, alpha, minEvaluations, inconsistencyRatio] = await Promise.all([
    getSetting(db, 'quality.oversight.leniencyPoints'), getSetting(db, 'quality.oversight.significancePercent'),
    getSetting(db, 'quality.oversight.minEvaluations'), getSetting(db, 'quality.oversight.inconsistencyRatio'),
  ]);
  return { points, alpha: alpha / 100, minEvaluations, inconsistencyRatio };
}

const toFact = (r: { evaluator_user_id: string; form_id: string; team_id: string; business_type: string | null; day: string; score: number; items?: string }): EvalFact => ({
  evaluatorUserId: r.evaluator_user_id, formId: r.form_id, teamId: r.team_id, businessType: r.business_type, day: r.day, score: Number(r.score),
  items: r.items ? (JSON.parse(r.items) as Record<string, ItemResult>) : undefined,
});

export async function evaluatorRows(db: Db, from: string, to: string): Promise<EvaluatorRow[]> {
  const t = await thresholds(db);
  const current = quarterOf(to);
  const driftFrom = quarterStart(previousQuarter(current));
  const [facts, driftFacts, calib, reviews] = await Promise.all([
    repo.evaluationFacts(db, from, to, true).then((rows) => rows.map(toFact)),
    repo.evaluationFacts(db, driftFrom, to, false).then((rows) => rows.map(toFact)),
    repo.calibrationDeviations(db, from, to),
    repo.lastReviews(db),
  ]);
  const users = await repo.evaluatorUsers(db, [...new Set(facts.map((f) => f.evaluatorUserId))]);
  const leniency = leniencyAll(facts, t);
  const drifts = driftAll(driftFacts, users.map((u) => u.id), current, t);
  return users.map((u) => {
    const mine = facts.filter((f) => f.evaluatorUserId === u.id);
    const devs = calib.filter((c) => c.user_id === u.id).map((c) => Math.abs(Number(c.score) - Number(c.consensus_score)));
    const last = reviews.find((r) => r.user_id === u.id);
    return {
      userId: u.id, username: u.username, name: u.display_name, status: evaluatorStatus(u), pausedReason: u.paused ? u.paused_reason : null,
      evaluations: mine.length, meanScore: mine.length ? Math.round(mean(mine.map((f) => f.score)) * 100) / 100 : null,
      leniency: leniency.get(u.id) ?? { comparable: 0, others: 0, difference: null, p: null, pAdjusted: null, flag: null },
      ...consistencyOf(facts, u.id, t),
      drift: drifts.get(u.id)!,
      calibrationDeviation: devs.length ? Math.round(mean(devs) * 100) / 100 : null,
      lastReview: last ? { quarter: last.quarter, result: last.result as 'pass' | 'retrain' | 'move' } : null,
    };
  });
}

/** An evaluator's Δ against the others per quarter, for the four quarters up to today's. */
export async function quarterFigures(db: Db, userId: string, today: string) {
  const t = await thresholds(db);
  let q = quarterOf(today);
  for (let i = 0; i < 3; i++) q = previousQuarter(q);
  const facts = (await repo.evaluationFacts(db, quarterStart(q), today, false)).map(toFact);
  return driftOf(facts, userId, quarterOf(today), t).quarters;
}
