import { z } from 'zod';
import { Warning, WarningAction, WarningMetric } from './analytics-warnings.js';

// The monthly training report (issue 22 item 6) on the API: its own sections (headcount, the
// month's exits by kind, warnings and the actions taken) and the other parts' figures for the
// month (retention of the recent hiring cohorts, pass rates, the four levels of the programs that
// ended, trainer effects). The other parts' sections are their own service shapes, carried as is;
// a section a part has not delivered is null.

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
  retention: z.unknown().nullable(),
  passRates: z.unknown().nullable(),
  eliminationReasons: z.unknown().nullable(),
  levels: z.unknown().nullable(),
  trainerEffects: z.unknown().nullable(),
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;
