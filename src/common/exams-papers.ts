import { z } from 'zod';
import { QuestionType, Difficulty, Text, Id } from './exams.js';

// Papers and exams on the API, as staff see them (see exams.ts).

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
