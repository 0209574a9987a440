import { z } from 'zod';
import { CycleKind, Grade, KpiCode, PositionType, ScoringRule } from './appraisal-plans.js';
import { IsoDate } from './people.js';

// Appraisal cycles and sheets (绩效考核表, SPEC §9, issue 18) on the API, shared by the server
// (validation, OpenAPI) and the web (types). A cycle runs one published plan version over one
// period on a timetable of working days; each person in the plan's teams gets a sheet whose items
// are KPI values scored by the plan's rules, each value with the evidence behind it. The API
// carries codes (steps, KPI codes, evidence kinds); the web words them.

/** The steps of a cycle, in order. A cycle only ever moves to the next one. */
export const CYCLE_STEPS = ['open', 'frozen', 'review', 'confirmation', 'appeal', 'final', 'published'] as const;
export const CycleStep = z.enum(CYCLE_STEPS);
export type CycleStepName = z.infer<typeof CycleStep>;

/** draft: follows the data (cycle open); frozen: values snapshotted; confirmed: the person confirmed it. */
export const SHEET_STATUSES = ['draft', 'frozen', 'confirmed'] as const;
export const SheetStatus = z.enum(SHEET_STATUSES);

/** Where an item's value came from. */
export const ITEM_SOURCES = ['data', 'manual', 'import', 'appeal', 'none'] as const;
export const ItemSource = z.enum(ITEM_SOURCES);

const Id = z.string().min(1).max(64);
const Text = (max: number, min = 1) => z.string().trim().min(min).max(max);

// ---------------------------------------------------------------------------------------------
// Evidence: what the web turns into a link to the records behind a value ("two clicks from a
// grade to the call that lowered it").
/** Set on a team lead's sheet: the records are the team's members' (personId is then the lead). */
const TeamOf = z.string().optional();
export const Evidence = z.discriminatedUnion('kind', [
  /** Interactions handled by the person in [from, to] (fcr, aht, csat); count = the records the value rests on. */
  z.object({
    kind: z.literal('interactions'),
    personId: z.string(),
    teamId: TeamOf,
    from: IsoDate,
    to: IsoDate,
    count: z.number(),
  }),
  /** Quality evaluations (qa, accuracy): the ones that count (final scores, suspended evaluators left out). */
  z.object({
    kind: z.literal('evaluations'),
    personId: z.string(),
    teamId: TeamOf,
    from: IsoDate,
    to: IsoDate,
    ids: z.array(z.string()),
  }),
  /** Training attendance records in [from, to] (attendance until an attendance module exists). */
  z.object({
    kind: z.literal('attendance'),
    personId: z.string(),
    teamId: TeamOf,
    from: IsoDate,
    to: IsoDate,
    count: z.number(),
  }),
  /** A value HR entered or imported for the cycle (sales). */
  z.object({
    kind: z.literal('external'),
    cycleId: z.string(),
    source: z.enum(['manual', 'import']),
    fileName: z.string().nullable(),
    byName: z.string(),
    at: z.string(),
  }),
  /** A value the team lead entered at review (lead_assessment and other manual items). */
  z.object({ kind: z.literal('manual'), byName: z.string(), at: z.string(), comment: z.string().nullable() }),
  /** A value corrected by a decided appraisal appeal (A4). */
  z.object({ kind: z.literal('appeal'), appealId: z.string().nullable(), byName: z.string(), at: z.string() }),
  /** No data in the period: the KPI is N/A and its weight is spread over the others. */
  z.object({ kind: z.literal('none') }),
]);
export type EvidenceDescriptor = z.infer<typeof Evidence>;

// ---------------------------------------------------------------------------------------------
// Cycles

export const TimetableEntry = z.object({
  step: CycleStep,
  /** The last day of the step on the working-day calendar (open: the data freeze date). */
  dueOn: IsoDate,
  /** Set when the day was counted on a year the calendar has no data for (provisional). */
  provisionalYear: z.number().int().nullable(),
});

export const CycleCreateInput = z.object({
  planVersionId: Id,
  /** The first day of the period: the 1st of a month (monthly), of Jan/Apr/Jul/Oct (quarterly), of Jan/Jul (half-yearly), of Jan (yearly). */
  periodStart: IsoDate,
  /** Defaults to "<plan name> <period>". */
  name: Text(200).optional(),
});

export const CycleListQuery = z.object({
  status: CycleStep.optional(),
  planId: Id.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const CycleAdvanceInput = z.object({
  /** The step to move to: must be the one after the current step (409 CYCLE_STEP_ORDER otherwise). */
  to: CycleStep,
  /** The version of the cycle the caller saw (409 VERSION_CONFLICT when it moved meanwhile). */
  version: z.number().int().min(1),
  note: z.string().trim().max(2000).optional(),
});

export const CycleSummary = z.object({
  id: z.string(),
  name: z.string(),
  planId: z.string(),
  planVersionId: z.string(),
  planVersion: z.number().int(),
  planName: z.string(),
  kind: CycleKind,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  status: CycleStep,
  /** When the current step is due. */
  dueOn: IsoDate.nullable(),
  sheetCount: z.number().int(),
  confirmedCount: z.number().int(),
  createdAt: z.string(),
  version: z.number().int(),
});

export const CycleStepEvent = z.object({
  step: CycleStep,
  at: z.string(),
  byName: z.string(),
  note: z.string().nullable(),
});

export const CycleDetail = CycleSummary.extend({
  timetable: z.array(TimetableEntry),
  /** Who moved the cycle to each step so far, oldest first. */
  history: z.array(CycleStepEvent),
  frozenAt: z.string().nullable(),
  computedAt: z.string().nullable(),
  /** Grade counts of the sheets you may see. */
  gradeCounts: z.record(z.string(), z.number().int()),
  allowed: z.object({
    /** The step the caller may move the cycle to now, if any. */
    advanceTo: CycleStep.nullable(),
    recompute: z.boolean(),
    enterExternal: z.boolean(),
  }),
});

/** A reminder sent for the cycle's current step: how many people (or accounts) were told. */
export const ReminderResult = z.object({ step: CycleStep, notified: z.number().int() });

/** Result of recomputing the draft sheets of an open cycle. */
export const RecomputeResult = z.object({ sheets: z.number().int(), changed: z.number().int(), ms: z.number() });

// External values (sales): HR enters them one by one or imports an .xlsx (employee number, value),
// all or nothing.
export const ExternalValueInput = z.object({
  code: KpiCode,
  rows: z
    .array(z.object({ employeeNo: Text(64), value: z.number().finite().min(0).max(1e12) }))
    .min(1)
    .max(20_000),
});

export const ExternalValueRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  code: KpiCode,
  value: z.number(),
  source: z.enum(['manual', 'import']),
  fileName: z.string().nullable(),
  byName: z.string(),
  at: z.string(),
});

export const ExternalRowError = z.object({
  /** 1-based line in the file (or index + 1 in rows). */
  row: z.number().int(),
  field: z.enum(['employeeNo', 'value']),
  code: z.enum(['MISSING', 'UNKNOWN_EMPLOYEE', 'NOT_IN_CYCLE', 'NOT_A_NUMBER', 'OUT_OF_RANGE', 'DUPLICATE']),
  value: z.string().nullable(),
});

/** applied=false: nothing was written; errors name each bad row. */
export const ExternalImportResult = z.object({
  applied: z.boolean(),
  rows: z.number().int(),
  errors: z.array(ExternalRowError),
});

// ---------------------------------------------------------------------------------------------
// Sheets

export const SheetListQuery = z.object({
  cycleId: Id.optional(),
  employeeId: Id.optional(),
  teamId: Id.optional(),
  grade: Grade.optional(),
  status: SheetStatus.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const SheetRow = z.object({
  id: z.string(),
  cycleId: z.string(),
  cycleName: z.string(),
  cycleStatus: CycleStep,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  positionType: PositionType,
  status: SheetStatus,
  total: z.number().nullable(),
  grade: Grade.nullable(),
  confirmedAt: z.string().nullable(),
});

export const SheetItem = z.object({
  code: KpiCode,
  /** The KPI's value in its unit (fcr, accuracy, attendance: %; aht: seconds; csat: 1–5 average; qa: 0–100; sales: amount; manual: 0..max). */
  value: z.number().nullable(),
  /** 0–100 by the rule; null = N/A. */
  points: z.number().nullable(),
  weight: z.number(),
  /** The weight after N/A items' weights are spread over the others. */
  effectiveWeight: z.number(),
  /** points × effectiveWeight / 100. */
  contribution: z.number(),
  rule: ScoringRule,
  source: ItemSource,
  evidence: Evidence,
  comment: z.string().nullable(),
});
export type SheetItemShape = z.infer<typeof SheetItem>;

export const SheetDetail = SheetRow.extend({
  items: z.array(SheetItem),
  /** The KPI with the most points to gain, weight × (100 − points) / 100 — "what would raise my grade". */
  gainToNextGrade: z
    .object({
      code: KpiCode,
      gain: z.number(),
      /** The next grade up and the points of total it needs (null at the top grade). */
      nextGrade: Grade.nullable(),
      pointsToNextGrade: z.number().nullable(),
    })
    .nullable(),
  /** The grade bands of the plan version, best first, for the web to show the next one. */
  grades: z.array(z.object({ grade: Grade, min: z.number() })),
  leadComment: z.string().nullable(),
  leadCommentByName: z.string().nullable(),
  confirmedByName: z.string().nullable(),
  frozenAt: z.string().nullable(),
  computedAt: z.string().nullable(),
  version: z.number().int(),
  allowed: z.object({
    /** The team lead (or center manager) may enter manual items and a comment (review step). */
    review: z.boolean(),
    /** The person may confirm their own sheet (confirmation step). */
    confirm: z.boolean(),
  }),
});
export type SheetDetailShape = z.infer<typeof SheetDetail>;

export const ManualItemInput = z.object({
  value: z.number().finite().min(0),
  comment: z.string().trim().max(2000).optional(),
  version: z.number().int().min(1),
});

export const SheetCommentInput = z.object({
  comment: Text(4000),
  version: z.number().int().min(1),
});

export const SheetConfirmInput = z.object({ version: z.number().int().min(1) });

/** code: a KPI code; one the sheet does not have answers 404. */
export const SheetCodeParams = z.object({ id: Id, code: z.string().min(1).max(64) });
