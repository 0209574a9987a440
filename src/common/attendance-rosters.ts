import { z } from 'zod';
import { IsoDate } from './people.js';

// Shift templates, team rosters and "my schedule" (排班, issue 19 item 1, SPEC §10) on the API,
// shared by the server (validation, OpenAPI) and the web (types). Times are the center's 'HH:MM';
// a shift whose end is not after its start crosses midnight.

const Id = z.string().min(1).max(64);
const Text = (max: number) => z.string().trim().min(1).max(max);
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');

export const ShiftCode = z
  .string()
  .trim()
  .min(1)
  .max(16)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

export const ShiftBreak = z.object({ start: TimeOfDay, end: TimeOfDay });

const ShiftFields = z.object({
  name: Text(60),
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  breaks: z.array(ShiftBreak).max(6),
  /** The business line (a value of employees.skills) the shift needs; null = any. */
  skill: Text(32).nullable(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour #RRGGBB')
    .nullable(),
  /** The center (department) the template is for; null = every center. */
  departmentId: Id.nullable(),
  active: z.boolean(),
});
export const ShiftInput = ShiftFields.extend({ code: ShiftCode, active: z.boolean().default(true) });
export type ShiftInputValue = z.input<typeof ShiftInput>;
export const ShiftPatch = ShiftFields.extend({ code: ShiftCode })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type ShiftPatchValue = z.input<typeof ShiftPatch>;

export const Shift = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  breaks: z.array(z.object({ start: z.string(), end: z.string() })),
  workMinutes: z.number().int(),
  crossesMidnight: z.boolean(),
  skill: z.string().nullable(),
  color: z.string().nullable(),
  departmentId: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ShiftView = z.infer<typeof Shift>;

export const ShiftListQuery = z.object({ active: z.enum(['true', 'false']).optional() });

export const ROSTER_KINDS = ['week', 'month'] as const;
export const RosterKind = z.enum(ROSTER_KINDS);
export const ROSTER_STATUSES = ['draft', 'published'] as const;

export const RosterCreate = z.object({
  teamId: Id,
  /** A week starts on its Monday, a month on its first day. */
  periodStart: IsoDate,
  kind: RosterKind,
  /** Fill it from the team's previous roster of the same kind, weekday by weekday (month: day by day). */
  copyFromPrevious: z.boolean().default(false),
});
export type RosterCreateValue = z.input<typeof RosterCreate>;

// Every query field is optional to the schema so each can be probed alone; the service answers
// 400 VALIDATION_FAILED naming a required one that is missing.
export const RosterGridQuery = z.object({ teamId: Id.optional(), from: IsoDate.optional() });

export const RosterSummary = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(ROSTER_STATUSES),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type RosterSummaryView = z.infer<typeof RosterSummary>;

export const RosterPerson = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  skills: z.array(z.string()),
  /** shift id by day; null = rest day; a day without an entry is absent */
  cells: z.record(z.string(), z.string().nullable()),
  workMinutes: z.number().int(),
  workDays: z.number().int(),
  restDays: z.number().int(),
});
export const RosterGrid = z.object({
  roster: RosterSummary.nullable(),
  /** The roster whose period ends the day before (for "copy from last period"). */
  previousId: z.string().nullable(),
  days: z.array(z.string()),
  people: z.array(RosterPerson),
  /** headcount per shift id, by day */
  headcount: z.record(z.string(), z.record(z.string(), z.number().int())),
  canEdit: z.boolean(),
  /** The team's center: shift templates of another center may not be used on its roster. */
  departmentId: z.string(),
});
export type RosterGridView = z.infer<typeof RosterGrid>;

export const RosterCell = z.object({
  employeeId: Id,
  day: IsoDate,
  /** A shift, or null for a rest day. */
  shiftId: Id.nullable(),
  /** Remove the entry (neither shift nor rest). */
  clear: z.boolean().optional(),
});
export const RosterCells = z.object({
  version: z.number().int().min(1),
  cells: z.array(RosterCell).min(1).max(5000),
  /** Why, for changes after publishing (recorded with each change). */
  reason: z.string().trim().max(500).optional(),
});
export type RosterCellsValue = z.input<typeof RosterCells>;

export const RosterVersion = z.object({ version: z.number().int().min(1) });

export const MyScheduleQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export const MyScheduleDay = z.object({
  day: z.string(),
  shiftId: z.string().nullable(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  workMinutes: z.number().int(),
  color: z.string().nullable(),
});
export type MyScheduleDayView = z.infer<typeof MyScheduleDay>;

export const RosterFileQuery = z.object({
  rosterId: Id.optional(),
  format: z.enum(['xlsx', 'csv']).optional(),
  locale: z.enum(['zh-CN', 'en-US']).optional(),
});

export const ROSTER_IMPORT_PROBLEMS = [
  'unknown_person',
  'not_in_team',
  'unknown_shift',
  'overlap',
  'duplicate_person',
  'bad_day',
] as const;
export const RosterImportError = z.object({
  line: z.number().int(),
  employeeNo: z.string().nullable(),
  day: z.string().nullable(),
  problem: z.enum(ROSTER_IMPORT_PROBLEMS),
  value: z.string().nullable(),
});
export const RosterImportPreview = z.object({
  rows: z.number().int(),
  cells: z.number().int(),
  errors: z.array(RosterImportError),
  /** The grid as it would be after the import (only when there are no errors). */
  people: z.array(
    z.object({ employeeNo: z.string(), name: z.string(), cells: z.record(z.string(), z.string().nullable()) }),
  ),
});
export type RosterImportPreviewView = z.infer<typeof RosterImportPreview>;
export const RosterImportResult = z.object({ changed: z.number().int() });
