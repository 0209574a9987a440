import { z } from 'zod';
import { AnalyticsFilter, Estimate, Proportion } from './analytics.js';

// Trainer and mentor effects (SPEC §12, issue 22 item 4) on the API: each trainer's (or mentor's)
// learners' later QA, KPIs and 6-month retention, raw and shrunk toward the center by sample size
// (empirical Bayes), with n always and a rank only where intervals separate.

export const EFFECT_KINDS = ['trainer', 'mentor'] as const;
export const EffectKind = z.enum(EFFECT_KINDS);
export type EffectKind = z.infer<typeof EffectKind>;

export const EFFECT_METRICS = ['qa', 'fcr', 'aht', 'csat', 'retention'] as const;
export const EffectMetric = z.enum(EFFECT_METRICS);
export type EffectMetric = z.infer<typeof EffectMetric>;

export const EffectsQuery = AnalyticsFilter.extend({ kind: EffectKind.default('trainer') });
export type EffectsQuery = z.infer<typeof EffectsQuery>;

const Id = z.string().min(1).max(64);
/** The two trainers (or mentors) to compare, by key; the kind and filters are the query. */
export const EffectsCompareParams = z.object({ a: Id, b: Id });

/** A metric of one trainer: raw mean of the learners, shrunk value with its interval, the rank. */
export const EffectFigure = z.object({
  n: z.number().int(), // learners with a value
  raw: z.number().nullable(),
  shrunk: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  weight: z.number().nullable(), // how much of the raw value the shrunk one keeps (0–1)
  rank: z.number().int().nullable(), // only where n ≥ minLearners and the interval separates
});
export type EffectFigure = z.infer<typeof EffectFigure>;

export const EffectRow = z.object({
  key: z.string(), // training_trainers.id or the mentor's employees.id
  label: z.string(),
  learners: z.number().int(),
  ranked: z.boolean(), // learners ≥ minLearners
  qa: EffectFigure,
  fcr: EffectFigure,
  aht: EffectFigure,
  csat: EffectFigure,
  retention: EffectFigure, // kept 6 months after hire, among those hired 6+ months ago
  survival6: z.object({
    survival: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    atRisk: z.number().int(),
  }), // Kaplan–Meier at 6 months, unshrunk
});
export type EffectRow = z.infer<typeof EffectRow>;

export const EffectCenter = z.object({
  qa: z.number().nullable(),
  fcr: z.number().nullable(),
  aht: z.number().nullable(),
  csat: z.number().nullable(),
  retention: Proportion,
});

export const EffectsResult = z.object({
  kind: EffectKind,
  confidencePercent: z.number(),
  followMonths: z.number().int(),
  minLearners: z.number().int(),
  center: EffectCenter,
  rows: z.array(EffectRow),
  total: z.number().int(), // rows.length, as a list's total
});
export type EffectsResult = z.infer<typeof EffectsResult>;

/** Two side by side, and per metric the difference of their learners' raw means (Welch). */
export const EffectsComparison = z.object({
  kind: EffectKind,
  confidencePercent: z.number(),
  a: EffectRow,
  b: EffectRow,
  differences: z.array(z.object({ metric: EffectMetric, difference: Estimate, p: z.number().nullable() })),
});
export type EffectsComparison = z.infer<typeof EffectsComparison>;
