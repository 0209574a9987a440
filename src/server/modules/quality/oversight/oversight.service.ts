import type { z } from 'zod';
import { hasPermission } from '../../../../common/permissions.js';
import type { OversightQuery, RegisterInput, TestInput } from '../../../../common/quality-calibration.js';
import type { Role } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { requireInScope } from '../../../lib/access.js';
import { AppError, badRequest, conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { examResults } from '../../exams/attempts/attempts.results.js';
import { assertMayScore } from './oversight.gate.js';
import { evaluatorRows, evaluatorStatus, quarterFigures } from './oversight.list.js';
import * as repo from './oversight.repo.js';

// Evaluator oversight (SPEC §8 "Evaluators are checked too", issue 7 item 9): the figures per
// evaluator (oversight.list.ts), and the record a QA lead keeps of each evaluator:
//  - register → stage 'training' (scoring alone is refused: assertMayScore);
//  - the test: a score against a pass mark (default quality.evaluators.testPassMark), optionally
//    naming the exams-module exam it came from; passing moves the evaluator to 'co_scoring';
//  - co-scoring: the new evaluator scores evaluations an experienced (certified) evaluator made;
//    each co-score's deviation in points is kept; with quality.evaluators.coScoresNeeded of them
//    within ±quality.calibration.tolerance the lead may certify;
//  - pause (with a reason) blocks scoring with 422 EVALUATOR_PAUSED until resumed (with a reason);
//  - quarterly reviews (pass / retrain / move) keep the figures the reviewer saw.
// Every change is audited. Co-scoring lives in oversight.coscore.ts; certification, pause and
// resume, and the quarterly reviews in oversight.stages.ts.
export { assertMayScore };

export const isLead = (actor: Actor) => hasPermission(actor.roles, 'quality.lead');

export async function period(db: Db, q: z.output<typeof OversightQuery>) {
  const to = q.to ?? (await todayInCenter(db));
  const from = q.from ?? addDays(to, -((await getSetting(db, 'quality.oversight.periodDays')) - 1));
  assertDateOrder(from, to, 'to', 'to: the period ends before it starts');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= 731)
    throw new AppError(400, 'PERIOD_TOO_LONG', 'to: at most 731 days (two years) at a time', 'to', { days: 731 });
  return { from, to };
}

export async function listEvaluators(db: Db, q: z.output<typeof OversightQuery>) {
  const p = await period(db, q);
  const [points, alphaPercent, minEvaluations] = await Promise.all([
    getSetting(db, 'quality.oversight.leniencyPoints'),
    getSetting(db, 'quality.oversight.significancePercent'),
    getSetting(db, 'quality.oversight.minEvaluations'),
  ]);
  return {
    ...p,
    thresholds: { points, alphaPercent, minEvaluations },
    evaluators: await evaluatorRows(db, p.from, p.to),
  };
}

export async function loadEvaluatorUser(db: Db, userId: string) {
  const user = await repo.findUser(db, userId);
  if (!user) throw notFound('User');
  return user;
}

export async function getEvaluator(db: Db, actor: Actor, userId: string) {
  const user = await loadEvaluatorUser(db, userId);
  const status = await repo.findStatus(db, userId);
  // Only QA leads (and a new evaluator's experienced evaluator) see another evaluator's record; to
  // anyone else it answers as if there were none (lib/access.ts).
  requireInScope(user, actor.userId === userId || actor.userId === status?.mentor_user_id || isLead(actor), 'User');
  const row = status;
  const [coscores, reviews, tolerance, needed, today] = await Promise.all([
    repo.coscores(db, userId),
    repo.reviews(db, userId),
    getSetting(db, 'quality.calibration.tolerance'),
    getSetting(db, 'quality.evaluators.coScoresNeeded'),
    todayInCenter(db),
  ]);
  const mentor = row?.mentor_user_id ? await repo.findUser(db, row.mentor_user_id) : null;
  const within = coscores.filter((c) => Math.abs(c.deviation) <= tolerance).length;
  return {
    userId,
    name: user.display_name,
    status: evaluatorStatus(row),
    stage: (row?.stage ?? null) as 'training' | 'co_scoring' | 'certified' | null,
    paused: row?.paused === 1,
    pausedReason: row?.paused_reason ?? null,
    pausedAt: row?.paused_at ?? null,
    test:
      row?.test_score != null && row.test_pass_mark != null
        ? {
            score: row.test_score,
            passMark: row.test_pass_mark,
            passed: row.test_score >= row.test_pass_mark,
            examId: row.test_exam_id,
            recordedAt: row.test_recorded_at!,
          }
        : null,
    mentorUserId: row?.mentor_user_id ?? null,
    mentorName: mentor?.display_name ?? null,
    certifiedAt: row?.certified_at ?? null,
    coscoresNeeded: needed,
    coscoresWithin: within,
    coscores: coscores.map((c) => ({
      id: c.id,
      evaluationId: c.evaluation_id,
      referenceUserId: c.reference_user_id,
      referenceName: c.reference_name,
      score: c.score,
      referenceScore: c.reference_score,
      deviation: c.deviation,
      withinTolerance: Math.abs(c.deviation) <= tolerance,
      createdAt: c.created_at,
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      quarter: r.quarter,
      reviewerUserId: r.reviewer_user_id,
      reviewerName: r.reviewer_name,
      result: r.result as 'pass' | 'retrain' | 'move',
      notes: r.notes,
      figures: JSON.parse(r.figures),
      createdAt: r.created_at,
    })),
    quarters: await quarterFigures(db, userId, today),
    version: row?.version ?? null,
  };
}

async function mayEvaluateUser(db: Db, userId: string) {
  return hasPermission((await repo.rolesOf(db, userId)) as Role[], 'quality.evaluate');
}

export async function changeStatus(
  db: Db,
  userId: string,
  version: number,
  changes: Parameters<typeof repo.updateStatus>[3],
) {
  if (!(await repo.updateStatus(db, userId, version, { ...changes, updated_at: nowIso() }))) {
    throw conflict('STALE_VERSION', 'This evaluator’s record was changed meanwhile; reload and try again');
  }
}

export async function loadStatus(db: Db, userId: string) {
  await loadEvaluatorUser(db, userId);
  const row = await repo.findStatus(db, userId);
  if (!row) throw ruleBroken('EVALUATOR_NOT_REGISTERED', 'This evaluator was never registered (treated as certified)');
  return row;
}

export async function register(db: Db, actor: Actor, userId: string, input: z.output<typeof RegisterInput>) {
  const user = await loadEvaluatorUser(db, userId);
  if (user.disabled) throw ruleBroken('USER_DISABLED', 'This account is disabled');
  if (!(await mayEvaluateUser(db, userId)))
    throw ruleBroken('NOT_AN_EVALUATOR', 'This user holds no role that may evaluate');
  if (input.mentorUserId) {
    if (input.mentorUserId === userId)
      throw badRequest('BAD_MENTOR', 'mentorUserId: an evaluator cannot co-score with themself', 'mentorUserId');
    if (!(await repo.findUser(db, input.mentorUserId)))
      throw badRequest('UNKNOWN_USER', 'mentorUserId: no such user', 'mentorUserId');
    await assertMayScore(db, input.mentorUserId).catch(() => {
      throw ruleBroken(
        'MENTOR_NOT_CERTIFIED',
        'The experienced evaluator must be certified and not paused',
        'mentorUserId',
      );
    });
  }
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo
      .insertStatus(trx, {
        user_id: userId,
        stage: 'training',
        paused: 0,
        paused_reason: null,
        paused_at: null,
        test_score: null,
        test_pass_mark: null,
        test_exam_id: null,
        test_recorded_at: null,
        mentor_user_id: input.mentorUserId ?? null,
        certified_at: null,
        registered_by: actor.userId,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .catch((err) => {
        throw isUniqueViolation(err) ? conflict('ALREADY_REGISTERED', 'This evaluator is registered already') : err;
      });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'qa_evaluator',
      entityId: userId,
      newValue: { stage: 'training', mentorUserId: input.mentorUserId ?? null },
      reason: input.reason,
    });
  });
}

export async function recordTest(db: Db, actor: Actor, userId: string, input: z.output<typeof TestInput>) {
  const row = await loadStatus(db, userId);
  if (row.stage !== 'training')
    throw ruleBroken('EVALUATOR_STAGE', 'The test is recorded while the evaluator is in training');
  const passMark = input.passMark ?? (await getSetting(db, 'quality.evaluators.testPassMark'));
  const score = input.score ?? (await examScore(db, actor, userId, input.examId));
  const passed = score >= passMark;
  await db.transaction().execute(async (trx) => {
    await changeStatus(trx, userId, row.version, {
      test_score: score,
      test_pass_mark: passMark,
      test_exam_id: input.examId ?? null,
      test_recorded_at: nowIso(),
      stage: passed ? 'co_scoring' : 'training',
    });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'qa_evaluator',
      entityId: userId,
      oldValue: { stage: row.stage, testScore: row.test_score },
      newValue: { stage: passed ? 'co_scoring' : 'training', testScore: score, passMark, examId: input.examId ?? null },
      reason: input.reason ?? null,
    });
  });
  return { passed, score };
}

/** The evaluator's best graded attempt in an exams-module exam, read as the lead may see it. */
async function examScore(db: Db, actor: Actor, userId: string, examId: string | null | undefined): Promise<number> {
  if (!examId)
    throw badRequest(
      'TEST_SCORE_MISSING',
      'score: give the test score, or the exam (examId) whose result counts',
      'score',
    );
  const user = await repo.findUser(db, userId);
  const rows = user?.employee_id
    ? (await examResults(db, actor, examId)).filter((r) => r.employeeId === user.employee_id)
    : [];
  const graded = rows.filter((r) => r.score !== null && r.pendingManual === 0).map((r) => r.score!);
  if (!graded.length)
    throw ruleBroken('EXAM_RESULT_MISSING', 'examId: this evaluator has no graded attempt in that exam', 'examId');
  return Math.max(...graded);
}
