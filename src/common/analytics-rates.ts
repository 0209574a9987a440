import { z } from 'zod';
import { AnalyticsFilter, Proportion } from './analytics.js';
import { LOCALES } from './roles.js';
import { IsoDate } from './people.js';

// Pass and elimination rates (issue 22 item 2) on the API: the rate of first exam attempts passed
// by program, course, exam or trainer, each with n and a Wilson interval; the share eliminated of
// each program's (or trainer's) trainees; elimination reasons by criterion per program; and the
// people behind a cell.

export const RATE_BYS = ['program', 'course', 'exam', 'trainer'] as const;
export const RateBy = z.enum(RATE_BYS);
export type RateBy = z.infer<typeof RateBy>;

/** The key of a row whose people have no program / course / trainer. */
export const NONE_KEY = '_none';

const Range = z.object({
  from: IsoDate.optional().describe('first center day of the attempts (their submission)'),
  to: IsoDate.optional().describe('last center day of the attempts'),
});

export const RatesQuery = AnalyticsFilter.extend(Range.shape).extend({ by: RateBy.default('program') });
export type RatesQuery = z.infer<typeof RatesQuery>;

export const RatesExportQuery = RatesQuery.extend({ locale: z.enum(LOCALES).optional() });

export const RateRow = z.object({
  key: z.string(),
  /** A program's title, an exam's title, a trainer's name, the course itself; null for NONE_KEY. */
  label: z.string().nullable(),
  /** First attempts graded (n) and passed (k) with the Wilson interval. */
  firstAttempts: Proportion,
  /** Mean score of those first attempts (0–100), null when none. */
  meanScore: z.number().nullable(),
  /** People who sat a first attempt. */
  people: z.number().int(),
  /** Program and trainer rows: trainees (n) and those eliminated (k), with Wilson; null otherwise. */
  eliminated: Proportion.nullable(),
});
export type RateRow = z.infer<typeof RateRow>;

export const RatesView = z.object({
  by: RateBy,
  confidencePercent: z.number(),
  rows: z.array(RateRow),
  /** Every row together. */
  overall: RateRow,
});
export type RatesView = z.infer<typeof RatesView>;

export const EliminationsQuery = AnalyticsFilter.extend(Range.shape);
export type EliminationsQuery = z.infer<typeof EliminationsQuery>;

export const EliminationProgram = z.object({
  key: z.string(),
  label: z.string().nullable(),
  total: z.number().int(),
  /** Closed cases decided `eliminate`, by criterion code. */
  byCriterion: z.record(z.string(), z.number().int()),
});
export const EliminationReasons = z.object({
  /** Every criterion that occurs, most frequent first, with its count. */
  criteria: z.array(z.object({ criterion: z.string(), count: z.number().int() })),
  programs: z.array(EliminationProgram),
  total: z.number().int(),
});
export type EliminationReasons = z.infer<typeof EliminationReasons>;

export const RATE_OUTCOMES = ['all', 'passed', 'failed', 'eliminated'] as const;
export const RatePeopleQuery = RatesQuery.extend({
  /** A row's key (NONE_KEY for people without one); absent: the people behind the total row. */
  key: z.string().min(1).max(200).optional(),
  outcome: z.enum(RATE_OUTCOMES).default('all'),
});
export type RatePeopleQuery = z.infer<typeof RatePeopleQuery>;

/** One person behind a cell: their first attempt (attempt outcomes) or their exit (eliminated). */
export const RatePerson = z.object({
  employeeId: z.string(),
  name: z.string(),
  teamName: z.string().nullable(),
  examId: z.string().nullable(),
  examTitle: z.string().nullable(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  submittedAt: z.string().nullable(),
  exitDate: z.string().nullable(),
  exitCriterion: z.string().nullable(),
});
export type RatePerson = z.infer<typeof RatePerson>;
