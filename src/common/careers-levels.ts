import { z } from 'zod';
import { Id } from './training.js';

// Trainer levels (SPEC §11, issue 21 item 3) on the API: the grades (初级/中级/高级讲师…) with
// their promotion standards, each trainer's standing against the next grade computed from the
// training records over the last careers.trainerLevels.windowMonths, and the training manager's
// confirmations (the level history). See server modules/careers/levels/API.md.

/** The standards a grade may set; a standard left null is not required for it. */
export const LEVEL_CRITERIA = ['hours', 'sessions', 'rating', 'passRate'] as const;
export const LevelCriterionKey = z.enum(LEVEL_CRITERIA);
export type LevelCriterionKey = z.infer<typeof LevelCriterionKey>;

/** met; below the standard; no_data (no learner rated, no learner result in the window). */
export const LEVEL_CRITERION_STATES = ['met', 'below', 'no_data'] as const;

export const LevelCriterion = z.object({
  key: LevelCriterionKey,
  met: z.boolean(),
  state: z.enum(LEVEL_CRITERION_STATES),
  /** hours; sessions; the average trainer score (1–5); the pass rate in percent. Null = no data. */
  value: z.number().nullable(),
  threshold: z.number(),
  /** What the value is over: sessions for hours/sessions, feedback responses for rating, results for passRate. */
  count: z.number().int(),
  /** passRate: learners whose results count; rating: distinct learners who rated. */
  learners: z.number().int().nullable(),
  /** The window's first and last center day, both included. */
  from: z.string(),
  to: z.string(),
});
export type LevelCriterion = z.infer<typeof LevelCriterion>;

export const GradeRef = z.object({ id: z.string(), name: z.string() });

/** Where a trainer stands (the shape H2's path page reads through trainerStanding). */
export const TrainerStanding = z.object({
  trainerId: z.string(),
  level: GradeRef.nullable(),
  /** The grade above the current one (the lowest grade for a trainer without a level); null at the top. */
  next: GradeRef.nullable(),
  /** The next grade's standards, each with its evidence; empty when there is no next grade. */
  criteria: z.array(LevelCriterion),
  /** Every standard of the next grade met: ready for promotion. */
  ready: z.boolean(),
  unmet: z.array(LevelCriterionKey),
  since: z.string().nullable(),
  windowMonths: z.number().int(),
});
export type TrainerStanding = z.infer<typeof TrainerStanding>;

const Standard = (max: number) => z.number().min(0).max(max).nullable();

export const GradeInput = z.object({
  name: z.string().trim().min(1).max(40),
  /** Order, low to high. */
  position: z.number().int().min(0).max(10_000),
  minHours: Standard(100_000),
  minSessions: z.number().int().min(0).max(100_000).nullable(),
  minRating: z.number().min(1).max(5).nullable(),
  minPassRate: Standard(100),
  description: z.string().trim().max(500).nullable().default(null),
});
export const GradeUpdate = GradeInput.extend({ version: z.number().int().min(1) });

export const Grade = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  minHours: z.number().nullable(),
  minSessions: z.number().int().nullable(),
  minRating: z.number().nullable(),
  minPassRate: z.number().nullable(),
  description: z.string().nullable(),
  /** How many trainers hold it (a grade in use cannot be deleted). */
  holders: z.number().int(),
  version: z.number().int(),
});
export type Grade = z.infer<typeof Grade>;

export const TrainerLevelRow = TrainerStanding.extend({
  name: z.string(),
  kind: z.enum(['internal', 'external']),
  employeeId: z.string().nullable(),
  active: z.boolean(),
  /** The level row's version for a confirmation (0 when the trainer has no level yet). */
  version: z.number().int(),
});
export type TrainerLevelRow = z.infer<typeof TrainerLevelRow>;

export const LEVEL_CHANGE_KINDS = ['promotion', 'set'] as const;

export const LevelHistoryEntry = z.object({
  id: z.string(),
  trainerId: z.string(),
  grade: GradeRef,
  previous: GradeRef.nullable(),
  day: z.string(),
  kind: z.enum(LEVEL_CHANGE_KINDS),
  reason: z.string().nullable(),
  criteria: z.array(LevelCriterion),
  unmet: z.array(LevelCriterionKey),
  confirmedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type LevelHistoryEntry = z.infer<typeof LevelHistoryEntry>;

export const TrainerLevelDetail = TrainerLevelRow.extend({ history: z.array(LevelHistoryEntry) });

/**
 * Confirm a level. Moving to the next grade with every standard met is a promotion and needs no
 * reason; any other move (standards unmet, skipping a grade, down) needs a reason (422
 * STANDARDS_UNMET / LEVEL_REASON_REQUIRED otherwise). version: the level's, 0 when none yet.
 */
export const ConfirmInput = z.object({
  gradeId: Id,
  reason: z.string().trim().max(500).nullable().default(null),
  version: z.number().int().min(0),
});

export const TrainersQuery = z.object({
  readyOnly: z.enum(['true', 'false']).default('false'),
  includeInactive: z.enum(['true', 'false']).default('false'),
});
