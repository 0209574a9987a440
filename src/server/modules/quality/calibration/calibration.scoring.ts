import type { z } from 'zod';
import type {
  CalibrationInteractionShape,
  CalibrationScoreInput,
  ConsensusInput,
} from '../../../../common/quality-calibration.js';
import type { AnswersShape, ScorecardContentShape } from '../../../../common/quality.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { badRequest, conflict, forbidden, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { notify, settleNotices } from '../../../lib/notify.js';
import { calibrationLink } from '../work/links.js';
import { settleOwnNotices } from '../work/work.repo.js';
import * as repo from './calibration.repo.js';
import { scoreEveryItem } from '../forms/complete-answers.js';
import { checkFitness } from '../fitness/fitness.service.js';
import { parse, loadSession, visibleSession, getSession } from './calibration.service.js';

// Blind scoring in a calibration session, the facilitator closing it, and the consensus per
// interaction (the rules are listed in calibration.service.ts).

/** Scores answers on the session's form version; a calibration score must answer every item. */
function scoreAnswers(s: repo.SessionRow, answers: AnswersShape) {
  return scoreEveryItem(parse<ScorecardContentShape>(s.content), answers, s.pass_score);
}

function assertInSession(s: repo.SessionRow, interactionId: string) {
  if (!parse<CalibrationInteractionShape[]>(s.interactions).some((i) => i.id === interactionId)) {
    throw badRequest('NOT_IN_SESSION', 'interactionId: this interaction is not part of the session', 'interactionId');
  }
}

// A paused evaluator may still take part: recalibration is how they come back (SPEC §8).
export async function submitScore(db: Db, actor: Actor, id: string, input: z.output<typeof CalibrationScoreInput>) {
  const { s, participant } = await visibleSession(db, actor, id);
  if (!participant) throw forbidden('Only the evaluators invited to this session score it');
  if (s.status !== 'open') throw ruleBroken('CALIBRATION_CLOSED', 'Scoring of this session is closed');
  assertInSession(s, input.interactionId);
  const r = scoreAnswers(s, input.answers);
  const at = nowIso();
  const values = {
    answers: JSON.stringify(input.answers),
    items: JSON.stringify(r.items),
    score: r.score,
    critical_failure: r.criticalFailure,
    comment: input.comment ?? null,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    const before = await repo.findScore(trx, id, input.interactionId, actor.userId);
    if (before) {
      const res = await repo.updateScore(trx, before.id, before.version, values);
      if (Number(res.numUpdatedRows) !== 1)
        throw conflict('STALE_VERSION', 'This score was changed meanwhile; reload and try again');
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'qa_calibration_score',
        entityId: before.id,
        oldValue: { score: before.score, answers: parse(before.answers) },
        newValue: { score: r.score, answers: input.answers },
      });
    } else {
      const scoreId = newId();
      await repo
        .insertScore(trx, {
          id: scoreId,
          session_id: id,
          interaction_id: input.interactionId,
          user_id: actor.userId,
          ...values,
          version: 1,
          created_at: at,
        })
        .catch((err) => {
          throw isUniqueViolation(err)
            ? conflict('ALREADY_SCORED', 'You scored this interaction meanwhile; reload and try again')
            : err;
        });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'qa_calibration_score',
        entityId: scoreId,
        newValue: { sessionId: id, interactionId: input.interactionId, score: r.score },
      });
    }
    // Every interaction scored: the invitation (their home item) is done for this evaluator alone.
    const mine = await repo.scores(trx, id, actor.userId);
    if (mine.length >= parse<unknown[]>(s.interactions).length)
      await settleOwnNotices(trx, actor.userId, calibrationLink(id), at);
  });
  return { interactionId: input.interactionId, score: r.score, criticalFailure: r.criticalFailure };
}

async function asFacilitator(db: Db, actor: Actor, id: string) {
  const s = await loadSession(db, id);
  if (s.facilitator_user_id !== actor.userId && !actor.roles.includes('admin'))
    throw forbidden('Only the session’s facilitator may do this');
  return s;
}

export async function closeScoring(db: Db, actor: Actor, id: string) {
  const s = await asFacilitator(db, actor, id);
  if (s.status !== 'open') throw ruleBroken('CALIBRATION_CLOSED', 'Scoring of this session is already closed');
  const scorers = new Set((await repo.scores(db, id)).map((r) => r.user_id));
  if (scorers.size < 2)
    throw ruleBroken('CALIBRATION_TOO_FEW_SCORES', 'At least two evaluators must have scored before scoring can close');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.closeSession(trx, id, nowIso())))
      throw conflict('CALIBRATION_CLOSED', 'The session was closed meanwhile');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_calibration_session',
      entityId: id,
      oldValue: { status: 'open' },
      newValue: { status: 'closed', evaluatorsScored: scorers.size },
    });
    // Nobody can score any more: the invitations (the participants' home items) are settled.
    await settleNotices(trx, [calibrationLink(id)]);
    await notify(trx, {
      userIds: (await repo.participants(trx, id)).map((p) => p.user_id),
      kind: 'quality_calibration_closed',
      params: { title: s.title },
      link: calibrationLink(id),
      exceptUserIds: [actor.userId],
    });
  });
  return getSession(db, actor, id);
}

export async function setConsensus(db: Db, actor: Actor, id: string, input: z.output<typeof ConsensusInput>) {
  const s = await asFacilitator(db, actor, id);
  // Set after scoring closes, so no evaluator can have scored with the answer in sight.
  if (s.status !== 'closed') throw ruleBroken('CALIBRATION_OPEN', 'Close scoring before setting the consensus');
  assertInSession(s, input.interactionId);
  const r = scoreAnswers(s, input.answers);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const before = (await repo.consensus(trx, id)).find((c) => c.interaction_id === input.interactionId);
    await repo.upsertConsensus(trx, {
      session_id: id,
      interaction_id: input.interactionId,
      answers: JSON.stringify(input.answers),
      items: JSON.stringify(r.items),
      score: r.score,
      critical_failure: r.criticalFailure,
      set_by: actor.userId,
      created_at: before?.created_at ?? at,
      updated_at: at,
    });
    await recordAudit(trx, actor, {
      action: before ? 'update' : 'create',
      entity: 'qa_calibration_consensus',
      entityId: `${id}:${input.interactionId}`,
      oldValue: before ? { score: before.score, answers: parse(before.answers) } : undefined,
      newValue: { score: r.score, answers: input.answers },
      reason: input.reason ?? null,
    });
  });
  // A consensus is when deviations become known: an evaluator it puts past the fitness threshold is flagged.
  await checkFitness(
    db,
    actor,
    (await repo.scores(db, id)).filter((x) => x.interaction_id === input.interactionId).map((x) => x.user_id),
  );
  return { interactionId: input.interactionId, score: r.score, criticalFailure: r.criticalFailure };
}
