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

export const DayChangeInput = z.object({
  kind: z.enum(['holiday', 'workday', 'ordinary']),
  name: z.string().trim().max(64).optional(),
  reason: Reason,
}).refine((v) => v.kind === 'ordinary' || !!v.name, { message: 'name the holiday (or the holiday a workday makes up for)', path: ['name'] });

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
