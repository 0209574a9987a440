import { z } from 'zod';
import {
  NOMINATION_SOURCES,
  NOMINATION_STATUSES,
  ReserveCriteria,
  RESERVE_CRITERION_KEYS,
  ROUND_STATUSES,
} from './careers.js';
import { IsoDate } from './people.js';
import { Id, OptText, Reason, Text } from './training.js';

// The reserve team-lead competition on the API (SPEC §11, issue 21 item 1 up to the published
// shortlist): rounds, eligibility with evidence, nominations, HR screening and the shortlist.

export const ReserveCriterionSchema = z.object({
  key: z.enum(RESERVE_CRITERION_KEYS),
  met: z.boolean(),
  state: z.enum(['met', 'below', 'no_data']),
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  basis: z.enum(['appraisal', 'qa']).nullable(),
  rank: z.number().int().nullable(),
  of: z.number().int().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  refs: z.array(z.string()),
  label: z.string().nullable(),
});

export const EligibilitySchema = z.object({
  eligible: z.boolean(),
  unmet: z.array(z.enum(RESERVE_CRITERION_KEYS)),
  criteria: z.array(ReserveCriterionSchema),
  asOf: z.string(),
});

export const Round = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(ROUND_STATUSES),
  nominationsOpen: z.string(),
  nominationsClose: z.string(),
  talkDay: z.string().nullable(),
  talkMinutes: z.number().int(),
  seats: z.number().int().nullable(),
  criteria: ReserveCriteria,
  cohortId: z.string().nullable(),
  candidatesPublishedAt: z.string().nullable(),
  resultsPublishedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Round = z.infer<typeof Round>;

/** A round in the list, with how many entered and were shortlisted (for people who may see them). */
export const RoundSummary = Round.extend({
  entries: z.number().int().nullable(),
  shortlisted: z.number().int().nullable(),
});

/** HR drafts a round; the nomination window defaults to today..today+nominationDays-1, talk minutes to the setting. */
export const RoundInput = z.object({
  name: Text(100),
  nominationsOpen: IsoDate.optional(),
  nominationsClose: IsoDate.optional(),
  talkDay: IsoDate.nullable().optional(),
  talkMinutes: z.number().int().min(1).max(60).optional(),
  seats: z.number().int().min(1).max(1000).nullable().optional(),
  cohortId: Id.nullable().optional(),
});

/** Edits while the round is a draft or open for entries; `version` as read. */
export const RoundPatch = RoundInput.partial().extend({ version: z.number().int().min(0) });

export const VersionInput = z.object({ version: z.number().int().min(0) });

export const Nomination = z.object({
  id: z.string(),
  roundId: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  teamName: z.string(),
  departmentName: z.string(),
  source: z.enum(NOMINATION_SOURCES),
  statement: z.string().nullable(),
  recommendedByName: z.string().nullable(),
  recommendation: z.string().nullable(),
  /** The snapshot taken when the person entered. */
  eligibility: EligibilitySchema,
  status: z.enum(NOMINATION_STATUSES),
  screeningReason: z.string().nullable(),
  screenedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Nomination = z.infer<typeof Nomination>;

/** A person's own entry: everything about themself, screening outcome and reason included. */
export const MyEntry = Nomination;

export const EligibleRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  status: z.string(),
  teamName: z.string(),
  departmentName: z.string(),
  eligibility: EligibilitySchema,
  /** Their entry in this round, when they have one. */
  nominationStatus: z.enum(NOMINATION_STATUSES).nullable(),
  recommended: z.boolean(),
});

export const EligibleQuery = z.object({ eligibleOnly: z.enum(['true', 'false']).default('false') });

/** What the published shortlist shows everyone in the center: never reasons, evidence or declined entries. */
export const ShortlistEntry = z.object({
  nominationId: z.string(),
  employeeId: z.string(),
  name: z.string(),
  teamName: z.string(),
  departmentName: z.string(),
  statement: z.string().nullable(),
});
export type ShortlistEntry = z.infer<typeof ShortlistEntry>;

export const MyRoundView = z.object({
  /** null when the signed-in user is no employee. */
  eligibility: EligibilitySchema.nullable(),
  entry: MyEntry.nullable(),
});

export const NominateInput = z.object({ statement: Text(2000) });
export const RecommendInput = z.object({ employeeId: Id, note: Text(1000) });
export const ScreenInput = z.object({
  decision: z.enum(['shortlist', 'decline']),
  reason: Reason,
  version: z.number().int().min(0),
});
export const WithdrawInput = z.object({ reason: OptText(500) });
