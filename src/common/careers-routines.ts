import { z } from 'zod';

// The team lead's five time-spans routine (五大时空, SPEC §11, issue 21 item 2) on the API: the
// checklists a center edits, a lead's ticks (with a note, a count, a linked record), the lead's
// own pre-shift meetings, and completion by lead and month. Codes only; the web says them.

export const ROUTINE_PERIODS = ['daily', 'weekly', 'monthly', 'half_year', 'year'] as const;
export const RoutinePeriod = z.enum(ROUTINE_PERIODS);
export type RoutinePeriodName = z.infer<typeof RoutinePeriod>;

/** What record a tick of an item may link: none, the lead's own meeting (班前会/例会), a QA
 *  feedback session, or a QA evaluation of someone in the lead's team. */
export const ROUTINE_LINK_KINDS = ['none', 'meeting', 'feedback', 'evaluation'] as const;
export const RoutineLinkKind = z.enum(ROUTINE_LINK_KINDS);
export type RoutineLinkKindName = z.infer<typeof RoutineLinkKind>;
export const RECORD_LINK_KINDS = ['meeting', 'feedback', 'evaluation'] as const;

const Id = z.string().min(1).max(64);
const Text = (max: number, min = 1) => z.string().trim().min(min).max(max);
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

export const RoutineItem = z.object({
  id: z.string(),
  period: RoutinePeriod,
  title: z.string(),
  guidance: z.string().nullable(),
  expectedMinutes: z.number().nullable(),
  targetCount: z.number().nullable(),
  linkKind: RoutineLinkKind,
  active: z.boolean(),
  position: z.number(),
  version: z.number(),
});
export type RoutineItem = z.infer<typeof RoutineItem>;

export const RoutineItemInput = z.object({
  period: RoutinePeriod,
  title: Text(100),
  guidance: Text(1000).nullable().default(null),
  expectedMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullable()
    .default(null),
  targetCount: z.number().int().min(1).max(1000).nullable().default(null),
  linkKind: RoutineLinkKind.default('none'),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type RoutineItemInput = z.output<typeof RoutineItemInput>;

export const RoutineItemPatch = z.object({
  title: Text(100).optional(),
  guidance: Text(1000).nullable().optional(),
  expectedMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullable()
    .optional(),
  targetCount: z.number().int().min(1).max(1000).nullable().optional(),
  linkKind: RoutineLinkKind.optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  version: z.number().int().min(1),
});
export type RoutineItemPatch = z.output<typeof RoutineItemPatch>;

export const RecordLink = z.object({ kind: z.enum(RECORD_LINK_KINDS), id: Id });
export type RecordLink = z.infer<typeof RecordLink>;

export const TickInput = z.object({
  itemId: Id,
  note: Text(1000).nullable().default(null),
  count: z.number().int().min(0).max(1000).nullable().default(null),
  link: RecordLink.nullable().default(null),
});
export type TickInput = z.output<typeof TickInput>;

/** A period instance: the day, ISO week (2026-W50), month, half (2026-H2) or year containing a day. */
export const PeriodInstance = z.object({ period: RoutinePeriod, key: z.string(), start: z.string(), end: z.string() });
export type PeriodInstance = z.infer<typeof PeriodInstance>;

export const Tick = z.object({
  id: z.string(),
  itemId: z.string(),
  employeeId: z.string(),
  periodKey: z.string(),
  day: z.string(),
  note: z.string().nullable(),
  count: z.number().nullable(),
  link: z.object({ kind: z.enum(RECORD_LINK_KINDS), id: z.string(), label: z.string().nullable() }).nullable(),
  createdAt: z.string(),
});
export type Tick = z.infer<typeof Tick>;

export const ChecklistLine = z.object({ item: RoutineItem, tick: Tick.nullable() });
export const Checklist = z.object({
  today: z.string(),
  periods: z.array(PeriodInstance.extend({ lines: z.array(ChecklistLine), done: z.number(), total: z.number() })),
});
export type Checklist = z.infer<typeof Checklist>;

export const MeetingInput = z.object({
  minutes: z.number().int().min(1).max(240),
  attendeeIds: z.array(Id).min(1).max(200),
  topics: Text(2000),
  recordingsAnalysed: z.number().int().min(0).max(100).default(0),
  note: Text(2000).nullable().default(null),
});
export type MeetingInput = z.output<typeof MeetingInput>;

export const Meeting = z.object({
  id: z.string(),
  employeeId: z.string(),
  day: z.string(),
  minutes: z.number(),
  attendees: z.array(z.object({ id: z.string(), name: z.string() })),
  topics: z.string(),
  recordingsAnalysed: z.number(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

export const LinkableQuery = z.object({ kind: z.enum(RECORD_LINK_KINDS) });
export const Linkable = z.object({
  kind: z.enum(RECORD_LINK_KINDS),
  id: z.string(),
  day: z.string(),
  label: z.string(),
});
export type Linkable = z.infer<typeof Linkable>;

/** Months, both included; default: the six months up to the current one. */
export const ReportQuery = z.object({ from: Month.optional(), to: Month.optional() });
export const MonthFigures = z.object({
  month: Month,
  due: z.number(),
  done: z.number(),
  /** done / due × 100, one decimal; null when nothing was due. */
  percent: z.number().nullable(),
  missed: z.number(),
  /** A year the working-day calendar has no data for: daily items counted on weekends alone. */
  provisionalYear: z.number().nullable(),
});
export type MonthFigures = z.infer<typeof MonthFigures>;
export const ReportRow = z.object({
  employeeId: z.string(),
  name: z.string(),
  teamName: z.string(),
  departmentName: z.string(),
  months: z.array(MonthFigures),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const LeadMonthParams = z.object({ employeeId: Id });
/** Default: the current month. */
export const LeadMonthQuery = z.object({ month: Month.optional() });
export const InstanceState = z.enum(['done', 'missed', 'open']);
export const LeadMonth = MonthFigures.extend({
  employeeId: z.string(),
  name: z.string(),
  teamName: z.string(),
  instances: z.array(
    PeriodInstance.extend({ itemId: z.string(), title: z.string(), state: InstanceState, tick: Tick.nullable() }),
  ),
});
export type LeadMonth = z.infer<typeof LeadMonth>;
