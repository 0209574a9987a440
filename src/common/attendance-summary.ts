import { z } from 'zod';

// The monthly attendance summary (考勤月报, issue 19 item 5, SPEC §10) on the API, shared by the
// server (validation, OpenAPI) and the web (types): one row per person for payroll. Figures are
// counts, days and hours; leave kinds travel as codes with both names so the web and the export
// word them in the reader's language.

/** A calendar month 'YYYY-MM' (2000–2099). */
export const Month = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const SummaryQuery = z.object({
  /** Defaults to the center's last month (the one payroll closes). */
  month: Month.optional(),
  /** One team; without it, everyone you may see. */
  teamId: z.string().min(1).max(64).optional(),
});
export type SummaryQueryInput = z.infer<typeof SummaryQuery>;

export const SummaryRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  /** Working days on a published roster in the month (rest days not counted). */
  scheduledDays: z.number(),
  /** The hours the roster planned (the shifts' working minutes, breaks left out). */
  scheduledHours: z.number(),
  /** Hours worked: each matched day's working minutes less lateness and early leave (see month.ts). */
  workedHours: z.number(),
  lateCount: z.number().int(),
  lateMinutes: z.number().int(),
  earlyCount: z.number().int(),
  earlyMinutes: z.number().int(),
  /** Days of unexcused absence: a whole day 1, a half-day absence 0.5. */
  absentDays: z.number(),
  /** Days with a missing punch in or out, not excused. */
  missingPunches: z.number().int(),
  /** Exceptions the team lead excused (not counted above). */
  excusedDays: z.number().int(),
  /** Approved leave in the month by kind code, in days (half days as 0.5). */
  leaveDays: z.record(z.string(), z.number()),
  leaveTotal: z.number(),
  /** Approved overtime in the month, paid out / earned as time off in lieu. */
  overtimePaidHours: z.number(),
  overtimeToilHours: z.number(),
  /** Time off in lieu left at the end of the month (or today, for the current month). */
  toilLeftHours: z.number(),
});
export type SummaryRowView = z.infer<typeof SummaryRow>;

export const SummaryLeaveKind = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const Summary = z.object({
  month: Month,
  from: z.string(),
  to: z.string(),
  /** The leave kinds that appear in some row, in their configured order. */
  leaveKinds: z.array(SummaryLeaveKind),
  rows: z.array(SummaryRow),
});
export type SummaryView = z.infer<typeof Summary>;
