import { z } from 'zod';
import { IsoDate } from './people.js';

// Leave (请假, issue 19 item 3, SPEC §10) on the API, shared by the server (validation, OpenAPI)
// and the web (types): leave kinds, requests with their approval chain, balances, work-years
// profiles. The API carries codes; the web says them in the reader's language.

/** A request starts in the morning or the afternoon of its first day and ends at noon or in the
 *  evening of its last: start am + end pm on one day is a full day, am/am or pm/pm half a day. */
export const LEAVE_HALVES = ['am', 'pm'] as const;
export const LeaveHalf = z.enum(LEAVE_HALVES);
export type LeaveHalfName = z.infer<typeof LeaveHalf>;

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export const LeaveStatus = z.enum(LEAVE_STATUSES);
export type LeaveStatusName = z.infer<typeof LeaveStatus>;

/** The roles of an approval chain, in the order they decide. */
export const LEAVE_STEP_ROLES = ['team_lead', 'center_manager', 'hr'] as const;
export const LeaveStepRole = z.enum(LEAVE_STEP_ROLES);
export type LeaveStepRoleName = z.infer<typeof LeaveStepRole>;

/** waiting: an earlier step is still open; pending: this step decides now; skipped: the request
 *  ended (rejected, cancelled) before it. */
export const LEAVE_STEP_STATUSES = ['waiting', 'pending', 'approved', 'rejected', 'skipped'] as const;

/** annual: the yearly entitlement by years of work; toil: time off in lieu (swaps part); none. */
export const LEAVE_BALANCES = ['annual', 'toil', 'none'] as const;
/** working: working days on the statutory calendar; calendar: every day (e.g. maternity). */
export const LEAVE_COUNTINGS = ['working', 'calendar'] as const;

const Id = z.string().min(1).max(64);
const Text = (max: number, min = 1) => z.string().trim().min(min).max(max);
const Days = z.number().min(0.5).max(366).multipleOf(0.5);

export const LeaveKindCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,31}$/, 'lower-case letters, digits and _');

const LeaveKindFields = z.object({
  nameZh: Text(60),
  nameEn: Text(60),
  paid: z.boolean(),
  balance: z.enum(LEAVE_BALANCES),
  counting: z.enum(LEAVE_COUNTINGS),
  hrAlways: z.boolean(),
  /** A file (e.g. a sick note) is required when a request is longer than this many days. */
  evidenceAfterDays: z.number().min(0).max(366).multipleOf(0.5).nullable(),
  /** The longest one request of this kind may be, in its counted days. */
  maxDays: Days.nullable(),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(1000),
});
export const LeaveKindInput = LeaveKindFields.extend({
  code: LeaveKindCode,
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(1000).default(100),
});
/** A kind's code never changes (requests carry it). */
export const LeaveKindPatch = LeaveKindFields.partial();

export const LeaveKind = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  paid: z.boolean(),
  balance: z.enum(LEAVE_BALANCES),
  counting: z.enum(LEAVE_COUNTINGS),
  hrAlways: z.boolean(),
  evidenceAfterDays: z.number().nullable(),
  maxDays: z.number().nullable(),
  builtin: z.boolean(),
  active: z.boolean(),
  sortOrder: z.number(),
});
export type LeaveKindView = z.infer<typeof LeaveKind>;

export const LeaveRequestInput = z.object({
  /** Whose leave: the actor's own when absent; a lead or HR may file for a person in their sight. */
  employeeId: Id.optional(),
  kindCode: LeaveKindCode,
  startDay: IsoDate,
  startHalf: LeaveHalf.default('am'),
  endDay: IsoDate,
  endHalf: LeaveHalf.default('pm'),
  reason: Text(2000, 2),
});

/** What a request would count and who would approve it, before it is filed. */
export const LeavePreviewQuery = z.object({
  employeeId: Id.optional(),
  kindCode: LeaveKindCode,
  startDay: IsoDate,
  startHalf: LeaveHalf.default('am'),
  endDay: IsoDate,
  endHalf: LeaveHalf.default('pm'),
});
export const LeavePreview = z.object({
  days: z.number(),
  afterTheFact: z.boolean(),
  chain: z.array(LeaveStepRole),
  evidenceRequired: z.boolean(),
});

export const LeaveListQuery = z.object({
  /** mine: my own; to_decide: waiting for a step I may decide; all: everyone in my sight. */
  scope: z.enum(['mine', 'to_decide', 'all']).default('mine'),
  status: LeaveStatus.optional(),
  employeeId: Id.optional(),
  kindCode: LeaveKindCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const LeaveDecision = z.object({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(2000).nullish(),
});

export const LeaveStep = z.object({
  seq: z.number(),
  role: LeaveStepRole,
  status: z.enum(LEAVE_STEP_STATUSES),
  decidedName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});

export const LeaveFile = z.object({
  id: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});

export const LeaveRequest = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  employeeNo: z.string(),
  teamName: z.string(),
  kindCode: z.string(),
  startDay: z.string(),
  startHalf: LeaveHalf,
  endDay: z.string(),
  endHalf: LeaveHalf,
  days: z.number(),
  afterTheFact: z.boolean(),
  reason: z.string(),
  status: LeaveStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  evidenceRequired: z.boolean(),
  steps: z.array(LeaveStep),
  files: z.array(LeaveFile),
  /** Whether the reader may decide the pending step now. */
  canDecide: z.boolean(),
  /** Whether the reader may cancel it (their own, not started yet). */
  canCancel: z.boolean(),
});
export type LeaveRequestView = z.infer<typeof LeaveRequest>;

export const LeaveBalanceQuery = z.object({ employeeId: Id.optional() });
export const LeaveBalances = z.object({
  employeeId: z.string(),
  year: z.number(),
  careerStartDay: z.string(),
  yearsOfWork: z.number(),
  annual: z.object({ entitlement: z.number(), used: z.number(), pending: z.number(), left: z.number() }),
  toil: z.object({
    hoursLeft: z.number(),
    daysLeft: z.number(),
    lots: z.array(z.object({ hoursLeft: z.number(), expiresOn: z.string() })),
  }),
});
export type LeaveBalancesView = z.infer<typeof LeaveBalances>;

export const LeaveProfileParams = z.object({ employeeId: Id });
export const LeaveProfileInput = z.object({ careerStartDay: IsoDate });
