import { z } from 'zod';

// Appraisal plans (SPEC §9, issue 18 item 1): what a cycle measures, how each KPI scores, how a
// total becomes a grade and a grade a bonus. Shared by the server (validation, OpenAPI, the
// scoring engine in modules/appraisal/scoring/) and the web (the plan editor runs the same checks
// live, so what the editor says about a plan is what the server will say).
//
// Two layers of checking:
//   - `PlanContent` (zod) checks the shape: types, enums, ranges (coefficients ≥ 0, shares 0..1,
//     integer weights). A failure is 400 VALIDATION_FAILED naming the field.
//   - `planContentProblems` checks the rules that span several fields (weights of a set sum to 100,
//     bands do not overlap, grade thresholds strictly descending, …), each with its own code and
//     field, so the editor can point at the cell and the server can answer 400 with that code.

export const KPI_CODES = ['fcr', 'aht', 'csat', 'qa', 'accuracy', 'attendance', 'sales', 'lead_assessment'] as const;
export const POSITION_TYPES = ['inbound', 'outbound', 'non_voice', 'team_lead'] as const;
export const CYCLE_KINDS = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export const GRADES = ['S', 'A', 'B', 'C', 'D'] as const;
export const RULE_KINDS = ['linear', 'banded', 'manual'] as const;
export const BONUS_MODES = ['base', 'pool'] as const;
export const PLAN_VERSION_STATUSES = ['draft', 'published', 'superseded'] as const;

export const KpiCode = z.enum(KPI_CODES);
export const PositionType = z.enum(POSITION_TYPES);
export const CycleKind = z.enum(CYCLE_KINDS);
export const Grade = z.enum(GRADES);
export const BonusMode = z.enum(BONUS_MODES);
export const PlanVersionStatus = z.enum(PLAN_VERSION_STATUSES);
export type KpiCodeName = z.infer<typeof KpiCode>;
export type PositionTypeName = z.infer<typeof PositionType>;
export type CycleKindName = z.infer<typeof CycleKind>;
export type GradeName = z.infer<typeof Grade>;

/** The unit each KPI's value is measured in (what floors, targets and bands are written in). */
export const KPI_UNITS: Record<KpiCodeName, 'percent' | 'seconds' | 'points' | 'amount'> = {
  fcr: 'percent', // % of interactions resolved at first contact
  aht: 'seconds', // talk + hold + wrap; lower is better
  csat: 'percent', // % of surveyed customers satisfied (4 or 5 on a 1–5 scale)
  qa: 'points', // average final QA score, 0–100
  accuracy: 'percent', // % of evaluations without a critical failure
  attendance: 'percent', // % of scheduled sessions attended
  sales: 'amount', // sales per person per cycle, entered or imported by HR
  lead_assessment: 'points', // the team lead's manual assessment, 0..max
};

// Values in any unit (seconds, amounts): finite and within a range no real KPI leaves.
const Value = z.number().min(-1e9).max(1e9);

export const LinearRule = z.object({
  kind: z.literal('linear'),
  /** The value that earns 0 points; when floor > target the KPI is lower-is-better (AHT). */
  floor: Value,
  /** The value that earns 100 points. */
  target: Value,
});
export const Band = z.object({
  min: Value,
  /** Exclusive; null = no upper end (only the highest band). */
  max: Value.nullable(),
  points: z.number().min(0).max(100),
});
export const BandedRule = z.object({ kind: z.literal('banded'), bands: z.array(Band).min(1).max(20) });
export const ManualRule = z.object({ kind: z.literal('manual'), max: z.number().positive().max(1000) });
export const ScoringRule = z.discriminatedUnion('kind', [LinearRule, BandedRule, ManualRule]);
export type ScoringRuleShape = z.infer<typeof ScoringRule>;

export const PlanKpi = z.object({
  code: KpiCode,
  weight: z.number().int().min(0).max(100),
  rule: ScoringRule,
});
export type PlanKpiShape = z.infer<typeof PlanKpi>;

export const PlanTeam = z.object({ teamId: z.string().min(1).max(64), positionType: PositionType });
export const GradeThreshold = z.object({ grade: Grade, min: z.number().min(0).max(100) });
export const Coefficient = z.number().min(0).max(100);
export const Share = z.number().min(0).max(1);

export const ForcedDistribution = z.object({
  /** Teams smaller than this are graded on their scores alone. */
  minTeamSize: z.number().int().min(2).max(10000),
  /** The largest share of a team that may get each grade (S ≤ 0.10, A ≤ 0.25 by default). */
  maxShare: z.partialRecord(Grade, Share),
  /** The least share of a team that gets C or D. */
  minLowShare: Share,
});
export type ForcedDistributionShape = z.infer<typeof ForcedDistribution>;

export const PlanContent = z.object({
  name: z.string().trim().min(1).max(100),
  cycleKind: CycleKind,
  teams: z.array(PlanTeam).max(500),
  kpiSets: z.partialRecord(PositionType, z.array(PlanKpi).max(KPI_CODES.length)),
  grades: z.array(GradeThreshold).length(GRADES.length),
  bonus: z.object({ mode: BonusMode, coefficients: z.record(Grade, Coefficient) }),
  forcedDistribution: ForcedDistribution.nullable(),
  appealWorkingDays: z.number().int().min(1).max(60),
});
export type PlanContentShape = z.infer<typeof PlanContent>;

// ---- the rules across fields --------------------------------------------------------------------

export const PLAN_PROBLEM_CODES = [
  'WEIGHTS_NOT_100',
  'KPI_SET_EMPTY',
  'DUPLICATE_KPI',
  'KPI_SET_MISSING',
  'DUPLICATE_TEAM',
  'LINEAR_FLOOR_EQUALS_TARGET',
  'BAND_EMPTY',
  'BANDS_OVERLAP',
  'GRADES_ORDER',
  'GRADES_NOT_DESCENDING',
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];
export interface PlanProblem {
  code: PlanProblemCode;
  /** Where, as a dotted path inside the content (the server prefixes `content.`). */
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

/** Bands sorted by their lower end; overlapping = a band starts before the previous one ends. */
export function bandProblems(bands: z.infer<typeof Band>[], at: string): PlanProblem[] {
  const problems: PlanProblem[] = [];
  bands.forEach((b, i) => {
    if (b.max !== null && b.max <= b.min)
      problems.push({ code: 'BAND_EMPTY', field: `${at}.${i}`, message: 'a band needs max above min' });
  });
  const order = bands.map((b, i) => ({ ...b, i })).sort((x, y) => x.min - y.min);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    if (prev.max === null || prev.max > order[k].min)
      problems.push({
        code: 'BANDS_OVERLAP',
        field: `${at}.${order[k].i}`,
        message: `band ${order[k].i + 1} overlaps band ${prev.i + 1}`,
        params: { band: order[k].i + 1, other: prev.i + 1 },
      });
  }
  return problems;
}

function ruleProblems(rule: ScoringRuleShape, at: string): PlanProblem[] {
  if (rule.kind === 'linear' && rule.floor === rule.target)
    return [{ code: 'LINEAR_FLOOR_EQUALS_TARGET', field: `${at}.target`, message: 'floor and target must differ' }];
  if (rule.kind === 'banded') return bandProblems(rule.bands, `${at}.bands`);
  return [];
}

/** Every rule a plan's content breaks (empty = a valid plan), in the order of the content. */
export function planContentProblems(content: PlanContentShape): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const type of POSITION_TYPES) {
    const set = content.kpiSets[type];
    if (!set) continue;
    const at = `kpiSets.${type}`;
    if (set.length === 0) {
      problems.push({ code: 'KPI_SET_EMPTY', field: at, message: `the ${type} set has no KPI` });
      continue;
    }
    const seen = new Set<string>();
    set.forEach((kpi, i) => {
      if (seen.has(kpi.code))
        problems.push({
          code: 'DUPLICATE_KPI',
          field: `${at}.${i}.code`,
          message: `${kpi.code} is twice in the ${type} set`,
          params: { kpi: kpi.code },
        });
      seen.add(kpi.code);
      problems.push(...ruleProblems(kpi.rule, `${at}.${i}.rule`));
    });
    const total = set.reduce((sum, kpi) => sum + kpi.weight, 0);
    if (total !== 100)
      problems.push({
        code: 'WEIGHTS_NOT_100',
        field: at,
        message: `the weights of the ${type} set add up to ${total}, not 100`,
        params: { positionType: type, total },
      });
  }
  const teams = new Set<string>();
  content.teams.forEach((t, i) => {
    if (teams.has(t.teamId))
      problems.push({ code: 'DUPLICATE_TEAM', field: `teams.${i}.teamId`, message: 'this team is listed twice' });
    teams.add(t.teamId);
    if (!content.kpiSets[t.positionType]?.length)
      problems.push({
        code: 'KPI_SET_MISSING',
        field: `teams.${i}.positionType`,
        message: `there is no ${t.positionType} KPI set for this team`,
        params: { positionType: t.positionType },
      });
  });
  content.grades.forEach((g, i) => {
    if (g.grade !== GRADES[i])
      problems.push({ code: 'GRADES_ORDER', field: `grades.${i}.grade`, message: `grades go ${GRADES.join(', ')}` });
    else if (i > 0 && g.min >= content.grades[i - 1].min)
      problems.push({
        code: 'GRADES_NOT_DESCENDING',
        field: `grades.${i}.min`,
        message: `the threshold of ${g.grade} must be below that of ${content.grades[i - 1].grade}`,
        params: { grade: g.grade, above: content.grades[i - 1].grade },
      });
  });
  return problems;
}

/** The content with its cross-field rules checked, for reading back stored content. */
export const ValidPlanContent = PlanContent.superRefine((content, ctx) => {
  for (const p of planContentProblems(content))
    ctx.addIssue({ code: 'custom', message: `${p.code}: ${p.message}`, path: p.field.split('.') });
});

/** The sum of a set's weights (the editor's "total weight" indicator). */
export const totalWeight = (set: PlanKpiShape[] | undefined) => (set ?? []).reduce((s, k) => s + k.weight, 0);

// ---- the API ------------------------------------------------------------------------------------

const Id = z.string().min(1).max(64);

/** Without content the plan starts from the defaults (settings appraisal.*), named `name`. */
export const PlanCreate = z.object({
  name: z.string().trim().min(1).max(100),
  departmentId: Id.nullable().optional(),
  content: PlanContent.optional(),
});
/** Saves the draft (a published plan gets a new draft version, copied from the published one). */
export const PlanDraftSave = z.object({ content: PlanContent, revision: z.number().int().min(1) });
export const PlanRevisionOnly = z.object({ revision: z.number().int().min(1) });

export const PlanVersionDto = z.object({
  id: z.string(),
  planId: z.string(),
  number: z.number(),
  status: PlanVersionStatus,
  content: PlanContent,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export type PlanVersionShape = z.infer<typeof PlanVersionDto>;
export const PlanSummaryDto = z.object({
  id: z.string(),
  name: z.string(),
  departmentId: z.string().nullable(),
  cycleKind: CycleKind,
  teamCount: z.number(),
  publishedVersion: z.number().nullable(),
  publishedVersionId: z.string().nullable(),
  draftVersion: z.number().nullable(),
  /** Changes on every write; a save or publish must name the revision it started from. */
  revision: z.number(),
  updatedAt: z.string(),
});
export type PlanSummaryShape = z.infer<typeof PlanSummaryDto>;
export const PlanDetailDto = PlanSummaryDto.extend({
  versions: z.array(PlanVersionDto),
  /** Names of the teams any version names, for readers who cannot look teams up themselves (an agent). */
  teamNames: z.record(z.string(), z.object({ name: z.string(), departmentName: z.string() })),
});
export type PlanDetailShape = z.infer<typeof PlanDetailDto>;
