import { randomBytes, randomInt } from 'node:crypto';
import type { AnswerInputT } from '../../../../common/exams-attempts.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { contentOf, contentsOf } from './attempts.content.js';
import { attemptView } from './attempts.view.js';
import { loadExam, requireManage } from '../shared/exams.access.js';
import { effectiveStatus } from '../sessions/exams.service.js';
import { checkAnswerShape, isManual } from '../grading/grading.score.js';
import { finalize } from '../grading/grading.service.js';
import { draw } from '../papers/papers.service.js';
import { seededRandom, shuffled } from '../papers/seeded.js';
import { nowIso, nowMs } from '../../../lib/clock.js';
import {
  attemptClock,
  attemptRow,
  attemptsBy,
  dueAttempts,
  examineeRow,
  findAttempt,
  insertAttempt,
  itemRefRows,
  itemsOf,
  runningAttemptOf,
  setDeadline,
  storeAnswer,
  submission,
} from './attempts.repo.js';

// Taking an exam (SPEC §4). The server keeps the time: each attempt has a deadline (the time
// limit from the start, never past the window's close). A save after it is refused and the
// attempt is submitted with what was saved — at the next touch, or by the sweep.

const CODE = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const anonCode = () => Array.from(randomBytes(7), (b) => CODE[b % CODE.length]).join('');

export async function loadOwnAttempt(db: Db, actor: Actor, attemptId: string) {
  const a = await findAttempt(db, attemptId);
  // Someone else's attempt does not exist, as far as this caller can tell.
  if (!a || !actor.employeeId || a.employee_id !== actor.employeeId) throw notFound('Attempt');
  return a;
}

/** Submits an attempt whose time is up; true when it was (or already is) over. */
async function expireIfDue(db: Db, a: { id: string; status: string; deadline_at: string }) {
  if (a.status !== 'in_progress') return true;
  if (Date.parse(a.deadline_at) > nowMs()) return false;
  await finalize(db, a.id, { auto: true, at: a.deadline_at });
  return true;
}

/** Submits every attempt whose deadline has passed (run on an interval and before reports). */
export async function sweepExpired(db: Db, examId?: string) {
  const due = await dueAttempts(db, nowIso(), examId);
  for (const a of due) await finalize(db, a.id, { auto: true, at: a.deadline_at });
  return due.length;
}

async function view(db: Db, attemptId: string) {
  const a = await attemptRow(db, attemptId);
  const exam = await loadExam(db, a.exam_id);
  const items = await itemsOf(db, attemptId);
  return attemptView(
    a,
    exam.title,
    items,
    await contentsOf(
      db,
      items.map((i) => i.question_version_id),
    ),
  );
}

export async function getAttempt(db: Db, actor: Actor, attemptId: string) {
  const a = await loadOwnAttempt(db, actor, attemptId);
  await expireIfDue(db, a);
  return view(db, attemptId);
}

/** Starts an attempt, or resumes the one in progress (same questions, same order, saved answers). */
export async function startAttempt(db: Db, actor: Actor, examId: string) {
  const exam = await loadExam(db, examId);
  if (!actor.employeeId) throw forbidden('Only people on the staff list take exams');
  const assigned = await examineeRow(db, examId, actor.employeeId);
  if (!assigned || exam.status === 'draft') throw notFound('Exam');
  if (exam.kind !== 'theory')
    throw ruleBroken('NOT_A_THEORY_EXAM', 'A practical exam is scored by a trainer, not taken online');
  const mine = await attemptsBy(db, examId, actor.employeeId);
  const running = mine.find((a) => a.status === 'in_progress');
  if (running && !(await expireIfDue(db, running))) return view(db, running.id);
  const now = nowMs();
  if (now < Date.parse(exam.opens_at)) throw conflict('EXAM_NOT_OPEN', `The exam opens at ${exam.opens_at}`);
  if (effectiveStatus(exam) !== 'open') throw conflict('EXAM_CLOSED', 'The exam is closed');
  if (mine.length >= exam.max_attempts)
    throw conflict('RETAKE_LIMIT', `You have used all ${exam.max_attempts} attempt(s) at this exam`);

  const seed = randomInt(0, 2 ** 31 - 1);
  const drawn = await draw(db, exam.paper_id!, seededRandom(seed, 'draw'));
  const ordered = exam.shuffle_questions ? shuffled(drawn, seededRandom(seed, 'order')) : drawn;
  const contents = await contentsOf(
    db,
    ordered.map((d) => d.versionId),
  );
  const limitMs = exam.time_limit_minutes ? exam.time_limit_minutes * 60_000 : Number.POSITIVE_INFINITY;
  const deadline = new Date(Math.min(now + limitMs, Date.parse(exam.closes_at))).toISOString();
  const attemptId = newId();
  try {
    await db.transaction().execute(async (trx) => {
      const attempt = {
        id: attemptId,
        exam_id: examId,
        employee_id: actor.employeeId!,
        attempt_no: mine.length + 1,
        seed,
        anon_code: anonCode(),
        status: 'in_progress',
        started_at: new Date(now).toISOString(),
        deadline_at: deadline,
        submitted_at: null,
        auto_submitted: 0,
        raw_score: null,
        max_score: ordered.reduce((s, d) => s + d.points, 0),
        score: null,
        passed: null,
        pending_manual: 0,
        graded_at: null,
        version: 1,
      };
      const rows = ordered.map((d, i) => {
        const c = contents.get(d.versionId)!;
        const ids = c.options.map((o) => o.id);
        return {
          id: newId(),
          attempt_id: attemptId,
          position: i + 1,
          question_id: d.questionId,
          question_version_id: d.versionId,
          points: d.points,
          option_order: JSON.stringify(
            exam.shuffle_options && c.type !== 'true_false'
              ? shuffled(ids, seededRandom(seed, `options:${d.questionId}`))
              : ids,
          ),
          manual: isManual(c.type) ? 1 : 0,
          sealed: 0,
          answer: null,
          answer_seq: null,
          answered_at: null,
          score: null,
          comment: null,
          graded_by: null,
          graded_at: null,
        };
      });
      await insertAttempt(trx, attempt, rows);
    });
  } catch (err) {
    // Two tabs pressed start at once: the other one won; resume it.
    if (!isUniqueViolation(err)) throw err;
    const other = await runningAttemptOf(db, examId, actor.employeeId);
    if (!other) throw conflict('RETAKE_LIMIT', 'You have used all attempts at this exam');
    return view(db, other.id);
  }
  return view(db, attemptId);
}

/** Saves one answer; the same request twice stores the same thing. A save older (clientSeq)
 *  than the stored one is ignored. Refused once the attempt is submitted or its time is up.
 *  One UPDATE does it: it requires the item unsealed and the attempt running and in time. */
export async function saveAnswer(db: Db, actor: Actor, attemptId: string, questionId: string, input: AnswerInputT) {
  const refs = await itemRefs(db, attemptId);
  const ref = refs?.items.get(questionId);
  if (!refs || !actor.employeeId || refs.employeeId !== actor.employeeId) throw notFound('Attempt');
  if (!ref) throw notFound('Question in this attempt');
  const answer = checkAnswerShape(await contentOf(db, ref.versionId), input);
  const seq = input.clientSeq ?? null;
  const now = nowIso();
  if ((await storeAnswer(db, attemptId, ref.itemId, JSON.stringify(answer), seq, now)) === 1)
    return { questionId, savedAt: now, clientSeq: seq, stale: false };
  // Not saved: the attempt is over (submit it if its time ran out), or the save was stale.
  const a = await attemptClock(db, attemptId);
  if (a.status === 'in_progress' && Date.parse(a.deadline_at) > nowMs())
    return { questionId, savedAt: now, clientSeq: seq, stale: true };
  if (a.status === 'in_progress') {
    await expireIfDue(db, a);
    throw conflict('TIME_UP', 'Time is up: the exam was submitted with the answers saved before the deadline');
  }
  throw conflict('ATTEMPT_SUBMITTED', 'This attempt has been submitted; answers can no longer change');
}

// Who owns an attempt and which item and version each question is never change after the
// start, so they are kept in memory: a save needs no read before its UPDATE.
type Refs = { employeeId: string; items: Map<string, { itemId: string; versionId: string }> };
const refCache = new Map<string, Refs>();

async function itemRefs(db: Db, attemptId: string): Promise<Refs | null> {
  const hit = refCache.get(attemptId);
  if (hit) return hit;
  const rows = await itemRefRows(db, attemptId);
  if (!rows.length) return null;
  const refs = {
    employeeId: rows[0].employee_id,
    items: new Map(rows.map((r) => [r.question_id, { itemId: r.id, versionId: r.question_version_id }])),
  };
  if (refCache.size >= 20_000) refCache.clear();
  refCache.set(attemptId, refs);
  return refs;
}

export async function submit(db: Db, actor: Actor, attemptId: string) {
  const a = await loadOwnAttempt(db, actor, attemptId);
  if (!(await expireIfDue(db, a))) await finalize(db, a.id, { auto: false, at: nowIso() });
  const after = await submission(db, attemptId);
  return {
    attemptId,
    status: after.status as 'submitted' | 'graded',
    submittedAt: after.submitted_at!,
    autoSubmitted: after.auto_submitted === 1,
  };
}

/** Staff may lengthen an attempt (a dropped connection, a fire drill) with a reason. */
export async function extendDeadline(db: Db, actor: Actor, attemptId: string, minutes: number, reason: string) {
  const a = await findAttempt(db, attemptId);
  if (!a) throw notFound('Attempt');
  requireManage(actor, await loadExam(db, a.exam_id));
  if (a.status !== 'in_progress') throw conflict('ATTEMPT_SUBMITTED', 'This attempt has been submitted');
  const next = new Date(Date.parse(a.deadline_at) + minutes * 60_000).toISOString();
  await db.transaction().execute(async (trx) => {
    await setDeadline(trx, attemptId, next);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam_attempt',
      entityId: attemptId,
      oldValue: { deadlineAt: a.deadline_at },
      newValue: { deadlineAt: next },
      reason,
    });
  });
  return next;
}
