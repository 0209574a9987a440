import { z } from 'zod';
import { IsoDate } from './people.js';

// Early warnings (issue 22 item 5) on the API: a person's QA score or a KPI declining over the
// last analytics.warnings.weeks full weeks, with the causes that drove it, and what the lead did.
// The API carries codes (metric, cause kind, action kind); the web says them in the reader's language.

/** qa: mean final QA score; fcr: first-contact resolution %; aht: average handle seconds; csat: mean 1–5. */
export const WARNING_METRICS = ['qa', 'fcr', 'aht', 'csat'] as const;
export const WarningMetric = z.enum(WARNING_METRICS);
export type WarningMetric = z.infer<typeof WarningMetric>;

/** open: waiting for the lead; closed: the lead recorded an action; resolved: the decline ended. */
export const WARNING_STATUSES = ['open', 'closed', 'resolved'] as const;
export const WarningStatus = z.enum(WARNING_STATUSES);
export type WarningStatus = z.infer<typeof WarningStatus>;

export const WARNING_ACTION_KINDS = ['mentoring', 'retraining', 'drills', 'coaching', 'other'] as const;
export const WarningActionKind = z.enum(WARNING_ACTION_KINDS);
export type WarningActionKind = z.infer<typeof WarningActionKind>;

/**
 * What drove a decline. item: a scorecard item (QA points lost per evaluation); component: a part
 * of handle time (talk | hold | wrap seconds per contact); business_type: FCR % or CSAT of one
 * business type; low_scores: CSAT answers of 1 or 2. `first` is the first counted week, `last`
 * the last; `change` is last − first.
 */
export const WARNING_CAUSE_KINDS = ['item', 'component', 'business_type', 'low_scores'] as const;
export const WarningCause = z.object({
  kind: z.enum(WARNING_CAUSE_KINDS),
  key: z.string(),
  label: z.string().nullable(),
  first: z.number(),
  last: z.number(),
  change: z.number(),
});
export type WarningCause = z.infer<typeof WarningCause>;

/** One week (Monday first) of the span: its value, or null when it had too few evaluations/contacts. */
export const WeekValue = z.object({
  week: z.string(), // the Monday, 'YYYY-MM-DD'
  value: z.number().nullable(),
  n: z.number().int(), // evaluations (qa) or contacts (KPIs) that week
});
export type WeekValue = z.infer<typeof WeekValue>;

export const WarningAction = z.object({
  id: z.string(),
  warningId: z.string(),
  kind: WarningActionKind,
  note: z.string(),
  dueDate: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type WarningAction = z.infer<typeof WarningAction>;

export const Warning = z.object({
  id: z.string(),
  employeeId: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  metric: WarningMetric,
  status: WarningStatus,
  method: z.number().int(),
  weeks: z.array(WeekValue),
  /** How much worse over the span, in the metric's unit (positive = worse). */
  fall: z.number(),
  /** The fall as a percent of where it started (KPIs are judged on this). */
  fallPercent: z.number().nullable(),
  threshold: z.number(),
  causes: z.array(WarningCause),
  flaggedAt: z.string(),
  sweptAt: z.string(),
  closedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  version: z.number().int(),
  actions: z.array(WarningAction),
});
export type Warning = z.infer<typeof Warning>;

export const WarningListQuery = z.object({
  /** active = open or closed (not resolved); all = every warning. */
  status: z.enum(['active', 'all', ...WARNING_STATUSES]).default('active'),
  metric: WarningMetric.optional(),
  teamId: z.string().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type WarningListQuery = z.infer<typeof WarningListQuery>;

export const WarningActionInput = z.object({
  kind: WarningActionKind,
  note: z.string().trim().min(1).max(2000),
  dueDate: IsoDate.nullable().optional(),
});
export type WarningActionInput = z.infer<typeof WarningActionInput>;

export const ActionHistoryQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** An action in the history, with whose warning it answered. */
export const ActionHistoryRow = WarningAction.extend({
  employeeId: z.string(),
  name: z.string(),
  metric: WarningMetric,
  status: WarningStatus,
});
export type ActionHistoryRow = z.infer<typeof ActionHistoryRow>;

export const SweepResult = z.object({
  weeks: z.array(z.string()),
  agents: z.number().int(),
  flagged: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  resolved: z.number().int(),
});
export type SweepResult = z.infer<typeof SweepResult>;
