import type {
  GradeName,
  KpiCodeName,
  PlanContentShape,
  PlanKpiShape,
  ScoringRuleShape,
} from '../../../../common/appraisal-plans.js';

// The appraisal scoring engine (SPEC §9): pure functions, no database, no clock. A sheet's score
// is computed here and nowhere else, so a cycle, a recomputation after an appeal, the benchmark
// and the tests all agree to the hundredth.
//
// - A KPI scores 0..100 points, rounded to 2 decimals:
//     linear  100 × (value − floor) / (target − floor), clamped to 0..100. With floor > target the
//             same formula makes a lower value better (AHT: floor 600 s, target 300 s).
//     banded  the points of the band with min ≤ value < max (max null = no upper end); a value in
//             no band earns 0.
//     manual  100 × value / max, clamped: a team lead's 12 of 10 is still 100 (the cap).
//   No value (null) = not applicable: the KPI is left out of the sheet.
// - A sheet's total is Σ points × weight / Σ weight over the applicable KPIs: the weight of an
//   N/A KPI is spread over the others in proportion to their own weights. No applicable KPI (or
//   only weight-0 ones) = no total (null). The total is rounded once, from the unrounded sum; an
//   item's contribution is rounded for display, so the contributions may differ from the total
//   by a hundredth.

export const round2 = (x: number) => Math.round((x + Number.EPSILON * Math.sign(x)) * 100) / 100;
const clamp100 = (x: number) => Math.min(100, Math.max(0, x));

export function scoreKpi(rule: ScoringRuleShape, value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  switch (rule.kind) {
    case 'linear':
      if (rule.target === rule.floor) return value >= rule.target ? 100 : 0;
      return round2(clamp100((100 * (value - rule.floor)) / (rule.target - rule.floor)));
    case 'banded': {
      const band = rule.bands.find((b) => value >= b.min && (b.max === null || value < b.max));
      return round2(band ? clamp100(band.points) : 0);
    }
    case 'manual':
      return round2(clamp100((100 * value) / rule.max));
  }
}

export interface SheetItem {
  code: KpiCodeName;
  value: number | null;
  /** 0..100, null when not applicable. */
  points: number | null;
  /** The weight in the plan. */
  weight: number;
  /** The weight after N/A KPIs are re-spread (0 for an N/A KPI; the applicable ones sum to 100). */
  effectiveWeight: number;
  /** points × effectiveWeight / 100: what the item adds to the total. */
  contribution: number;
}
export interface SheetScore {
  items: SheetItem[];
  total: number | null;
}

export function scoreSheet(kpis: PlanKpiShape[], values: Partial<Record<KpiCodeName, number | null>>): SheetScore {
  const scored = kpis.map((kpi) => {
    const value = values[kpi.code] ?? null;
    return { kpi, value: value !== null && Number.isFinite(value) ? value : null, points: scoreKpi(kpi.rule, value) };
  });
  const applicableWeight = scored.reduce((s, x) => s + (x.points === null ? 0 : x.kpi.weight), 0);
  const items = scored.map(({ kpi, value, points }): SheetItem => {
    const share = points === null || applicableWeight === 0 ? 0 : kpi.weight / applicableWeight;
    return {
      code: kpi.code,
      value,
      points,
      weight: kpi.weight,
      effectiveWeight: round2(100 * share),
      contribution: round2((points ?? 0) * share),
    };
  });
  if (applicableWeight === 0) return { items, total: null };
  const sum = scored.reduce((s, x) => s + (x.points ?? 0) * x.kpi.weight, 0);
  return { items, total: round2(sum / applicableWeight) };
}

/**
 * The grade of a total: the first grade (from the top) whose threshold the total reaches; a total
 * below every threshold gets the lowest grade.
 */
export function gradeFor(grades: PlanContentShape['grades'], total: number): GradeName {
  const sorted = [...grades].sort((a, b) => b.min - a.min);
  return (sorted.find((g) => total >= g.min) ?? sorted[sorted.length - 1]).grade;
}

export interface GainHint {
  /** The KPI with the most points to gain: effectiveWeight × (100 − points) / 100 is the largest. */
  code: KpiCodeName;
  /** How much the total would rise if this KPI reached 100 points. */
  gain: number;
  /** The next grade up and how many points of total it needs (null at the top grade). */
  nextGrade: GradeName | null;
  pointsToNextGrade: number | null;
}

/**
 * "What would raise my grade": the applicable KPI whose full marks would add the most to the total.
 * Ties go to the KPI listed first in the plan. Null when nothing is applicable or all is at 100.
 */
export function gainToNextGrade(sheet: SheetScore, grades: PlanContentShape['grades']): GainHint | null {
  let best: SheetItem | null = null;
  let bestGain = 0;
  for (const item of sheet.items) {
    if (item.points === null) continue;
    const gain = (item.effectiveWeight * (100 - item.points)) / 100;
    if (gain > bestGain) [best, bestGain] = [item, gain];
  }
  if (!best || sheet.total === null) return null;
  const current = gradeFor(grades, sheet.total);
  const sorted = [...grades].sort((a, b) => b.min - a.min);
  const next = sorted[sorted.findIndex((g) => g.grade === current) - 1];
  return {
    code: best.code,
    gain: round2(bestGain),
    nextGrade: next?.grade ?? null,
    pointsToNextGrade: next ? round2(next.min - sheet.total) : null,
  };
}
