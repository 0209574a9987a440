import { z } from 'zod';
import { IsoDate } from './people.js';

// Shapes of assessments (SPEC §4) on the API, shared by the server (validation, OpenAPI) and the
// web (types). Two families: what staff see (with answer keys) and what an examinee sees (never
// a key, a correctness flag, an explanation or a score before results are released).

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true_false',
  'fill_blank',
  'matching',
  'numerical',
  'short_answer',
  'essay',
] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionTypeName = z.infer<typeof QuestionType>;
/** Graded by a person (with the rubric); every other type is graded at submission. */
export const MANUAL_TYPES: readonly QuestionTypeName[] = ['short_answer', 'essay'];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const Difficulty = z.enum(DIFFICULTIES);

const Text = (max: number) => z.string().trim().min(1).max(max);
const Tag = z.string().trim().min(1).max(64);
const Id = z.string().min(1).max(64);
export const Reason = z.string().trim().min(2, 'give a reason').max(500);

// --- Question bank -------------------------------------------------------------------------

/** An option of a choice question. `fraction` is the share of the question's points it earns
 *  (Moodle style, −1…1); left out, it is 1 for an option marked correct and 0 (single) or
 *  −1/(number of wrong options) (multiple) for one that is not. */
export const OptionInput = z.object({
  id: z.string().max(16).optional(),
  text: Text(2000),
  correct: z.boolean().default(false),
  fraction: z.number().min(-1).max(1).optional(),
  /** Shown beside this option once results are released (Moodle per-answer feedback). */
  feedback: z.string().trim().max(2000).optional(),
});
/** An answer of a blank worth a share of its points (Moodle short answer: 50% for a near miss). */
export const BlankAnswer = z.object({
  text: Text(500),
  fraction: z.number().min(0).max(1),
  feedback: z.string().trim().max(2000).optional(),
});
/** `accepted` earn full credit; `answers` carry their own fraction and feedback. One must be worth 100%. */
export const BlankInput = z
  .object({ accepted: z.array(Text(500)).max(30).default([]), answers: z.array(BlankAnswer).max(30).optional() })
  .refine((b) => b.accepted.length + (b.answers?.length ?? 0) > 0, 'give at least one accepted answer');
/** Matching: each prompt has one right answer; a pair without a prompt is an extra wrong choice. */
export const MatchPair = z.object({
  id: z.string().max(16).optional(),
  prompt: z.string().trim().max(2000),
  answer: Text(500),
});
/** Numerical: a value (null: any number) within ± tolerance earns its fraction. */
export const NumericAnswer = z.object({
  value: z.number().finite().nullable(),
  tolerance: z.number().min(0).default(0),
  fraction: z.number().min(0).max(1),
  feedback: z.string().trim().max(2000).optional(),
});
/** A unit and how many of it make one base unit (the first, multiplier 1): m 1, cm 100. */
export const NumericUnit = z.object({ unit: z.string().trim().min(1).max(30), multiplier: z.number().positive() });
/** An embedded file (Moodle @@PLUGINFILE@@), stored by its SHA-256; texts refer to it by name. */
export const QuestionFile = z.object({
  name: z.string().min(1).max(200),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.string().max(100),
  size: z.number().int().min(0),
});

export const QuestionInput = z.object({
  type: QuestionType,
  title: z.string().trim().max(200).optional(),
  stem: Text(10_000),
  options: z.array(OptionInput).max(20).optional(),
  answer: z.boolean().optional(),
  blanks: z.array(BlankInput).max(20).optional(),
  caseSensitive: z.boolean().default(false),
  ignoreSpaces: z.boolean().default(true),
  rubric: z.string().trim().max(5000).optional(),
  referenceAnswer: z.string().trim().max(10_000).optional(),
  explanation: z.string().trim().max(5000).optional(),
  points: z.number().positive().max(100).default(1),
  difficulty: Difficulty.default('medium'),
  course: z.string().trim().max(100).optional(),
  knowledgePoint: z.string().trim().max(100).optional(),
  tags: z.array(Tag).max(30).default([]),
  /** A category path such as `$course$/业务/信用卡`; random papers may draw from a subtree. */
  category: z.string().trim().max(300).optional(),
  /** Fill-in answers may use `*` for any text (Moodle short answer); `\*` is a literal star. */
  wildcards: z.boolean().default(false),
  pairs: z.array(MatchPair).max(30).optional(),
  numeric: z.array(NumericAnswer).max(30).optional(),
  units: z.array(NumericUnit).max(20).optional(),
  /** Share of the points lost when a numerical answer has no or an unknown unit (0…1). */
  unitPenalty: z.number().min(0).max(1).default(0),
  /** The penalty is a share of the answer's credit ('response') or of the question ('question'). */
  unitGrading: z.enum(['response', 'question']).default('response'),
  files: z.array(QuestionFile).max(50).optional(),
});
export type QuestionInputT = z.input<typeof QuestionInput>;

export const QuestionUpdate = QuestionInput.extend({
  version: z.number().int().min(1),
  reason: z.string().trim().max(500).optional(),
});

/** A question with its key, as the bank and the graders see it. */
export const QuestionDto = z.object({
  id: z.string(),
  version: z.number().int(),
  versionId: z.string(),
  type: QuestionType,
  title: z.string().nullable(),
  stem: z.string(),
  options: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      correct: z.boolean(),
      fraction: z.number(),
      feedback: z.string().nullable(),
    }),
  ),
  answer: z.boolean().nullable(),
  blanks: z.array(
    z.object({
      accepted: z.array(z.string()),
      answers: z.array(z.object({ text: z.string(), fraction: z.number(), feedback: z.string().nullable() })),
    }),
  ),
  category: z.string().nullable(),
  wildcards: z.boolean(),
  pairs: z.array(z.object({ id: z.string(), prompt: z.string(), answer: z.string() })),
  numeric: z.array(
    z.object({
      value: z.number().nullable(),
      tolerance: z.number(),
      fraction: z.number(),
      feedback: z.string().nullable(),
    }),
  ),
  units: z.array(NumericUnit),
  unitPenalty: z.number(),
  unitGrading: z.enum(['response', 'question']),
  files: z.array(QuestionFile),
  caseSensitive: z.boolean(),
  ignoreSpaces: z.boolean(),
  rubric: z.string().nullable(),
  referenceAnswer: z.string().nullable(),
  explanation: z.string().nullable(),
  points: z.number(),
  difficulty: Difficulty,
  course: z.string().nullable(),
  knowledgePoint: z.string().nullable(),
  tags: z.array(z.string()),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QuestionDtoT = z.infer<typeof QuestionDto>;

export const QuestionListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  type: QuestionType.optional(),
  difficulty: Difficulty.optional(),
  tag: z.string().trim().max(64).optional(),
  /** A category and everything under it. */
  category: z.string().trim().max(300).optional(),
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const QuestionVersionDto = z.object({
  versionId: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  reason: z.string().nullable(),
  question: QuestionDto.omit({ archived: true, createdAt: true, updatedAt: true }),
});

// --- Import ----------------------------------------------------------------------------------
export const IMPORT_FORMATS = ['xlsx', 'gift', 'moodle_xml'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export const SkippedItem = z.object({
  index: z.number().int(),
  name: z.string(),
  type: z.string(),
  reason: z.string(),
});
export const ImportError = z.object({
  index: z.number().int(),
  name: z.string(),
  field: z.string().nullable(),
  message: z.string(),
});
/** Something a question lost or changed on the way in (a file too large, a format kept as text). */
export const ImportWarning = z.object({ index: z.number().int(), name: z.string(), message: z.string() });
export const ImportPreview = z.object({
  id: z.string(),
  format: ImportFormat,
  fileName: z.string(),
  status: z.enum(['previewed', 'committed', 'discarded']),
  questions: z.array(QuestionInput.extend({ index: z.number().int() })),
  skipped: z.array(SkippedItem),
  errors: z.array(ImportError),
  warnings: z.array(ImportWarning),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});

// --- Papers ----------------------------------------------------------------------------------
export const PaperRule = z.object({
  count: z.number().int().min(1).max(500),
  type: QuestionType.optional(),
  difficulty: Difficulty.optional(),
  tag: z.string().trim().max(64).optional(),
  /** Draws from this category and its subcategories. */
  category: z.string().trim().max(300).optional(),
  /** Points each drawn question is worth; left out, the question's own points. */
  points: z.number().positive().max(100).optional(),
});
export const PaperItem = z.object({ questionId: Id, points: z.number().positive().max(100).optional() });
export const PaperInput = z
  .object({
    title: Text(200),
    mode: z.enum(['fixed', 'random']),
    items: z.array(PaperItem).max(500).default([]),
    rules: z.array(PaperRule).max(50).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.mode === 'fixed' && p.items.length === 0)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'a fixed paper needs questions' });
    if (p.mode === 'random' && p.rules.length === 0)
      ctx.addIssue({ code: 'custom', path: ['rules'], message: 'a random paper needs rules' });
    if (new Set(p.items.map((i) => i.questionId)).size !== p.items.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'a question is listed twice' });
  });
export const PaperDto = z.object({
  id: z.string(),
  title: z.string(),
  mode: z.enum(['fixed', 'random']),
  items: z.array(PaperItem),
  rules: z.array(PaperRule),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const RuleCheck = z.object({
  rule: z.number().int(),
  description: z.string(),
  needed: z.number().int(),
  available: z.number().int(),
  ok: z.boolean(),
});

// --- Exams -----------------------------------------------------------------------------------
export const PRACTICAL_CRITERIA = ['communication', 'problemSolving', 'serviceAttitude', 'emergencyHandling'] as const;
export const PracticalWeights = z
  .object({
    communication: z.number().min(0).max(100),
    problemSolving: z.number().min(0).max(100),
    serviceAttitude: z.number().min(0).max(100),
    emergencyHandling: z.number().min(0).max(100),
  })
  .refine((w) => Math.abs(Object.values(w).reduce((a, b) => a + b, 0) - 100) < 1e-6, 'the weights must add up to 100');

export const ExamInput = z
  .object({
    title: Text(200),
    kind: z.enum(['theory', 'practical']).default('theory'),
    paperId: Id.nullish(),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    timeLimitMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullish(),
    maxAttempts: z.number().int().min(1).max(20).default(1),
    passMark: z.number().min(0).max(100).nullish(),
    shuffleQuestions: z.boolean().default(true),
    shuffleOptions: z.boolean().default(true),
    weights: PracticalWeights.nullish(),
    course: z.string().trim().max(100).nullish(),
  })
  .refine((e) => Date.parse(e.closesAt) > Date.parse(e.opensAt), {
    message: 'the exam must close after it opens',
    path: ['closesAt'],
  })
  .refine((e) => e.kind === 'practical' || !!e.paperId, { message: 'a theory exam needs a paper', path: ['paperId'] });

export const ExamStatus = z.enum(['draft', 'open', 'closed']);
export const ExamDto = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['theory', 'practical']),
  paperId: z.string().nullable(),
  opensAt: z.string(),
  closesAt: z.string(),
  timeLimitMinutes: z.number().nullable(),
  maxAttempts: z.number().int(),
  passMark: z.number(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  weights: z.record(z.string(), z.number()).nullable(),
  course: z.string().nullable(),
  status: ExamStatus,
  resultsReleasedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  examineeCount: z.number().int(),
  graderIds: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ExamineesInput = z.object({
  employeeIds: z.array(Id).max(2000).default([]),
  teamIds: z.array(Id).max(100).default([]),
});
export const GradersInput = z.object({ userIds: z.array(Id).max(50) });

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

// --- Practical, daily performance, follow-ups ------------------------------------------------
export const PracticalScores = z.object({
  communication: z.number().min(0).max(100),
  problemSolving: z.number().min(0).max(100),
  serviceAttitude: z.number().min(0).max(100),
  emergencyHandling: z.number().min(0).max(100),
});
export const PracticalInput = z.object({
  employeeId: Id,
  scenario: z.enum(['role_play', 'simulated_call', 'real_call', 'complaint']),
  scores: PracticalScores,
  comments: z.string().trim().max(5000).optional(),
});
export const PracticalUpdate = z.object({
  scores: PracticalScores,
  comments: z.string().trim().max(5000).optional(),
  reason: Reason,
  version: z.number().int().min(1),
});
export const PracticalDto = z.object({
  id: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  scenario: z.string(),
  scores: PracticalScores,
  weights: z.record(z.string(), z.number()),
  total: z.number(),
  passMark: z.number(),
  passed: z.boolean(),
  comments: z.string().nullable(),
  scoredBy: z.string().nullable(),
  scoredAt: z.string(),
  version: z.number().int(),
});

export const DailyInput = z.object({
  employeeId: Id,
  periodStart: IsoDate,
  kind: z.enum(['regular', 'adhoc']).default('regular'),
  topic: z.string().trim().max(200).optional(),
  attendance: z.number().min(0).max(30).nullish(),
  attitude: z.number().min(0).max(30),
  teamwork: z.number().min(0).max(40),
  comments: z.string().trim().max(5000).optional(),
});
export const DailyUpdate = z.object({
  attendance: z.number().min(0).max(30),
  attitude: z.number().min(0).max(30),
  teamwork: z.number().min(0).max(40),
  comments: z.string().trim().max(5000).optional(),
  reason: Reason,
  version: z.number().int().min(1),
});
export const DailyDto = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  teamId: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  kind: z.string(),
  topic: z.string().nullable(),
  attendance: z.number(),
  attendanceSource: z.enum(['manual', 'training']),
  attitude: z.number(),
  teamwork: z.number(),
  total: z.number(),
  passed: z.boolean(),
  comments: z.string().nullable(),
  scoredBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export const DailyListQuery = z.object({
  employeeId: z.string().max(64).optional(),
  teamId: z.string().max(64).optional(),
  periodStart: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const FollowupDto = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  sourceKind: z.enum(['theory', 'practical', 'daily']),
  sourceId: z.string(),
  sourceTitle: z.string(),
  score: z.number(),
  passMark: z.number(),
  status: z.enum(['open', 'closed']),
  talkAt: z.string().nullable(),
  talkNotes: z.string().nullable(),
  feedback: z.string().nullable(),
  talkBy: z.string().nullable(),
  plan: z.string().nullable(),
  planDueDate: z.string().nullable(),
  planBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
/** What the trainee sees of their own follow-up: the feedback and the plan, not the staff notes. */
export const MyFollowupDto = FollowupDto.pick({
  id: true,
  sourceKind: true,
  sourceTitle: true,
  score: true,
  passMark: true,
  status: true,
  talkAt: true,
  feedback: true,
  plan: true,
  planDueDate: true,
  closedAt: true,
  createdAt: true,
});
export const TalkInput = z.object({
  at: z.iso.datetime({ offset: true }),
  notes: Text(5000),
  feedback: Text(5000),
  version: z.number().int().min(1),
});
export const PlanInput = z.object({ plan: Text(5000), dueDate: IsoDate, version: z.number().int().min(1) });
export const FollowupListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  employeeId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

// --- Item analysis ---------------------------------------------------------------------------
export const ItemStat = z.object({
  questionId: z.string(),
  title: z.string(),
  type: QuestionType,
  attempts: z.number().int(),
  /** Moodle: 100 × (mean item score − min) / (max − min), i.e. the mean share of the marks earned. */
  facilityIndex: z.number().nullable(),
  /** Moodle: 100 × Pearson correlation of the item score with the rest of the test (total − item). */
  discriminationIndex: z.number().nullable(),
  sd: z.number().nullable(),
});
export const ItemAnalysis = z.object({
  examId: z.string(),
  attempts: z.number().int(),
  minAttempts: z.number().int(),
  enough: z.boolean(),
  items: z.array(ItemStat),
});
