import { z } from 'zod';
import { QuestionType } from './exams.js';
import { QuestionFile } from './exams-questions.js';

// Taking an exam (the examinee's side: never a key), blind grading and the staff's results
// (see exams.ts).

// --- Taking an exam (examinee side: no keys) -------------------------------------------------
/** One answer: choices by option id, a true/false value, one text per blank, or free text. */
export const AnswerInput = z.object({
  optionIds: z.array(z.string().max(16)).max(20).optional(),
  value: z.boolean().nullable().optional(),
  blanks: z.array(z.string().max(500)).max(20).optional(),
  text: z.string().max(20_000).optional(),
  /** Matching: the chosen answer for each prompt id. */
  matches: z.record(z.string().max(16), z.string().max(500)).optional(),
  /** Optional, increasing per question: a save older than one already stored is ignored. */
  clientSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type AnswerInputT = z.infer<typeof AnswerInput>;
export const SavedAnswer = AnswerInput.omit({ clientSeq: true });

export const ExamineeItem = z.object({
  questionId: z.string(),
  position: z.number().int(),
  type: QuestionType,
  title: z.string().nullable(),
  stem: z.string(),
  points: z.number(),
  options: z.array(z.object({ id: z.string(), text: z.string() })),
  blankCount: z.number().int(),
  /** Matching: the prompts and the answers to choose from (sorted, so their order says nothing). */
  prompts: z.array(z.object({ id: z.string(), text: z.string() })),
  choices: z.array(z.string()),
  /** Numerical: the units an answer may carry. */
  units: z.array(z.string()),
  files: z.array(QuestionFile),
  answer: SavedAnswer.nullable(),
  answeredAt: z.string().nullable(),
});
export const AttemptView = z.object({
  attemptId: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  attemptNo: z.number().int(),
  status: z.enum(['in_progress', 'submitted', 'graded']),
  startedAt: z.string(),
  deadlineAt: z.string(),
  serverNow: z.string(),
  remainingSeconds: z.number().int(),
  submittedAt: z.string().nullable(),
  autoSubmitted: z.boolean(),
  items: z.array(ExamineeItem),
});
export const SaveResult = z.object({
  questionId: z.string(),
  savedAt: z.string(),
  clientSeq: z.number().int().nullable(),
  stale: z.boolean(),
});
export const SubmitResult = z.object({
  attemptId: z.string(),
  status: z.enum(['submitted', 'graded']),
  submittedAt: z.string(),
  autoSubmitted: z.boolean(),
});

export const MyExam = z.object({
  examId: z.string(),
  title: z.string(),
  kind: z.enum(['theory', 'practical']),
  opensAt: z.string(),
  closesAt: z.string(),
  timeLimitMinutes: z.number().nullable(),
  maxAttempts: z.number().int(),
  attemptsUsed: z.number().int(),
  canStart: z.boolean(),
  inProgressAttemptId: z.string().nullable(),
  questionCount: z.number().int().nullable(),
  state: z.enum(['upcoming', 'open', 'closed']),
  resultsReleased: z.boolean(),
  attempts: z.array(
    z.object({
      attemptId: z.string(),
      attemptNo: z.number().int(),
      status: z.string(),
      submittedAt: z.string().nullable(),
      score: z.number().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
});

/** After release: the examinee's own answers with the key, the explanation and the score. */
export const ResultItem = z.object({
  questionId: z.string(),
  position: z.number().int(),
  type: QuestionType,
  stem: z.string(),
  points: z.number(),
  options: z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean() })),
  correctAnswer: z.boolean().nullable(),
  acceptedBlanks: z.array(z.array(z.string())),
  referenceAnswer: z.string().nullable(),
  explanation: z.string().nullable(),
  pairs: z.array(z.object({ id: z.string(), prompt: z.string(), answer: z.string() })),
  numeric: z.array(z.object({ value: z.number().nullable(), tolerance: z.number(), fraction: z.number() })),
  units: z.array(z.string()),
  /** Feedback of the answers given (per option, per blank answer, per numerical answer). */
  feedback: z.array(z.string()),
  files: z.array(QuestionFile),
  answer: SavedAnswer.nullable(),
  score: z.number().nullable(),
  comment: z.string().nullable(),
});
export const AttemptResult = z.object({
  attemptId: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  status: z.string(),
  score: z.number().nullable(),
  rawScore: z.number().nullable(),
  maxScore: z.number(),
  passMark: z.number(),
  passed: z.boolean().nullable(),
  submittedAt: z.string().nullable(),
  items: z.array(ResultItem),
});

// --- Grading (blind) -------------------------------------------------------------------------
export const GradingTask = z.object({
  itemId: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  anonCode: z.string(),
  position: z.number().int(),
  type: QuestionType,
  stem: z.string(),
  points: z.number(),
  rubric: z.string().nullable(),
  referenceAnswer: z.string().nullable(),
  files: z.array(QuestionFile),
  answer: SavedAnswer.nullable(),
  score: z.number().nullable(),
  comment: z.string().nullable(),
  gradedAt: z.string().nullable(),
});
export const GradeInput = z.object({
  score: z.number().min(0).max(100),
  comment: z.string().trim().max(5000).optional(),
  reason: z.string().trim().max(500).optional(),
});

// --- Results (staff) -------------------------------------------------------------------------
export const ExamResultRow = z.object({
  attemptId: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  teamName: z.string(),
  attemptNo: z.number().int(),
  status: z.string(),
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  autoSubmitted: z.boolean(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  pendingManual: z.number().int(),
});
