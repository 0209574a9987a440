import type { ExamAttemptItemTable, ExamAttemptTable } from '../../../db/schema-exams.js';
import { feedbackFor, type QuestionContent } from '../grading/grading.score.js';
import { nowMs } from '../../../lib/clock.js';

// What an examinee is sent. Built field by field from the frozen content, so nothing of the key
// (fractions, correct flags, accepted answers, true/false answer, rubric, reference answer,
// explanation) nor any score can slip in before release: see attempts-leak.test.ts.

const parse = (s: string | null) => (s ? JSON.parse(s) : null);

export function examineeItem(i: ExamAttemptItemTable, c: QuestionContent) {
  const text = new Map(c.options.map((o) => [o.id, o.text]));
  return {
    questionId: i.question_id,
    position: i.position,
    type: c.type,
    title: c.title,
    stem: c.stem,
    points: i.points,
    options: (JSON.parse(i.option_order) as string[]).map((id) => ({ id, text: text.get(id) ?? '' })),
    blankCount: c.blanks.length,
    prompts: (c.pairs ?? []).filter((p) => p.prompt).map((p) => ({ id: p.id, text: p.prompt })),
    choices: [...new Set((c.pairs ?? []).map((p) => p.answer))].sort(),
    units: (c.units ?? []).map((u) => u.unit),
    files: c.files ?? [],
    answer: parse(i.answer),
    answeredAt: i.answered_at,
  };
}

export function attemptView(
  a: ExamAttemptTable,
  examTitle: string,
  items: ExamAttemptItemTable[],
  contents: Map<string, QuestionContent>,
) {
  const now = nowMs();
  return {
    attemptId: a.id,
    examId: a.exam_id,
    examTitle,
    attemptNo: a.attempt_no,
    status: a.status as 'in_progress' | 'submitted' | 'graded',
    startedAt: a.started_at,
    deadlineAt: a.deadline_at,
    serverNow: new Date(now).toISOString(),
    remainingSeconds:
      a.status === 'in_progress' ? Math.max(0, Math.floor((Date.parse(a.deadline_at) - now) / 1000)) : 0,
    submittedAt: a.submitted_at,
    autoSubmitted: a.auto_submitted === 1,
    items: items.map((i) => examineeItem(i, contents.get(i.question_version_id)!)),
  };
}

/** After release: the examinee's own answers beside the key, the explanation and the marks. */
export function resultItem(i: ExamAttemptItemTable, c: QuestionContent) {
  const byId = new Map(c.options.map((o) => [o.id, o]));
  return {
    questionId: i.question_id,
    position: i.position,
    type: c.type,
    stem: c.stem,
    points: i.points,
    options: (JSON.parse(i.option_order) as string[]).map((id) => ({
      id,
      text: byId.get(id)?.text ?? '',
      correct: (byId.get(id)?.fraction ?? 0) > 0,
    })),
    correctAnswer: c.answer,
    acceptedBlanks: c.blanks.map((b) => b.accepted),
    referenceAnswer: c.referenceAnswer,
    explanation: c.explanation,
    pairs: (c.pairs ?? []).filter((p) => p.prompt),
    numeric: (c.numeric ?? []).map((n) => ({ value: n.value, tolerance: n.tolerance, fraction: n.fraction })),
    units: (c.units ?? []).map((u) => u.unit),
    feedback: feedbackFor(c, parse(i.answer)),
    files: c.files ?? [],
    answer: parse(i.answer),
    score: i.score,
    comment: i.comment,
  };
}
