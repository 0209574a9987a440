import type { z } from 'zod';
import type { CoscoreInput } from '../../../../common/quality-calibration.js';
import type { ScorecardContentShape } from '../../../../common/quality.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { badRequest, conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { findInteraction } from '../evaluations/evaluations.repo.js';
import { assertMayScore } from './oversight.gate.js';
import * as repo from './oversight.repo.js';
import { scoreEveryItem } from '../forms/complete-answers.js';
import { isLead, loadStatus } from './oversight.service.js';

// Co-scoring (see oversight.service.ts): a new evaluator scores, blind, evaluations an experienced
// evaluator made; the deviation in points counts towards certification.

/** A co-score is entered by the new evaluator, their experienced evaluator, or a QA lead. */
async function coscoreContext(db: Db, actor: Actor, userId: string, evaluationId: string) {
  const row = await loadStatus(db, userId);
  if (actor.userId !== userId && actor.userId !== row.mentor_user_id && !isLead(actor)) {
    throw forbidden('A co-score is entered by the new evaluator, their experienced evaluator or a QA lead');
  }
  if (row.stage !== 'co_scoring')
    throw ruleBroken('EVALUATOR_STAGE', 'Co-scoring follows a passed test and ends with certification');
  const ev = await repo.findEvaluation(db, evaluationId);
  if (!ev) throw notFound('Evaluation');
  return ev;
}

/** What a new evaluator needs to co-score an evaluation blind: the form and the call, never the
 *  experienced evaluator's answers or score (the evaluation itself may be outside their sight). */
export async function coscoreForm(db: Db, actor: Actor, userId: string, evaluationId: string | undefined) {
  await loadStatus(db, userId);
  if (!evaluationId) throw badRequest('VALIDATION_FAILED', 'evaluationId: required', 'evaluationId');
  const ev = await coscoreContext(db, actor, userId, evaluationId);
  const call = ev.interaction_id ? await findInteraction(db, ev.interaction_id) : undefined;
  return {
    evaluationId: ev.id,
    formName: ev.form_name,
    formVersion: ev.form_version,
    content: JSON.parse(ev.content) as ScorecardContentShape,
    passScore: ev.pass_score,
    day: ev.day,
    method: ev.method,
    businessType: ev.business_type,
    startedAt: call?.started_at ?? null,
    recordingUrl: call?.recording_url ?? null,
    transcriptUrl: call?.transcript_url ?? null,
  };
}

export async function addCoscore(db: Db, actor: Actor, userId: string, input: z.output<typeof CoscoreInput>) {
  const ev = await coscoreContext(db, actor, userId, input.evaluationId);
  if (ev.evaluator_user_id === userId)
    throw ruleBroken('OWN_EVALUATION', 'Co-score an evaluation an experienced evaluator made, not one’s own');
  await assertMayScore(db, ev.evaluator_user_id).catch(() => {
    throw ruleBroken('REFERENCE_NOT_CERTIFIED', 'The evaluation was made by an evaluator who is not certified');
  });
  const r = scoreEveryItem(JSON.parse(ev.content) as ScorecardContentShape, input.answers, ev.pass_score);
  const deviation = Math.round((r.score - ev.final_score) * 100) / 100;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await repo
      .insertCoscore(trx, {
        id,
        user_id: userId,
        evaluation_id: ev.id,
        reference_user_id: ev.evaluator_user_id,
        answers: JSON.stringify(input.answers),
        score: r.score,
        reference_score: ev.final_score,
        deviation,
        created_at: nowIso(),
      })
      .catch((err) => {
        throw isUniqueViolation(err)
          ? conflict('ALREADY_COSCORED', 'This evaluation was co-scored by this evaluator already')
          : err;
      });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'qa_evaluator_coscore',
      entityId: id,
      newValue: { userId, evaluationId: ev.id, score: r.score, referenceScore: ev.final_score, deviation },
    });
  });
  return { id, score: r.score, referenceScore: ev.final_score, deviation };
}
