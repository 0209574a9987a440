import { z } from 'zod';
import { IsoDate } from './people.js';

// Shift swaps, overtime and time off in lieu (加班换休, issue 19 item 4) on the API, shared by the
// server (validation, OpenAPI) and the web (types). An agent proposes a swap with a colleague of
// the same team who has the skill for the shift; the colleague accepts; the team lead approves
// and the schedule of record changes. Overtime is requested before (by the person) or recorded
// after (by a lead), decided, and becomes time off in lieu with an expiry or is paid.

const Id = z.string().min(1).max(64);
const Reason = z.string().trim().min(2).max(500);
const Note = z.string().trim().max(500).nullish();
const Version = z.number().int().min(0).max(1_000_000);
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const SWAP_STATUSES = ['proposed', 'accepted', 'approved', 'declined', 'rejected', 'cancelled'] as const;
export const SwapStatus = z.enum(SWAP_STATUSES);
export const SWAP_PROBLEMS = [
  'SWAP_NOT_ROSTERED',
  'SWAP_NO_SHIFT',
  'SWAP_NOTHING_TO_EXCHANGE',
  'SWAP_SKILL_MISSING',
  'SWAP_OVERLAP',
  'SWAP_REST_TOO_SHORT',
  'SWAP_TOO_MANY_DAYS_IN_ROW',
] as const;

export const SwapInput = z.object({
  colleagueId: Id,
  /** The requester's day: the colleague works the requester's shift on it. */
  requesterDay: IsoDate,
  /** The colleague's day (the same day for a plain exchange): the requester works it. */
  colleagueDay: IsoDate,
  reason: Reason,
});

export const SwapStepInput = z.object({ version: Version, note: Note });

export const SwapListQuery = z.object({
  /** mine: I asked or was asked; to_decide: waiting for me (to accept, or to approve); team: all I may approve. */
  scope: z.enum(['mine', 'to_decide', 'team']).default('mine'),
  status: SwapStatus.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const SwapOptionsQuery = z.object({
  /** Defaults to tomorrow. */
  requesterDay: IsoDate.optional(),
  /** Defaults to requesterDay. */
  colleagueDay: IsoDate.optional(),
});

/** One person's entry on a day, in the center's time ('HH:MM'); shiftId null = rest day. */
export const SwapEntry = z.object({
  day: z.string(),
  shiftId: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  skill: z.string().nullable(),
});

export const SwapProblem = z.object({
  code: z.enum(SWAP_PROBLEMS),
  employeeId: z.string(),
  day: z.string(),
  skill: z.string().optional(),
});

export const SwapOption = z.object({
  colleagueId: z.string(),
  colleagueName: z.string(),
  /** The colleague's entries on requesterDay and colleagueDay (absent when not rostered). */
  entries: z.array(SwapEntry),
  problems: z.array(SwapProblem),
});
export const SwapOptions = z.object({
  /** My entries on requesterDay and colleagueDay. */
  mine: z.array(SwapEntry),
  colleagues: z.array(SwapOption),
});

export const SwapView = z.object({
  id: z.string(),
  requesterId: z.string(),
  requesterName: z.string(),
  requesterDay: z.string(),
  colleagueId: z.string(),
  colleagueName: z.string(),
  colleagueDay: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  reason: z.string().nullable(),
  status: SwapStatus,
  acceptedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** The two entries that change hands, as they stand now. */
  requesterEntry: SwapEntry.nullable(),
  colleagueEntry: SwapEntry.nullable(),
  can: z.object({ accept: z.boolean(), decline: z.boolean(), approve: z.boolean(), cancel: z.boolean() }),
});
export type SwapViewDto = z.infer<typeof SwapView>;

export const OVERTIME_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const OvertimeStatus = z.enum(OVERTIME_STATUSES);
export const Compensation = z.enum(['toil', 'paid']);

export const OvertimeInput = z.object({
  /** The person; omitted = yourself. Someone else only when a lead records overtime afterwards. */
  employeeId: Id.optional(),
  /** The center day the overtime starts on. */
  day: IsoDate,
  /** Center times 'HH:MM'; an end not after the start runs into the next day. */
  startsAt: HHMM,
  endsAt: HHMM,
  reason: Reason,
  /** Omitted = the center's default (setting attendance.overtime.toilByDefault). */
  compensation: Compensation.optional(),
  /** false: asked for before it is worked (by the person); true: recorded after it was worked (by a lead). */
  recorded: z.boolean().default(false),
});

export const OvertimeDecisionInput = z.object({
  decision: z.enum(['approve', 'reject']),
  note: Note,
  version: Version,
});

export const OvertimeListQuery = z.object({
  /** mine: my own; to_decide: pending ones I may decide; all: everyone in my scope. */
  scope: z.enum(['mine', 'to_decide', 'all']).default('mine'),
  status: OvertimeStatus.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const OvertimeView = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The same in center time, 'HH:MM'. */
  startTime: z.string(),
  endTime: z.string(),
  hours: z.number(),
  reason: z.string(),
  recorded: z.boolean(),
  compensation: Compensation,
  status: OvertimeStatus,
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** When approved as time off: the lot's last day. */
  toilExpiresOn: z.string().nullable(),
  canDecide: z.boolean(),
});
export type OvertimeViewDto = z.infer<typeof OvertimeView>;

export const ToilQuery = z.object({ employeeId: Id.optional() });
export const ToilBalanceView = z.object({
  employeeId: z.string(),
  day: z.string(),
  hours: z.number(),
  lots: z.array(z.object({ id: z.string(), hours: z.number(), earnedOn: z.string(), expiresOn: z.string() })),
});
