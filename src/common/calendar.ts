import { z } from 'zod';
import { IsoDate } from './people.js';

// The working-day calendar on the API (server validation, OpenAPI, web types).

export const Year = z.coerce.number().int().min(2000).max(2100);

export const CalendarDayDto = z.object({
  day: IsoDate,
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
  source: z.string(),
});

export const CalendarYearDto = z.object({
  year: z.number().int(),
  known: z.boolean(),
  source: z.string().nullable(),
  days: z.array(CalendarDayDto),
});

export const CalendarYearsDto = z.object({
  years: z.array(z.object({ year: z.number().int(), source: z.string(), confirmedAt: z.string() })),
  packageYears: z.array(z.number().int()),
});

const Reason = z.string().trim().min(2).max(500);

export const DayChangeInput = z
  .object({
    kind: z.enum(['holiday', 'workday', 'ordinary']),
    name: z.string().trim().max(64).optional(),
    reason: Reason,
  })
  .refine((v) => v.kind === 'ordinary' || !!v.name, {
    message: 'name the holiday (or the holiday a workday makes up for)',
    path: ['name'],
  });

export const ConfirmYearInput = z.object({ reason: Reason });

/** from: the day of the event (default: the center's today); days: how many working days after it. */
export const CountQuery = z.object({ from: IsoDate.optional(), days: z.coerce.number().int().min(1).max(366) });

export const CountDto = z.object({
  from: z.string(),
  days: z.number().int(),
  ends: z.string(),
  endsAt: z.string(),
  span: z.array(z.object({ day: z.string(), working: z.boolean() })),
});

// ── Import, export and the "next year is missing" warning ────────────────────────────────────

export const DayKind = z.enum(['holiday', 'workday']);

/** What an import does to a day: the file adds it, changes it, drops it (the file does not
 *  list a day the calendar has for that year), or leaves it as it is. */
export const ImportChange = z.enum(['add', 'change', 'remove', 'unchanged']);

/** Problems a calendar file can have. Errors refuse the file; warnings are shown and applied. */
export const IMPORT_PROBLEMS = {
  EMPTY_FILE: 'error', // no rows at all
  NOT_TEXT: 'error', // binary, or neither UTF-8 nor GBK
  UNKNOWN_FORMAT: 'error', // neither a CSV with a date column nor an iCalendar file
  MISSING_COLUMNS: 'error', // a CSV header without date or kind
  BAD_CSV: 'error', // a record that cannot be read (a quote never closed)
  BAD_DATE: 'error', // not a real calendar date
  UNKNOWN_KIND: 'error', // not holiday / workday / 休 / 班 …
  MISSING_NAME: 'error', // every holiday and make-up workday is named
  NAME_TOO_LONG: 'error', // over 64 characters
  NOT_ALL_DAY: 'error', // an .ics event with a time of day
  BAD_RANGE: 'error', // an .ics event ending before it starts, or longer than 60 days
  DUPLICATE_DATE: 'error', // the same day twice with different entries
  OUTSIDE_YEAR: 'error', // a day outside the year being imported
  DUPLICATE_ROW: 'warning', // the same day twice, identically
  WEEKDAY_WORKDAY: 'warning', // Monday–Friday works anyway: marking it a workday changes nothing
} as const;
export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

export const ImportProblemDto = z.object({
  line: z.number().int().nullable().describe('1-based line of the file; null for the file as a whole'),
  severity: z.enum(['error', 'warning']),
  code: z.enum(Object.keys(IMPORT_PROBLEMS) as [ImportProblemCode, ...ImportProblemCode[]]),
  day: z.string().nullable(),
  value: z.string().nullable().describe('the text that was refused, or the other line of a duplicate'),
});

const Entry = z.object({ kind: DayKind, name: z.string() });

export const ImportDayDto = z.object({
  day: z.string(),
  weekday: z.number().int().min(0).max(6).describe('0 = Sunday'),
  change: ImportChange,
  before: Entry.extend({ source: z.string() }).nullable(),
  after: Entry.nullable(),
  line: z.number().int().nullable(),
});

export const ImportPreviewDto = z.object({
  year: z.number().int(),
  yearKnown: z.boolean(),
  fileName: z.string(),
  format: z.enum(['csv', 'ics']).nullable(),
  encoding: z.string().nullable(),
  rowsRead: z.number().int(),
  days: z.array(ImportDayDto),
  counts: z.object({
    add: z.number().int(),
    change: z.number().int(),
    remove: z.number().int(),
    unchanged: z.number().int(),
  }),
  problems: z.array(ImportProblemDto),
  errors: z.number().int(),
  warnings: z.number().int(),
});

/** The form fields sent with the file to apply it (multipart: strings). */
export const ImportApplyFields = z.object({
  reason: Reason,
  confirmYear: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ImportResultDto = CalendarYearDto.extend({
  applied: z.object({
    added: z.number().int(),
    changed: z.number().int(),
    removed: z.number().int(),
    yearConfirmed: z.boolean(),
  }),
});

export const ExportQuery = z.object({ format: z.enum(['csv', 'ics']).default('csv') });
export const TemplateQuery = z.object({
  lang: z.enum(['zh', 'en']).default('zh').describe('headers and kinds in Chinese or English; the import reads either'),
});

export const CalendarStatusDto = z.object({
  today: z.string(),
  currentYearKnown: z.boolean(),
  nextYear: z.number().int(),
  nextYearKnown: z.boolean(),
  warnFrom: z.string().describe('from this day of the current year a missing next year is warned about'),
  warn: z.boolean(),
});
