import { z } from 'zod';
import { IsoDate } from './people.js';

// Staffing (issue 19 item 6, SPEC §10) on the API, shared by the server (validation, OpenAPI) and
// the web (types): the forecast per interval, the agents Erlang C requires for the service-level
// target, the people rostered, and the same day with a pending leave or swap applied.

const Id = z.string().min(1).max(64);
/** Team ids separated by commas (a query string cannot carry an array portably). */
const IdList = z
  .string()
  .max(2000)
  .regex(/^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64})*$/, 'team ids separated by commas');
const BusinessType = z.string().trim().min(1).max(64);

// Every query field is optional to the schema so that each one can be checked on its own (the
// bad-input probes send one at a time); the service answers 400 VALIDATION_FAILED naming a
// required one that is missing (day; kind).
export const StaffingDayQuery = z.object({
  /** Required: the center day to chart. */
  day: IsoDate.optional(),
  /** One business line; none = every line, each sized as its own queue and the agents summed. */
  businessType: BusinessType.optional(),
  /** Count the people of these teams as rostered; none = every team the caller may see. */
  teamIds: IdList.optional(),
});
export type StaffingDayQueryInput = z.infer<typeof StaffingDayQuery>;

export const STAFFING_IMPACT_KINDS = ['leave', 'swap'] as const;
export const StaffingImpactKind = z.enum(STAFFING_IMPACT_KINDS);
export type StaffingImpactKindName = z.infer<typeof StaffingImpactKind>;

/**
 * The effect of a leave request or a swap before it is decided. `id` names the request or the
 * swap; without it, `employeeId` + `day` (+ `half`) describe a leave and `a`, `b`
 * (`employeeId:day` each) a swap, to try a change before anyone requests it.
 */
export const StaffingImpactQuery = z.object({
  /** Required. */
  kind: StaffingImpactKind.optional(),
  id: Id.optional(),
  employeeId: Id.optional(),
  day: IsoDate.optional(),
  half: z.enum(['am', 'pm', 'full']).optional(),
  a: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}:\d{4}-\d{2}-\d{2}$/, 'employeeId:YYYY-MM-DD')
    .optional(),
  b: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}:\d{4}-\d{2}-\d{2}$/, 'employeeId:YYYY-MM-DD')
    .optional(),
  businessType: BusinessType.optional(),
});
export type StaffingImpactQueryInput = z.infer<typeof StaffingImpactQuery>;

export const StaffingInterval = z.object({
  /** 'HH:MM', the center's local time the interval starts. */
  start: z.string(),
  /** Contacts forecast for the interval (average of the recent same weekdays, one decimal). */
  contacts: z.number(),
  /** Average handle time forecast, seconds (talk + hold + wrap). */
  ahtSeconds: z.number().int(),
  /** Agents on the phones Erlang C needs for the service-level target. */
  agents: z.number().int(),
  /** People to roster: agents / (1 − shrinkage), rounded up. */
  required: z.number().int(),
  /** People whose shift covers the whole interval, less breaks and approved leave. */
  rostered: z.number().int(),
  /** rostered − required: negative = understaffed, positive = overstaffed. */
  diff: z.number().int(),
});
export type StaffingIntervalData = z.infer<typeof StaffingInterval>;

export const StaffingDay = z.object({
  day: IsoDate,
  businessType: z.string().nullable(),
  intervalMinutes: z.number().int(),
  /** Service-level target: percent of contacts answered within seconds. */
  serviceLevel: z.object({ percent: z.number(), seconds: z.number().int() }),
  shrinkagePercent: z.number(),
  /** The past days the forecast averaged (same weekday), and those of them that had data. */
  forecast: z.object({ weeks: z.number().int(), days: z.array(IsoDate), daysWithData: z.array(IsoDate) }),
  /** Business lines seen in the forecast days (for the filter). */
  businessTypes: z.array(z.string()),
  intervals: z.array(StaffingInterval),
});
export type StaffingDayData = z.infer<typeof StaffingDay>;

export const StaffingImpact = z.object({
  kind: StaffingImpactKind,
  days: z.array(
    z.object({
      day: IsoDate,
      before: StaffingDay,
      after: StaffingDay,
      /** Interval starts that are understaffed after but were not before (or get worse). */
      newlyUnder: z.array(z.string()),
    }),
  ),
});
export type StaffingImpactData = z.infer<typeof StaffingImpact>;
