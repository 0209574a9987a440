import { z } from 'zod';
import { AnalyticsFilter, EXIT_KINDS, GroupBy } from './analytics.js';

// Retention (留存分析, issue 22 item 1): Kaplan–Meier survival by group from hire to exit, people
// still employed censored at the center's today; 3/6/12 months with the band and n at risk;
// exits by kind; two groups compared with the log-rank test; the people behind each figure.

/** The months the table reports; a month is 365.25 / 12 days (3 → 91, 6 → 183, 12 → 365). */
export const RETENTION_MONTHS = [3, 6, 12] as const;
export const monthDays = (months: number) => Math.round((months * 365.25) / 12);

/** The key of the group of people with no program, trainer or mentor on record. */
export const GROUP_NONE = 'none';

const Key = z.string().min(1).max(64);

export const RetentionQuery = AnalyticsFilter.extend({ by: GroupBy.default('hire_month') });
export type RetentionQuery = z.infer<typeof RetentionQuery>;

// a and b are both needed; a missing one is answered 400 RETENTION_GROUPS_REQUIRED naming it.
export const CompareQuery = RetentionQuery.extend({ a: Key.optional(), b: Key.optional() });
export type CompareQuery = z.infer<typeof CompareQuery>;

export const PEOPLE_SHOWS = ['all', 'exited', ...EXIT_KINDS, 'at_risk'] as const;
export const RetentionPeopleQuery = RetentionQuery.extend({
  group: Key.optional(), // a group of `by`; absent: everyone the filter keeps
  show: z.enum(PEOPLE_SHOWS).default('all'),
  // exits: those who left within this many months of hire; at_risk: those still followed then
  months: z.coerce.number().int().min(1).max(120).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RetentionPeopleQuery = z.infer<typeof RetentionPeopleQuery>;

/** One step of the curve: from `time` days after hire the survival is `survival` (band low–high). */
export const CurveStep = z.object({
  time: z.number(),
  survival: z.number(),
  low: z.number(),
  high: z.number(),
  atRisk: z.number().int(),
  events: z.number().int(),
});

/** Retention `months` after hire; null figures when nobody in the group was followed that long. */
export const RetentionAt = z.object({
  months: z.number().int(),
  days: z.number().int(),
  survival: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  atRisk: z.number().int(),
});

export const GroupRetention = z.object({
  key: z.string(),
  label: z.string().nullable(), // null for GROUP_NONE: the web says "not recorded"
  n: z.number().int(),
  exits: z.object({ eliminated: z.number().int(), resigned: z.number().int(), dismissed: z.number().int() }),
  at: z.array(RetentionAt),
  curve: z.array(CurveStep), // the steps where someone left, and the last follow-up
});
export type GroupRetention = z.infer<typeof GroupRetention>;

export const RetentionOverview = z.object({
  by: GroupBy,
  today: z.string(),
  asOf: z.string().nullable(), // when the rollups were rebuilt
  confidencePercent: z.number(),
  baseline: z.object({ percent: z.number(), months: z.number().int(), days: z.number().int() }),
  total: z.number().int(), // people the filter keeps (= overall.n)
  overall: GroupRetention,
  groups: z.array(GroupRetention),
});
export type RetentionOverview = z.infer<typeof RetentionOverview>;

export const RetentionComparison = z.object({
  by: GroupBy,
  today: z.string(),
  asOf: z.string().nullable(),
  confidencePercent: z.number(),
  total: z.number().int(), // people in the two groups
  a: GroupRetention,
  b: GroupRetention,
  logRank: z.object({
    chiSquare: z.number(),
    p: z.number(),
    observed: z.tuple([z.number(), z.number()]),
    expected: z.tuple([z.number(), z.number()]),
  }),
});
export type RetentionComparison = z.infer<typeof RetentionComparison>;

export const RetentionPerson = z.object({
  employeeId: z.string(),
  employeeNo: z.string().nullable(),
  name: z.string(),
  teamName: z.string().nullable(),
  departmentName: z.string().nullable(),
  hireDate: z.string(),
  exitDate: z.string().nullable(),
  exitKind: z.enum(EXIT_KINDS).nullable(),
  exitCriterion: z.string().nullable(),
  days: z.number().int(), // followed this many days: to the exit, or to today
  status: z.string(),
});
export type RetentionPerson = z.infer<typeof RetentionPerson>;

/** What the filters and compare selects offer: the groups the actor's people fall in, with their size. */
export const FilterOption = z.object({ key: z.string(), label: z.string().nullable(), n: z.number().int() });
export const RetentionOptions = z.object({
  program: z.array(FilterOption),
  department: z.array(FilterOption),
  trainer: z.array(FilterOption),
  mentor: z.array(FilterOption),
  hireMonths: z.array(z.string()), // the hiring months present, in order
});
export type RetentionOptions = z.infer<typeof RetentionOptions>;
