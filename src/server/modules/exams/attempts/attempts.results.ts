import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { conflict, notFound } from '../../../lib/errors.js';
import { contentsOf } from './attempts.content.js';
import { loadOwnAttempt, sweepExpired } from './attempts.service.js';
import { resultItem } from './attempts.view.js';
import { loadExam, requireSee, resultFilter } from '../shared/exams.access.js';
import { effectiveStatus, maybeRelease } from '../sessions/exams.service.js';
import { toDto as paperDto, findPaper } from '../papers/papers.service.js';
import { nowMs } from '../../../lib/clock.js';
import { withIdentity } from '../../people/identity.service.js';
import { attemptRows, attemptsAt, attemptsOfExam, itemsOf, theoryExamsFor } from './attempts.repo.js';

// Results: the examinee's own (scores only after release), and an exam's for the staff who may
// see them (SPEC §1: a team lead their team, a center manager their department).

const released = (e: { results_released_at: string | null }, a: { status: string }) =>
  !!e.results_released_at && a.status === 'graded';

export async function myExams(db: Db, actor: Actor) {
  if (!actor.employeeId) return [];
  const exams = await theoryExamsFor(db, actor.employeeId);
  const attempts = exams.length
    ? await attemptsAt(
        db,
        actor.employeeId,
        exams.map((e) => e.id),
      )
    : [];
  const now = nowMs();
  return Promise.all(
    exams.map(async (e) => {
      const mine = attempts.filter((a) => a.exam_id === e.id);
      const status = effectiveStatus(e);
      const state =
        now < Date.parse(e.opens_at)
          ? ('upcoming' as const)
          : status === 'open'
            ? ('open' as const)
            : ('closed' as const);
      const running = mine.find((a) => a.status === 'in_progress' && Date.parse(a.deadline_at) > now);
      const p = e.paper_id ? paperDto(await findPaper(db, e.paper_id)) : null;
      return {
        examId: e.id,
        title: e.title,
        kind: e.kind as 'theory',
        opensAt: e.opens_at,
        closesAt: e.closes_at,
        timeLimitMinutes: e.time_limit_minutes,
        maxAttempts: e.max_attempts,
        attemptsUsed: mine.length,
        inProgressAttemptId: running?.id ?? null,
        canStart: state === 'open' && (!!running || mine.length < e.max_attempts),
        questionCount: p ? (p.mode === 'fixed' ? p.items.length : p.rules.reduce((s, r) => s + r.count, 0)) : null,
        state,
        resultsReleased: !!e.results_released_at,
        attempts: mine.map((a) => ({
          attemptId: a.id,
          attemptNo: a.attempt_no,
          status: a.status,
          submittedAt: a.submitted_at,
          score: released(e, a) ? a.score : null,
          passed: released(e, a) ? a.passed === 1 : null,
        })),
      };
    }),
  );
}

/** The released result of one's own attempt: answers, key, explanations, marks and comments. */
export async function myResult(db: Db, actor: Actor, attemptId: string) {
  const a = await loadOwnAttempt(db, actor, attemptId);
  await maybeRelease(db, a.exam_id);
  const exam = await loadExam(db, a.exam_id);
  if (!released(exam, a))
    throw conflict('RESULTS_NOT_RELEASED', 'Results are shown once the exam has closed and grading is complete');
  return fullResult(db, a, exam);
}

type AttemptRow = {
  id: string;
  status: string;
  score: number | null;
  raw_score: number | null;
  max_score: number;
  passed: number | null;
  submitted_at: string | null;
};

/** An attempt with every item beside its key, explanation, marks and comments. */
async function fullResult(db: Db, a: AttemptRow, exam: { id: string; title: string; pass_mark: number }) {
  const items = await itemsOf(db, a.id);
  const contents = await contentsOf(
    db,
    items.map((i) => i.question_version_id),
  );
  return {
    attemptId: a.id,
    examId: exam.id,
    examTitle: exam.title,
    status: a.status,
    score: a.score,
    rawScore: a.raw_score,
    maxScore: a.max_score,
    passMark: exam.pass_mark,
    passed: a.passed === null ? null : a.passed === 1,
    submittedAt: a.submitted_at,
    items: items.map((i) => resultItem(i, contents.get(i.question_version_id)!)),
  };
}

/** Every attempt of an exam the actor may see, filtered to the people in their scope. */
export async function examResults(db: Db, actor: Actor, examId: string) {
  const exam = await loadExam(db, examId);
  await requireSee(db, actor, exam);
  await sweepExpired(db, examId);
  const keep = await resultFilter(db, actor, exam);
  const rows = await withIdentity(
    db,
    await attemptsOfExam(db, examId),
    (r) => r.employee_id,
    (p) => ({
      employee_no: p.employeeNo,
      name: p.name,
      team_id: p.teamId,
      team_name: p.teamName,
      department_id: p.departmentId,
    }),
  );
  return rows
    .filter((r) => keep({ id: r.employee_id, team_id: r.team_id, department_id: r.department_id }))
    .map((r) => ({
      attemptId: r.id,
      employeeId: r.employee_id,
      employeeNo: r.employee_no,
      name: r.name,
      teamName: r.team_name,
      attemptNo: r.attempt_no,
      status: r.status,
      startedAt: r.started_at,
      submittedAt: r.submitted_at,
      autoSubmitted: r.auto_submitted === 1,
      score: r.score,
      passed: r.passed === null ? null : r.passed === 1,
      pendingManual: r.pending_manual,
    }));
}

/** One attempt in full (answers, key, marks) for staff who may see that person's results. */
export async function reviewAttempt(db: Db, actor: Actor, attemptId: string) {
  const [a] = await withIdentity(
    db,
    await attemptRows(db, [attemptId]),
    (r) => r.employee_id,
    (p) => ({ name: p.name, team_id: p.teamId, department_id: p.departmentId }),
  );
  if (!a) throw notFound('Attempt');
  const exam = await loadExam(db, a.exam_id);
  await requireSee(db, actor, exam);
  if (!(await resultFilter(db, actor, exam))({ id: a.employee_id, team_id: a.team_id, department_id: a.department_id }))
    throw notFound('Attempt');
  return fullResult(db, a, exam);
}
