import { z } from 'zod';
import { EffectsResult } from './analytics-effects.js';
import { LevelsOverviewRow } from './analytics-levels.js';
import { EliminationReasons, RatesView } from './analytics-rates.js';
import { RetentionOverview } from './analytics-retention.js';
import { Warning, WarningAction, WarningMetric } from './analytics-warnings.js';

// The monthly training report (issue 22 item 6) on the API: its own sections (headcount, the
// month's exits by kind, warnings and the actions taken) and the other parts' figures for the
// month in their own shapes (retention of the last 24 hiring cohorts — per cohort without its
// curve, the table and chart read the 3/6/12-month figures —, pass rates by program and the
// elimination reasons of the month, the four levels of the programs that ended in it, trainer
// effects).

export const ReportMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

export const ReportQuery = z.object({ month: ReportMonth });

export const HeadcountRow = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  atStart: z.number().int(),
  atEnd: z.number().int(),
  hires: z.number().int(),
  eliminated: z.number().int(),
  resigned: z.number().int(),
  dismissed: z.number().int(),
});
export type HeadcountRow = z.infer<typeof HeadcountRow>;

export const ReportWarnings = z.object({
  byMetric: z.array(
    z.object({
      metric: WarningMetric,
      flagged: z.number().int(), // flagged in the month
      liveAtEnd: z.number().int(), // not resolved at the month's end
      resolved: z.number().int(), // resolved in the month
    }),
  ),
  list: z.array(Warning.omit({ actions: true })),
  actions: z.array(WarningAction.extend({ name: z.string(), metric: WarningMetric })),
});

export const MonthlyReport = z.object({
  month: z.string(),
  from: z.string(), // the month's first day
  to: z.string(), // its last day, or today while the month runs
  asOf: z.string().nullable(), // when the rollups were built
  headcount: z.object({
    total: HeadcountRow.omit({ departmentId: true, departmentName: true }),
    byDepartment: z.array(HeadcountRow),
    eliminationCriteria: z.array(z.object({ criterion: z.string().nullable(), n: z.number().int() })),
  }),
  warnings: ReportWarnings,
  retention: RetentionOverview,
  passRates: RatesView,
  eliminationReasons: EliminationReasons,
  levels: z.array(LevelsOverviewRow),
  trainerEffects: EffectsResult,
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;
