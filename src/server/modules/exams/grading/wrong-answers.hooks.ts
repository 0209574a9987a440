import type { Db } from '../../../db/connect.js';
import { contentsOf } from '../attempts/attempts.content.js';
import { attemptWithExam } from './grading.repo.js';

// Modules that act on the questions an examinee got wrong (drills makes the cards of the same
// knowledge point due, issue 20) register here instead of exams importing them, which would be a
// module cycle. finalize announces an attempt once, when it is handed in and its automatic marks
// are set: a question is wrong when it earned less than its points (partly wrong counts); an
// essay still waiting for a grader is not judged. Listeners run inside finalize's transaction, so
// what they write stands or falls with the grading.

export interface WrongAnswers {
  attemptId: string;
  employeeId: string;
  /** The distinct knowledge points of the wrong questions (questions without one are left out). */
  knowledgePoints: string[];
}
export type WrongAnswersListener = (trx: Db, wrong: WrongAnswers) => Promise<void>;

const listeners = new Set<WrongAnswersListener>();

/** Register a listener (a Set: registering the same function twice is harmless). */
export function onWrongAnswers(fn: WrongAnswersListener) {
  listeners.add(fn);
}

export async function announceWrongAnswers(trx: Db, attemptId: string) {
  if (!listeners.size) return;
  // The marks just written by finalize, read back in its transaction.
  const items = await trx
    .selectFrom('exam_attempt_items')
    .select(['question_version_id', 'points', 'score'])
    .where('attempt_id', '=', attemptId)
    .execute();
  const wrong = items.filter((i) => i.score !== null && Number(i.score) < Number(i.points) - 1e-9);
  if (!wrong.length) return;
  const contents = await contentsOf(
    trx,
    wrong.map((i) => i.question_version_id),
  );
  const points = new Set<string>();
  for (const i of wrong) {
    const kp = contents.get(i.question_version_id)?.knowledgePoint?.trim();
    if (kp) points.add(kp);
  }
  if (!points.size) return;
  const { employee_id } = await attemptWithExam(trx, attemptId);
  for (const fn of listeners) await fn(trx, { attemptId, employeeId: employee_id, knowledgePoints: [...points] });
}
