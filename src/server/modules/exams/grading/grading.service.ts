import type { z } from 'zod';
import type { GradeInput } from '../../../../common/exams-attempts.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { nowIso } from '../../../lib/clock.js';
import { contentsOf } from '../attempts/attempts.content.js';
import { canGrade, loadExam, runsAll } from '../shared/exams.access.js';
import { maybeRelease } from '../sessions/exams.service.js';
import { openIfFailed } from './followups.service.js';
import { scaleTo100, scoreAnswer } from './grading.score.js';
import { announceWrongAnswers } from './wrong-answers.hooks.js';
import {
  answersOf,
  attemptWithExam,
  essayQueue,
  examIdOf,
  itemScoresOf,
  itemWithAttempt,
  markSubmitted,
  sealItems,
  theoryExams,
  updateAttempt,
  updateItem,
} from './grading.repo.js';

// Grading (SPEC §4): objective items at submission, subjective ones by a grader who sees an
// anonymous code, never the examinee. The attempt is graded when nothing is left to mark.

/** Totals of an attempt from its items; graded (with a follow-up if failed) when none is pending. */
export async function recomputeAttempt(db: Db, attemptId: string) {
  const a = await attemptWithExam(db, attemptId);
  const items = await itemScoresOf(db, attemptId);
  const pending = items.filter((i) => i.score === null).length;
  const raw = Math.round(items.reduce((s, i) => s + (i.score ?? 0), 0) * 10_000) / 10_000;
  const max = items.reduce((s, i) => s + i.points, 0);
  const graded = pending === 0;
  const score = graded ? scaleTo100(raw, max) : null;
  const passed = score === null ? null : score >= a.pass_mark ? 1 : 0;
  await updateAttempt(db, attemptId, {
    raw_score: raw,
    max_score: max,
    score,
    passed,
    pending_manual: pending,
    status: graded ? 'graded' : 'submitted',
    graded_at: graded ? nowIso() : null,
  });
  if (score !== null)
    await openIfFailed(db, {
      employeeId: a.employee_id,
      kind: 'theory',
      sourceId: a.id,
      title: a.title,
      score,
      passMark: a.pass_mark,
    });
  return { before: a.score, score, pending };
}

/** Submits an attempt (by the examinee, or at time-out) and grades what can be graded. Only the
 *  first caller wins. Items are sealed before they are read, so a save either lands before the
 *  grading reads it or is refused (see saveAnswer). */
export async function finalize(db: Db, attemptId: string, opts: { auto: boolean; at: string }) {
  const examId = await db.transaction().execute(async (trx) => {
    if ((await markSubmitted(trx, attemptId, opts.at, opts.auto)) !== 1) return null;
    // Sealing every item waits for a save in flight (its row lock) and refuses any later one.
    await sealItems(trx, attemptId);
    const items = await answersOf(trx, attemptId);
    const contents = await contentsOf(
      trx,
      items.map((i) => i.question_version_id),
    );
    for (const i of items) {
      if (i.manual) {
        // An essay left empty earns nothing, and no grader has to open it.
        const a = i.answer ? JSON.parse(i.answer) : null;
        if (!a?.text?.trim()) await updateItem(trx, i.id, { score: 0, graded_at: opts.at, comment: null });
        continue;
      }
      const score = scoreAnswer(contents.get(i.question_version_id)!, i.points, i.answer ? JSON.parse(i.answer) : null);
      await updateItem(trx, i.id, { score, graded_at: opts.at });
    }
    await announceWrongAnswers(trx, attemptId); // e.g. drills: cards of the same knowledge point become due
    const r = await recomputeAttempt(trx, attemptId);
    await recordAudit(trx, null, {
      action: 'status_change',
      entity: 'exam_attempt',
      entityId: attemptId,
      oldValue: { status: 'in_progress' },
      newValue: { status: r.pending ? 'submitted' : 'graded', score: r.score, pendingManual: r.pending },
      reason: opts.auto ? 'submitted by the server at the deadline' : 'submitted by the examinee',
    });
    return examIdOf(trx, attemptId);
  });
  if (examId) await maybeRelease(db, examId);
  return examId !== null;
}

async function gradableExamIds(db: Db, actor: Actor, examId?: string) {
  const out: string[] = [];
  for (const e of await theoryExams(db, examId)) if (await canGrade(db, actor, e)) out.push(e.id);
  return out;
}

/** The grader's queue: answers to mark, with the rubric and an anonymous code — no name, no id. */
export async function queue(db: Db, actor: Actor, f: { examId?: string; state: 'pending' | 'graded' | 'all' }) {
  const examIds = await gradableExamIds(db, actor, f.examId);
  if (!examIds.length) return [];
  const rows = await essayQueue(db, examIds, f.state);
  const contents = await contentsOf(
    db,
    rows.map((r) => r.question_version_id),
  );
  return rows.map((r) => {
    const c = contents.get(r.question_version_id)!;
    return {
      itemId: r.id,
      examId: r.exam_id,
      examTitle: r.title,
      anonCode: r.anon_code,
      position: r.position,
      type: c.type,
      stem: c.stem,
      points: r.points,
      files: c.files ?? [],
      rubric: c.rubric,
      referenceAnswer: c.referenceAnswer,
      answer: r.answer ? JSON.parse(r.answer) : null,
      score: r.score,
      comment: r.comment,
      gradedAt: r.graded_at,
    };
  });
}

/** Marks one answer (partial credit allowed). Changing a mark already given needs a reason. */
export async function gradeItem(db: Db, actor: Actor, itemId: string, input: z.output<typeof GradeInput>) {
  const item = await itemWithAttempt(db, itemId);
  if (!item) throw notFound('Answer');
  const exam = await loadExam(db, item.exam_id);
  if (!(await canGrade(db, actor, exam))) throw forbidden('You do not grade this exam');
  if (item.status === 'in_progress') throw conflict('ATTEMPT_IN_PROGRESS', 'The examinee is still taking this exam');
  if (!item.manual && !runsAll(actor) && exam.created_by !== actor.userId)
    throw forbidden('Only the author or a training manager may override an automatic mark');
  if (input.score > item.points + 1e-9)
    throw ruleBroken('SCORE_TOO_HIGH', `This answer is worth at most ${item.points}`, 'score');
  const regrade =
    item.score !== null &&
    (item.manual ? item.score !== input.score || (input.comment ?? null) !== item.comment : true);
  if (regrade && !input.reason?.trim())
    throw ruleBroken('REASON_REQUIRED', 'Give a reason for changing a mark already given', 'reason');
  const result = await db.transaction().execute(async (trx) => {
    await updateItem(trx, itemId, {
      score: input.score,
      comment: input.comment ?? null,
      graded_by: actor.userId,
      graded_at: nowIso(),
    });
    const r = await recomputeAttempt(trx, item.attempt_id);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam_attempt_item',
      entityId: itemId,
      oldValue: { score: item.score, comment: item.comment },
      newValue: { score: input.score, comment: input.comment ?? null },
      reason: input.reason ?? 'graded',
    });
    if (r.before !== r.score && r.score !== null) {
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'exam_attempt',
        entityId: item.attempt_id,
        oldValue: { score: r.before },
        newValue: { score: r.score },
        reason: input.reason ?? 'grading completed',
      });
    }
    return r;
  });
  await maybeRelease(db, item.exam_id);
  return { itemId, attemptScore: result.score, pendingInAttempt: result.pending };
}
