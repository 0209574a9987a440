import { z } from 'zod';
import { IsoDate } from './people.js';

// Clock records (打卡, issue 19 item 2, SPEC §10) on the API, shared by the server (validation,
// OpenAPI) and the web (types): punches, punch imports, matched days and the team lead's
// resolution of their exceptions. The API carries codes; the web words them.

/** What a scheduled day came to (clock/match.ts says how). */
export const DAY_OUTCOMES = [
  'on_time',
  'late',
  'early_leave',
  'late_and_early',
  'half_day_absent',
  'absent',
  'missing_in',
  'missing_out',
  'on_leave',
  'rest',
  'pending',
] as const;
export const DayOutcome = z.enum(DAY_OUTCOMES);
export type DayOutcomeName = z.infer<typeof DayOutcome>;

/** Outcomes a team lead resolves. */
export const EXCEPTION_OUTCOMES = [
  'late',
  'early_leave',
  'late_and_early',
  'half_day_absent',
  'absent',
  'missing_in',
  'missing_out',
] as const satisfies readonly DayOutcomeName[];

/** open: an exception nobody has looked at; confirmed: it stands (unexcused); excused: with a
 *  reason it does not count; leave: turned into a leave request. Null when there is nothing to resolve. */
export const RESOLUTIONS = ['open', 'confirmed', 'excused', 'leave'] as const;
export const Resolution = z.enum(RESOLUTIONS);
export const RESOLVE_ACTIONS = ['confirm', 'excuse', 'leave'] as const;

export const PUNCH_SOURCES = ['import', 'web', 'manual'] as const;

const Id = z.string().min(1).max(64);

export const AttendanceDay = z.object({
  employeeId: z.string(),
  day: z.string(),
  shiftId: z.string().nullable(),
  scheduledStart: z.string().nullable(),
  scheduledEnd: z.string().nullable(),
  firstIn: z.string().nullable(),
  lastOut: z.string().nullable(),
  lateMinutes: z.number(),
  earlyMinutes: z.number(),
  outcome: DayOutcome,
  resolution: Resolution.nullable(),
  resolutionReason: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  leaveRequestId: z.string().nullable(),
  version: z.number(),
});
export type AttendanceDayView = z.infer<typeof AttendanceDay>;

export const ExceptionRow = AttendanceDay.extend({
  employeeNo: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
});
export type ExceptionRowView = z.infer<typeof ExceptionRow>;

// teamId first: a bad teamId is reported on teamId even when day is missing too.
export const ExceptionsQuery = z.object({ teamId: Id.optional(), day: IsoDate });

/** day is checked by the service: a day that is not a date names no matched day (404). */
export const ResolveParams = z.object({ employeeId: Id, day: Id });
export const ResolveBody = z
  .object({
    action: z.enum(RESOLVE_ACTIONS),
    reason: z.string().trim().max(500).optional(),
    leaveKind: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,31}$/, 'lower-case letters, digits and _')
      .optional(),
    version: z.number().int().min(0).max(1_000_000),
  })
  .strict();
export type ResolveBodyInput = z.infer<typeof ResolveBody>;

export const Punch = z.object({
  employeeId: z.string(),
  at: z.string(),
  source: z.string(),
  device: z.string().nullable(),
});
export const PunchResult = z.object({ punch: Punch, day: AttendanceDay.nullable() });

/** Both default to the center's current month. */
export const MyAttendanceQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export const TodayShift = z.object({
  day: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  shiftId: z.string().nullable(),
});
export const MyAttendance = z.object({
  days: z.array(AttendanceDay),
  punchesToday: z.array(z.string()),
  today: TodayShift.nullable(),
});
export type MyAttendanceView = z.infer<typeof MyAttendance>;

/** Which header of the file holds each field, when it is not the template's: multipart fields sent before the file. */
export const ImportQuery = z.object({
  employeeNo: z.string().trim().min(1).max(100).optional(),
  time: z.string().trim().min(1).max(100).optional(),
  date: z.string().trim().min(1).max(100).optional(),
  device: z.string().trim().min(1).max(100).optional(),
});
export type ImportMapping = z.infer<typeof ImportQuery>;
export const TemplateQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });

export const ROW_ERROR_CODES = [
  'UNKNOWN_EMPLOYEE',
  'BAD_TIME',
  'MISSING_EMPLOYEE_NO',
  'DUPLICATE_IN_FILE',
  'BAD_DEVICE',
] as const;
export const RowError = z.object({
  line: z.number(),
  code: z.enum(ROW_ERROR_CODES),
  value: z.string().nullable(),
});
export type RowErrorView = z.infer<typeof RowError>;

export const ImportPreview = z.object({
  fileName: z.string(),
  columns: z.object({
    employeeNo: z.string(),
    time: z.string(),
    date: z.string().nullable(),
    device: z.string().nullable(),
  }),
  totalRows: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  alreadyStored: z.number(),
  people: z.number(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  errors: z.array(RowError),
  sample: z.array(
    z.object({ line: z.number(), employeeNo: z.string(), at: z.string(), device: z.string().nullable() }),
  ),
});
export type ImportPreviewView = z.infer<typeof ImportPreview>;
export const ImportResult = z.object({
  importId: z.string(),
  added: z.number(),
  alreadyStored: z.number(),
});
