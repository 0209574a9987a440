import type { Db } from '../../../db/connect.js';
import { AppError, ruleBroken } from '../../../lib/errors.js';
import { suspendedFlag } from '../fitness/fitness.repo.js';
import * as repo from './oversight.repo.js';

// The gate every evaluation passes before it is saved (SPEC §8 "evaluators are checked too").
// Decision: a user the QA lead never registered as an evaluator is treated as certified, so the
// evaluators who scored before oversight existed keep working; registering someone puts them in
// training, and only a certified, unpaused evaluator may score alone. A new evaluator's
// co-scores are kept apart (qa_evaluator_coscores), never as evaluations of the agent.
// A suspension for fitness (fitness.service.ts) comes first: 403, as the evaluator is not
// allowed to score at all until a QA lead reinstates them.
export async function assertMayScore(db: Db, userId: string): Promise<void> {
  const suspended = await suspendedFlag(db, userId);
  if (suspended) {
    throw new AppError(
      403,
      'EVALUATOR_SUSPENDED',
      `This evaluator is suspended by the QA lead until recalibrated and reinstated: ${suspended.suspend_reason ?? ''}`,
    );
  }
  const row = await repo.findStatus(db, userId);
  if (!row) return;
  if (row.paused) {
    throw ruleBroken(
      'EVALUATOR_PAUSED',
      `This evaluator is paused by the QA lead and may not score until resumed${row.paused_reason ? `: ${row.paused_reason}` : ''}`,
    );
  }
  if (row.stage !== 'certified') {
    throw ruleBroken(
      'EVALUATOR_NOT_CERTIFIED',
      'A new evaluator must pass the test and co-score with an experienced evaluator before scoring alone',
    );
  }
}
