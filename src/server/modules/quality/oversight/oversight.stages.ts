import type { z } from 'zod';
import type { ReviewInput } from '../../../../common/quality-calibration.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { conflict, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { evaluatorRows } from './oversight.list.js';
import * as repo from './oversight.repo.js';
import { quarterOf, quarterStart } from './oversight.figures.js';
import { loadEvaluatorUser, changeStatus, loadStatus } from './oversight.service.js';

// The later stages of an evaluator's record (see oversight.service.ts): certification after enough
// co-scores within tolerance, pause and resume, and the quarterly reviews.

export async function certify(db: Db, actor: Actor, userId: string, reason: string) {
  const row = await loadStatus(db, userId);
  if (row.stage === 'certified') throw conflict('ALREADY_CERTIFIED', 'This evaluator is certified already');
  if (row.stage !== 'co_scoring') throw ruleBroken('EVALUATOR_NOT_READY', 'The evaluator has not passed the test yet');
  const [tolerance, needed] = await Promise.all([
    getSetting(db, 'quality.calibration.tolerance'),
    getSetting(db, 'quality.evaluators.coScoresNeeded'),
  ]);
  const within = (await repo.coscores(db, userId)).filter((c) => Math.abs(c.deviation) <= tolerance).length;
  if (within < needed)
    throw ruleBroken('EVALUATOR_NOT_READY', `${within} of the ${needed} co-scores within ±${tolerance} points needed`);
  await db.transaction().execute(async (trx) => {
    await changeStatus(trx, userId, row.version, { stage: 'certified', certified_at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_evaluator',
      entityId: userId,
      oldValue: { stage: row.stage },
      newValue: { stage: 'certified', coscoresWithin: within },
      reason,
    });
    await notify(trx, {
      userIds: [userId],
      kind: 'quality_evaluator_certified',
      link: '/quality/calibrations',
      exceptUserIds: [actor.userId],
    });
  });
}

export async function pause(db: Db, actor: Actor, userId: string, reason: string) {
  await loadEvaluatorUser(db, userId);
  const row = await repo.findStatus(db, userId);
  if (row?.paused) throw conflict('ALREADY_PAUSED', 'This evaluator is paused already');
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    if (row) await changeStatus(trx, userId, row.version, { paused: 1, paused_reason: reason, paused_at: at });
    else {
      // An evaluator from before registration existed: recorded now as certified, and paused.
      await repo
        .insertStatus(trx, {
          user_id: userId,
          stage: 'certified',
          paused: 1,
          paused_reason: reason,
          paused_at: at,
          test_score: null,
          test_pass_mark: null,
          test_exam_id: null,
          test_recorded_at: null,
          mentor_user_id: null,
          certified_at: null,
          registered_by: actor.userId,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .catch((err) => {
          throw isUniqueViolation(err)
            ? conflict('STALE_VERSION', 'This evaluator’s record was changed meanwhile; reload and try again')
            : err;
        });
    }
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_evaluator',
      entityId: userId,
      oldValue: { paused: false },
      newValue: { paused: true },
      reason,
    });
    await notify(trx, {
      userIds: [userId],
      kind: 'quality_evaluator_paused',
      params: { reason },
      link: '/quality/calibrations',
      exceptUserIds: [actor.userId],
    });
  });
}

export async function resume(db: Db, actor: Actor, userId: string, reason: string) {
  const row = await loadStatus(db, userId);
  if (!row.paused) throw conflict('NOT_PAUSED', 'This evaluator is not paused');
  await db.transaction().execute(async (trx) => {
    await changeStatus(trx, userId, row.version, { paused: 0, paused_reason: null, paused_at: null });
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_evaluator',
      entityId: userId,
      oldValue: { paused: true, reason: row.paused_reason },
      newValue: { paused: false },
      reason,
    });
    await notify(trx, {
      userIds: [userId],
      kind: 'quality_evaluator_resumed',
      link: '/quality/calibrations',
      exceptUserIds: [actor.userId],
    });
  });
}

export async function addReview(db: Db, actor: Actor, userId: string, input: z.output<typeof ReviewInput>) {
  await loadEvaluatorUser(db, userId);
  const today = await todayInCenter(db);
  if (quarterStart(input.quarter) > today)
    throw ruleBroken('QUARTER_IN_FUTURE', 'quarter: a review is of a quarter that has begun', 'quarter');
  // The figures of the quarter (to today if it is the current one), kept with the review.
  const to = input.quarter === quarterOf(today) ? today : addDays(quarterStart(nextQuarter(input.quarter)), -1);
  const figures = (await evaluatorRows(db, quarterStart(input.quarter), to)).find((r) => r.userId === userId) ?? null;
  const id = newId();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo
      .insertReview(trx, {
        id,
        user_id: userId,
        quarter: input.quarter,
        reviewer_user_id: actor.userId,
        result: input.result,
        notes: input.notes ?? null,
        figures: JSON.stringify(figures),
        created_at: at,
        updated_at: at,
      })
      .catch((err) => {
        throw isUniqueViolation(err)
          ? conflict('REVIEW_EXISTS', `This evaluator was reviewed for ${input.quarter} already`, 'quarter')
          : err;
      });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'qa_evaluator_review',
      entityId: id,
      newValue: { userId, quarter: input.quarter, result: input.result, notes: input.notes ?? null },
    });
  });
  return { id };
}

function nextQuarter(q: string) {
  const y = Number(q.slice(0, 4));
  const n = Number(q.slice(5));
  return n === 4 ? `${y + 1}Q1` : `${y}Q${n + 1}`;
}
