import { z } from 'zod';
import { CardKind, Rating } from './drills.js';
import { ReviewResult } from './drills-practice.js';
import { IsoDate } from './people.js';

// The daily quiz of drills (每日小测, issue 20 item 4) on the API, shared by the server
// (validation, OpenAPI) and the web (types). A quiz is drills.quizSize cards drawn from the
// person's due cards (topped up with those they reviewed least recently), one per person per
// center day; each answer is a review like any other, and the quiz keeps the score.

export const QUIZ_STATUSES = ['open', 'finished'] as const;
export const QuizStatus = z.enum(QUIZ_STATUSES);
/** due: from the daily queue; refresh: reviewed least recently, drawn to fill the quiz up. */
export const QuizItemSource = z.enum(['due', 'refresh']);

/** A question as the learner sees it: what to recall, never the answer (a read-aloud card shows its script). */
export const QuizQuestion = z.object({
  position: z.number().int(),
  cardId: z.string(),
  deckId: z.string(),
  deckName: z.string(),
  kind: CardKind,
  prompt: z.string(),
  /** choice: the options. */
  choices: z.array(z.string()).nullable(),
  /** cloze: the text around the blanks (blanks + 1 pieces), as practice shows it. */
  clozeParts: z.array(z.string()).nullable(),
  /** read_aloud: the script to read. */
  script: z.string().nullable(),
  source: QuizItemSource,
  answered: z.boolean(),
  rating: z.number().int().nullable(),
  correct: z.boolean().nullable(),
});
export type QuizQuestionView = z.infer<typeof QuizQuestion>;

export const Quiz = z.object({
  id: z.string(),
  employeeId: z.string(),
  day: z.string(),
  status: QuizStatus,
  total: z.number().int(),
  answered: z.number().int(),
  correct: z.number().int(),
  /** correct / total in percent, one decimal (0 for an empty quiz). */
  percent: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  questions: z.array(QuizQuestion),
});
export type QuizView = z.infer<typeof Quiz>;

export const QuizAnswerInput = z.object({
  cardId: z.string().min(1).max(64),
  answer: z.string().max(5000).optional(),
  choice: z.string().max(2000).optional(),
  selfRating: Rating.optional(),
  /** Time spent on the question; practice caps one review's duration. */
  durationMs: z.number().int().min(0).max(86_400_000),
  /** read_aloud: the learner's upload, as in practice. */
  recordingId: z.string().min(1).max(64).optional(),
});
export type QuizAnswerInputBody = z.input<typeof QuizAnswerInput>;

/** The review's result (as practice answers it) and the quiz as it stands after it. */
export const QuizAnswerResult = ReviewResult.extend({ quiz: Quiz });
export type QuizAnswerResultView = z.infer<typeof QuizAnswerResult>;

export const QuizResultsQuery = z.object({
  /** A center day; defaults to today. */
  day: IsoDate.optional(),
  teamId: z.string().min(1).max(64).optional(),
});

/** One person's quiz of the day, as their trainer, team lead or a training manager sees it. */
export const QuizResultRow = z.object({
  quizId: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  day: z.string(),
  status: QuizStatus,
  total: z.number().int(),
  answered: z.number().int(),
  correct: z.number().int(),
  percent: z.number(),
  finishedAt: z.string().nullable(),
});
export type QuizResultRowView = z.infer<typeof QuizResultRow>;
