import type { z } from 'zod';
import type { MarkReviewInput, ReinstateInput, SuspendInput } from '../../../../common/quality-fitness.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify, userIdsWithRoles } from '../../../lib/notify.js';
import { hasPermission, PERMISSIONS } from '../../../../common/permissions.js';
import { requireInScope } from '../../../lib/access.js';
import { applyFinalResult } from '../evaluations/evaluations.service.js';
import { fitnessOf, limits, mean, round2 } from './fitness.figures.js';
import * as repo from './fitness.repo.js';

// Evaluator fitness (SPEC §8 "an evaluator whose scores are generally too high or too low is
// stopped, retrained and recalibrated"; issue 17 item 3):
//  - The figure: the mean signed deviation (score − consensus, points) of an evaluator's
//    calibration scores on sessions held in the last quality.fitness.windowDays days, after their
//    last reinstatement. With quality.fitness.minCalibrations of them or more and |mean| above
//    quality.fitness.maxDeviation the evaluator is flagged.
//  - When a consensus makes someone flagged, a flag is raised once and every QA lead (holders of
//    quality.lead) is told; a flag whose figure falls back within the threshold is dismissed.
//  - A QA lead suspends with a reason: scoring is refused (403 EVALUATOR_SUSPENDED, oversight.gate),
//    their open samples go back to the pool and the draw passes them by, and every evaluation they
//    scored in the window up to today is marked. A marked evaluation stays out of appraisal inputs
//    (qa-inputs.ts) until a QA lead confirms it or scores it again.
//  - The lead reinstates after retraining, naming a recalibration session closed after the
//    suspension in which the evaluator's mean deviation is within the threshold.
// Every step is audited.

const leads = (db: Db) => userIdsWithRoles(db, [...PERMISSIONS['quality.lead']]);

/** One evaluator's figure, for themself or a QA lead; anyone else (or no such user) gets 404. */
export async function fitnessOfOne(db: Db, actor: Actor, userId: string) {
  requireInScope(
    (await repo.userExists(db, userId)) || null,
    actor.userId === userId || hasPermission(actor.roles, 'quality.lead'),
    'User',
  );
  return (await fitnessOf(db, [userId])).get(userId)!;
}

/** After a consensus changes: raise a flag (and tell the QA leads) for each of the users newly over
 *  the threshold; dismiss a raised flag whose figure is back within it. */
export async function checkFitness(db: Db, actor: Actor, userIds: string[]) {
  const figures = await fitnessOf(db, userIds);
  const flags = await repo.liveFlags(db, userIds);
  const at = nowIso();
  for (const [userId, f] of figures) {
    const flag = flags.find((x) => x.user_id === userId);
    if (f.state === 'flagged' && !flag) {
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await repo.insertFlag(trx, {
          id,
          user_id: userId,
          state: 'open',
          mean_deviation: f.meanDeviation!,
          calibrations: f.calibrations,
          window_from: f.windowFrom,
          window_to: f.windowTo,
          suspended_at: null,
          suspended_by: null,
          suspend_reason: null,
          marked_from: null,
          marked_to: null,
          reinstated_at: null,
          reinstated_by: null,
          reinstate_reason: null,
          recalibration_session_id: null,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await recordAudit(trx, actor, {
          action: 'create',
          entity: 'qa_evaluator_fitness_flag',
          entityId: id,
          newValue: {
            userId,
            meanDeviation: f.meanDeviation,
            calibrations: f.calibrations,
            windowFrom: f.windowFrom,
            windowTo: f.windowTo,
          },
        });
        const name = (await repo.userDisplayName(trx, userId)) ?? userId;
        await notify(trx, {
          userIds: await leads(trx),
          kind: 'quality_evaluator_flagged',
          params: { name, deviation: f.meanDeviation!, calibrations: f.calibrations, max: f.maxDeviation },
          link: '/quality/evaluators',
        });
      });
    } else if (flag?.state === 'open' && f.state !== 'flagged') {
      await db.transaction().execute(async (trx) => {
        if (!(await repo.updateFlag(trx, flag.id, flag.version, { state: 'dismissed', updated_at: at }))) return;
        await recordAudit(trx, actor, {
          action: 'status_change',
          entity: 'qa_evaluator_fitness_flag',
          entityId: flag.id,
          oldValue: { state: 'open' },
          newValue: { state: 'dismissed', meanDeviation: f.meanDeviation },
          reason: 'back within the threshold',
        });
      });
    }
  }
}

export async function suspend(db: Db, actor: Actor, userId: string, input: z.output<typeof SuspendInput>) {
  if (!(await repo.userExists(db, userId))) throw notFound('User');
  const f = (await fitnessOf(db, [userId])).get(userId)!;
  if (f.state === 'suspended') throw conflict('ALREADY_SUSPENDED', 'This evaluator is suspended already');
  const open = (await repo.liveFlags(db, [userId]))[0];
  const at = nowIso();
  const changes = {
    state: 'suspended',
    suspended_at: at,
    suspended_by: actor.userId,
    suspend_reason: input.reason,
    marked_from: f.windowFrom,
    marked_to: f.windowTo,
    updated_at: at,
  };
  return db.transaction().execute(async (trx) => {
    const id = open?.id ?? newId();
    if (open) {
      if (!(await repo.updateFlag(trx, open.id, open.version, changes)))
        throw conflict('STALE_VERSION', 'This evaluator’s flag changed meanwhile; reload and try again');
    } else {
      // The lead may act on other evidence too (leniency, a complaint): the figure is kept as it is.
      await repo.insertFlag(trx, {
        id,
        user_id: userId,
        mean_deviation: f.meanDeviation ?? 0,
        calibrations: f.calibrations,
        window_from: f.windowFrom,
        window_to: f.windowTo,
        reinstated_at: null,
        reinstated_by: null,
        reinstate_reason: null,
        recalibration_session_id: null,
        version: 1,
        created_at: at,
        ...changes,
      });
    }
    const marked = await repo.markEvaluations(trx, id, userId, f.windowFrom, f.windowTo, at);
    const released = await repo.releaseSamples(trx, userId);
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_evaluator_fitness_flag',
      entityId: id,
      reason: input.reason,
      oldValue: { state: open?.state ?? null },
      newValue: {
        state: 'suspended',
        userId,
        meanDeviation: f.meanDeviation,
        calibrations: f.calibrations,
        markedFrom: f.windowFrom,
        markedTo: f.windowTo,
        marked,
        released,
      },
    });
    await notify(trx, {
      userIds: [userId],
      kind: 'quality_evaluator_suspended',
      params: { reason: input.reason, marked },
      link: `/quality/evaluators/${userId}`,
      exceptUserIds: [actor.userId],
    });
    return { flagId: id, marked, released };
  });
}

export async function reinstate(db: Db, actor: Actor, userId: string, input: z.output<typeof ReinstateInput>) {
  const flag = await repo.suspendedFlag(db, userId);
  if (!flag) throw conflict('NOT_SUSPENDED', 'This evaluator is not suspended');
  const session = await repo.calibrationSessionBrief(db, input.sessionId);
  if (!session) throw ruleBroken('RECALIBRATION_REQUIRED', 'sessionId: no such calibration session', 'sessionId');
  if (session.status !== 'closed' || !session.closed_at || session.closed_at <= flag.suspended_at!) {
    throw ruleBroken(
      'RECALIBRATION_REQUIRED',
      'sessionId: the recalibration must be a session closed after the suspension',
      'sessionId',
    );
  }
  const mine = (await repo.scoresAgainstConsensus(db, session.id, userId)).map(
    (r) => Number(r.score) - Number(r.consensus_score),
  );
  if (!mine.length)
    throw ruleBroken(
      'RECALIBRATION_REQUIRED',
      'sessionId: the evaluator has no score against a consensus in that session',
      'sessionId',
    );
  const { maxDeviation } = await limits(db);
  const deviation = round2(mean(mine));
  if (Math.abs(deviation) > maxDeviation) {
    throw ruleBroken(
      'RECALIBRATION_FAILED',
      `sessionId: mean deviation ${deviation} is beyond ±${maxDeviation}`,
      'sessionId',
    );
  }
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    if (
      !(await repo.updateFlag(trx, flag.id, flag.version, {
        state: 'reinstated',
        reinstated_at: at,
        reinstated_by: actor.userId,
        reinstate_reason: input.reason,
        recalibration_session_id: session.id,
        updated_at: at,
      }))
    ) {
      throw conflict('STALE_VERSION', 'This evaluator’s flag changed meanwhile; reload and try again');
    }
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_evaluator_fitness_flag',
      entityId: flag.id,
      reason: input.reason,
      oldValue: { state: 'suspended' },
      newValue: { state: 'reinstated', sessionId: session.id, deviation },
    });
    await notify(trx, {
      userIds: [userId],
      kind: 'quality_evaluator_reinstated',
      params: { deviation },
      link: `/quality/evaluators/${userId}`,
      exceptUserIds: [actor.userId],
    });
  });
  return { deviation };
}

/** A QA lead's re-review of a marked evaluation: confirm it as it stands, or change its answers. */
export async function reviewMark(db: Db, actor: Actor, evaluationId: string, input: z.output<typeof MarkReviewInput>) {
  const mark = await repo.findMark(db, evaluationId);
  if (!mark) throw notFound('Marked evaluation');
  if (mark.state !== 'flagged') throw conflict('MARK_REVIEWED', 'This evaluation was re-reviewed already');
  const state = input.action === 'confirm' ? 'confirmed' : 'rescored';
  return db.transaction().execute(async (trx) => {
    const result =
      input.action === 'rescore'
        ? await applyFinalResult(trx, evaluationId, input.answers, actor, `fitness re-review: ${input.reason}`)
        : null;
    if (!(await repo.reviewMark(trx, evaluationId, state, actor.userId, nowIso(), input.reason)))
      throw conflict('MARK_REVIEWED', 'This evaluation was re-reviewed meanwhile');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_evaluation_fitness_mark',
      entityId: evaluationId,
      reason: input.reason,
      oldValue: { state: 'flagged' },
      newValue: { state, finalScore: result?.finalScore ?? null },
    });
    return { state, finalScore: result?.finalScore ?? null };
  });
}
