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

// Grading (SPEC §4): objective items at submission, subjective ones by a grader who sees an
// anonymous code, never the examinee. The attempt is graded when nothing is left to mark.

/** Totals of an attempt from its items; graded (with a follow-up if failed) when none is pending. */
export async function recomputeAttempt(db: Db, attemptId: string) {
  const a = await db
    .selectFrom('exam_attempts as a')
    .innerJoin('exams as x', 'x.id', 'a.exam_id')
    .select(['a.id', 'a.employee_id', 'a.status', 'a.score', 'x.pass_mark', 'x.title'])
    .where('a.id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const items = await db
    .selectFrom('exam_attempt_items')
    .select(['points', 'score', 'manual'])
    .where('attempt_id', '=', attemptId)
    .execute();
  const pending = items.filter((i) => i.score === null).length;
  const raw = Math.round(items.reduce((s, i) => s + (i.score ?? 0), 0) * 10_000) / 10_000;
  const max = items.reduce((s, i) => s + i.points, 0);
  const graded = pending === 0;
  const score = graded ? scaleTo100(raw, max) : null;
  const passed = score === null ? null : score >= a.pass_mark ? 1 : 0;
  await db
    .updateTable('exam_attempts')
    .set({
      raw_score: raw,
      max_score: max,
      score,
      passed,
      pending_manual: pending,
      status: graded ? 'graded' : 'submitted',
      graded_at: graded ? nowIso() : null,
    })
    .where('id', '=', attemptId)
    .execute();
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
    const res = await trx
      .updateTable('exam_attempts')
      .set({ status: 'submitted', submitted_at: opts.at, auto_submitted: opts.auto ? 1 : 0 })
      .where('id', '=', attemptId)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return null;
    // Sealing every item waits for a save in flight (its row lock) and refuses any later one.
    await trx.updateTable('exam_attempt_items').set({ sealed: 1 }).where('attempt_id', '=', attemptId).execute();
    const items = await trx
      .selectFrom('exam_attempt_items')
      .select(['id', 'question_version_id', 'points', 'answer', 'manual'])
      .where('attempt_id', '=', attemptId)
      .execute();
    const contents = await contentsOf(
      trx,
      items.map((i) => i.question_version_id),
    );
    for (const i of items) {
      if (i.manual) {
        // An essay left empty earns nothing, and no grader has to open it.
        const a = i.answer ? JSON.parse(i.answer) : null;
        if (!a?.text?.trim())
          await trx
            .updateTable('exam_attempt_items')
            .set({ score: 0, graded_at: opts.at, comment: null })
            .where('id', '=', i.id)
            .execute();
        continue;
      }
      const score = scoreAnswer(contents.get(i.question_version_id)!, i.points, i.answer ? JSON.parse(i.answer) : null);
      await trx.updateTable('exam_attempt_items').set({ score, graded_at: opts.at }).where('id', '=', i.id).execute();
    }
    const r = await recomputeAttempt(trx, attemptId);
    await recordAudit(trx, null, {
      action: 'status_change',
      entity: 'exam_attempt',
      entityId: attemptId,
      oldValue: { status: 'in_progress' },
      newValue: { status: r.pending ? 'submitted' : 'graded', score: r.score, pendingManual: r.pending },
      reason: opts.auto ? 'submitted by the server at the deadline' : 'submitted by the examinee',
    });
    return (
      await trx.selectFrom('exam_attempts').select('exam_id').where('id', '=', attemptId).executeTakeFirstOrThrow()
    ).exam_id;
  });
  if (examId) await maybeRelease(db, examId);
  return examId !== null;
}

async function gradableExamIds(db: Db, actor: Actor, examId?: string) {
  let q = db.selectFrom('exams').selectAll().where('kind', '=', 'theory');
  if (examId) q = q.where('id', '=', examId);
  const out: string[] = [];
  for (const e of await q.execute()) if (await canGrade(db, actor, e)) out.push(e.id);
  return out;
}

/** The grader's queue: answers to mark, with the rubric and an anonymous code — no name, no id. */
export async function queue(db: Db, actor: Actor, f: { examId?: string; state: 'pending' | 'graded' | 'all' }) {
  const examIds = await gradableExamIds(db, actor, f.examId);
  if (!examIds.length) return [];
  let q = db
    .selectFrom('exam_attempt_items as i')
    .innerJoin('exam_attempts as a', 'a.id', 'i.attempt_id')
    .innerJoin('exams as x', 'x.id', 'a.exam_id')
    .select([
      'i.id',
      'i.position',
      'i.points',
      'i.answer',
      'i.score',
      'i.comment',
      'i.graded_at',
      'i.question_version_id',
      'a.anon_code',
      'x.id as exam_id',
      'x.title',
    ])
    .where('a.exam_id', 'in', examIds)
    .where('i.manual', '=', 1)
    .where('a.status', '!=', 'in_progress');
  if (f.state === 'pending') q = q.where('i.score', 'is', null);
  if (f.state === 'graded') q = q.where('i.score', 'is not', null);
  const rows = await q.orderBy('x.title').orderBy('a.anon_code').orderBy('i.position').limit(1000).execute();
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
  const item = await db
    .selectFrom('exam_attempt_items as i')
    .innerJoin('exam_attempts as a', 'a.id', 'i.attempt_id')
    .select([
      'i.id',
      'i.attempt_id',
      'i.points',
      'i.score',
      'i.comment',
      'i.manual',
      'a.status',
      'a.exam_id',
      'a.score as attempt_score',
    ])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
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
    await trx
      .updateTable('exam_attempt_items')
      .set({ score: input.score, comment: input.comment ?? null, graded_by: actor.userId, graded_at: nowIso() })
      .where('id', '=', itemId)
      .execute();
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
