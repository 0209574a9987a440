import { z } from 'zod';
import { BonusMode, Grade, GRADES, KpiCode } from './appraisal-plans.js';
import { IsoDate } from './people.js';

// Appraisal results (绩效考核结果, SPEC §9, issue 18 items 4–7) on the API, shared by the server
// (validation, OpenAPI) and the web (types): appeals of a KPI item, grades after the forced
// distribution, the bonus table and its payroll export, and the follow-ups a low grade opens.
// Money travels as integer cents (分) so team totals reconcile to the cent; the web shows yuan.
// The API carries codes; the web words them in the reader's language.

const Id = z.string().min(1).max(64);
const Text = (max: number, min = 2) => z.string().trim().min(min).max(max);
/** An amount of money in cents: 0 … 100 000 000.00 yuan. */
export const Cents = z.number().int().min(0).max(10_000_000_000);
const Paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};
const Who = z.object({ userId: z.string().nullable(), name: z.string() });

// ---------------------------------------------------------------- appeals (appraisal/appeals/)

/**
 * open: filed, awaiting the team lead's review; reviewed: awaiting HR's or the center manager's
 * decision; upheld: the value was corrected and the sheet recomputed; rejected: the value stands.
 */
export const APPEAL_STATUSES = ['open', 'reviewed', 'upheld', 'rejected'] as const;
export const AppealStatus = z.enum(APPEAL_STATUSES);
export const APPEAL_RECOMMENDATIONS = ['uphold', 'reject'] as const;
export const AppealRecommendation = z.enum(APPEAL_RECOMMENDATIONS);
export const APPEAL_EVENTS = ['filed', 'reviewed', 'upheld', 'rejected'] as const;

export const AppealInput = z.object({
  /** The appellant's own sheet (A2's appraisal sheet id). */
  sheetId: Id,
  kpiCode: KpiCode,
  reason: Text(4000, 5),
  /** The value the agent believes is right (optional; the decider sets the corrected value). */
  claimedValue: z.number().finite().min(-1e9).max(1e9).nullish(),
});

export const AppealReviewInput = z.object({
  recommendation: AppealRecommendation,
  comment: Text(4000),
});

export const AppealDecisionInput = z.object({
  decision: z.enum(['upheld', 'rejected']),
  /** The written decision (书面决定). */
  reason: Text(4000, 5),
  /** Required when upheld: the KPI value the sheet is recomputed with. */
  correctedValue: z.number().finite().min(-1e9).max(1e9).nullish(),
});

export const AppealListQuery = z.object({
  cycleId: Id.optional(),
  employeeId: Id.optional(),
  status: AppealStatus.optional(),
  ...Paging,
});

export const AppealSummary = z.object({
  id: z.string(),
  cycleId: z.string(),
  sheetId: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  kpiCode: KpiCode,
  status: AppealStatus,
  /** The item's value when the appeal was filed. */
  originalValue: z.number().nullable(),
  claimedValue: z.number().nullable(),
  filedAt: z.string(),
  /** The last day an appeal could be filed in this cycle (center-local date). */
  windowEndsOn: z.string(),
});

export const AppealEvent = z.object({
  kind: z.enum(APPEAL_EVENTS),
  at: z.string(),
  actor: Who,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

export const AppealDetail = AppealSummary.extend({
  reason: z.string(),
  review: z.object({ recommendation: AppealRecommendation, comment: z.string(), by: Who, at: z.string() }).nullable(),
  decision: z
    .object({
      decision: z.enum(['upheld', 'rejected']),
      reason: z.string(),
      correctedValue: z.number().nullable(),
      /** The sheet's total and grade before and after (upheld only). */
      oldTotal: z.number().nullable(),
      newTotal: z.number().nullable(),
      oldGrade: Grade.nullable(),
      newGrade: Grade.nullable(),
      by: Who,
      at: z.string(),
    })
    .nullable(),
  events: z.array(AppealEvent),
  /** What the reader may do now. */
  can: z.object({ review: z.boolean(), decide: z.boolean() }),
});

// ------------------------------------------------ grades and distribution (appraisal/distribution/)

export const GradesQuery = z.object({ teamId: Id.optional() });

export const GradeRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  /** The sheet's total score (0–100, 2 decimals); null when every KPI was N/A. */
  total: z.number().nullable(),
  /** The grade the score bands give. */
  scoreGrade: Grade.nullable(),
  /** The grade after the forced distribution (the same when it is off or the team is too small). */
  grade: Grade.nullable(),
  /** The forced distribution moved this person's grade. */
  adjusted: z.boolean(),
  /** Rank in the team by score (1 = best; ties broken as the engine documents). */
  teamRank: z.number().int().nullable(),
});

export const GradesData = z.object({
  cycleId: z.string(),
  /** Whether the plan turns the forced distribution on. */
  forced: z.boolean(),
  /** Fixed at final/published (stored); before that computed from the sheets as they stand. */
  fixed: z.boolean(),
  rows: z.array(GradeRow),
});

export const GradeCounts = z.object(
  Object.fromEntries(GRADES.map((g) => [g, z.number().int()])) as Record<(typeof GRADES)[number], z.ZodNumber>,
);

export const DistributionData = z.object({
  cycleId: z.string(),
  forced: z.boolean(),
  fixed: z.boolean(),
  teams: z.array(
    z.object({
      teamId: z.string(),
      teamName: z.string(),
      departmentId: z.string(),
      size: z.number().int(),
      /** The forced distribution applied to this team (on, and the team is large enough). */
      forcedApplied: z.boolean(),
      counts: GradeCounts,
      /** People without a grade (every KPI N/A). */
      ungraded: z.number().int(),
    }),
  ),
  /** Counts over every team the reader sees (the center, or their department / team). */
  center: z.object({ size: z.number().int(), counts: GradeCounts, ungraded: z.number().int() }),
});

// ---------------------------------------------------------------- bonus (appraisal/payroll/)

export const BaseBonusSource = z.enum(['default', 'entered', 'imported']);

export const BaseBonusInput = z.object({
  items: z
    .array(z.object({ employeeId: Id, amountCents: Cents }))
    .min(1)
    .max(20_000),
  reason: Text(500).nullish(),
});

export const PoolInput = z.object({ amountCents: Cents, reason: Text(500).nullish() });
export const PoolParams = z.object({ id: Id, teamId: Id });

export const BonusRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  total: z.number().nullable(),
  grade: Grade.nullable(),
  /** The grade's coefficient in the plan (null without a grade). */
  coefficient: z.number().nullable(),
  /** Base mode: the person's base bonus and where it came from; null in pool mode. */
  baseCents: Cents.nullable(),
  baseSource: BaseBonusSource.nullable(),
  amountCents: Cents,
});

export const BonusTeamTotal = z.object({
  teamId: z.string(),
  teamName: z.string(),
  people: z.number().int(),
  /** Pool mode: the team's pool (null when none is set: nothing is shared). */
  poolCents: Cents.nullable(),
  amountCents: Cents,
});

export const BonusTable = z.object({
  cycleId: z.string(),
  mode: BonusMode,
  coefficients: z.record(Grade, z.number()),
  /** The default base bonus (setting appraisal.baseBonusDefault, yuan) in cents. */
  defaultBaseCents: Cents,
  fixed: z.boolean(),
  rows: z.array(BonusRow),
  teams: z.array(BonusTeamTotal),
  totalCents: Cents,
});

export const BonusImportResult = z.object({ rows: z.number().int(), changed: z.number().int() });

/** Codes of a row error in a base-bonus import (422 BONUS_IMPORT_INVALID names them in params). */
export const BONUS_IMPORT_ROW_ERRORS = [
  'MISSING_EMPLOYEE_NO',
  /** No one with this employee number has a sheet in the cycle (that you may see). */
  'NOT_IN_CYCLE',
  'DUPLICATE_EMPLOYEE',
  'BAD_AMOUNT',
] as const;

// ------------------------------------------------------------ follow-ups (appraisal/followups/)

/** grade_d: graded D; repeated_c: graded C after a C in the previous cycle of the same plan. */
export const FOLLOWUP_TRIGGERS = ['grade_d', 'repeated_c'] as const;
export const FOLLOWUP_STATUSES = ['open', 'done'] as const;

export const FollowUpListQuery = z.object({
  cycleId: Id.optional(),
  employeeId: Id.optional(),
  status: z.enum(FOLLOWUP_STATUSES).optional(),
  ...Paging,
});

export const FollowUpUpdate = z.object({
  /** The training need (what to learn), e.g. the KPI with the most points to gain. */
  trainingNeed: Text(2000).optional(),
  /** The improvement plan (改进计划): actions and checkpoints. */
  improvementPlan: Text(4000).optional(),
  dueOn: IsoDate.optional(),
  /** Close the follow-up with what came of it. */
  status: z.enum(FOLLOWUP_STATUSES).optional(),
  outcome: Text(4000).nullish(),
  /** The version read (optimistic lock). */
  version: z.number().int().min(1),
});

export const FollowUp = z.object({
  id: z.string(),
  cycleId: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  trigger: z.enum(FOLLOWUP_TRIGGERS),
  grade: Grade,
  previousCycleId: z.string().nullable(),
  /** The KPI with the most points to gain on the sheet (a starting point for the training need). */
  weakestKpi: KpiCode.nullable(),
  trainingNeed: z.string(),
  improvementPlan: z.string(),
  owner: Who,
  dueOn: z.string(),
  status: z.enum(FOLLOWUP_STATUSES),
  outcome: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ edit: z.boolean() }),
});

// ------------------------------------------------------------------- facts (person's results)

export const PersonGrade = z.object({
  cycleId: z.string(),
  cycleName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  total: z.number().nullable(),
  grade: Grade.nullable(),
  status: z.string(),
});

export type AppealSummaryData = z.infer<typeof AppealSummary>;
export type AppealDetailData = z.infer<typeof AppealDetail>;
export type GradeRowData = z.infer<typeof GradeRow>;
export type GradesDataData = z.infer<typeof GradesData>;
export type DistributionDataData = z.infer<typeof DistributionData>;
export type BonusTableData = z.infer<typeof BonusTable>;
export type BonusRowData = z.infer<typeof BonusRow>;
export type FollowUpData = z.infer<typeof FollowUp>;
export type PersonGradeData = z.infer<typeof PersonGrade>;

// ------------------------------------------------------------- team trend (appraisal/trends/)

/** Published cycles whose period starts within [from, to] (both optional). */
export const TeamTrendQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });

export const TrendCycle = z.object({
  cycleId: z.string(),
  cycleName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
});

export const TeamTrendPoint = z.object({
  cycleId: z.string(),
  /** Graded and ungraded people of the team in the cycle (the snapshot team of their grade row). */
  size: z.number().int(),
  /** Mean of the totals that exist, two decimals; null when nobody has a total. */
  averageTotal: z.number().nullable(),
  counts: GradeCounts,
  ungraded: z.number().int(),
});

export const TeamTrends = z.object({
  /** Oldest first; every team's points follow this order (a team absent from a cycle has no point). */
  cycles: z.array(TrendCycle),
  teams: z.array(z.object({ teamId: z.string(), teamName: z.string(), points: z.array(TeamTrendPoint) })),
});

export type TeamTrendsData = z.infer<typeof TeamTrends>;
