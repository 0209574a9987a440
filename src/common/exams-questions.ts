import { z } from 'zod';
import { QuestionType, Difficulty, Text, Tag } from './exams.js';

// The question bank and its import on the API (see exams.ts for the shared value lists).

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
