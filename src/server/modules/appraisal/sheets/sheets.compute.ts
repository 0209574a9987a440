import type { EvidenceDescriptor } from '../../../../common/appraisal-cycles.js';
import type { KpiCodeName, PlanContentShape, PlanKpiShape } from '../../../../common/appraisal-plans.js';
import { gradeFor, scoreSheet } from '../scoring/score.js';
import type { KpiValue, PersonValues } from '../inputs/inputs.types.js';

// A sheet's items from its plan KPIs and values, scored by the one engine (scoring/score.ts).
// Pure: the cycle (all sheets) and a single recompute share it, so both give the same figures.

export interface ManualEntry {
  value: number;
  comment: string | null;
  byName: string;
  at: string;
}

export interface ItemRow {
  code: KpiCodeName;
  value: number | null;
  points: number | null;
  weight: number;
  effectiveWeight: number;
  contribution: number;
  source: string;
  evidence: EvidenceDescriptor;
  comment: string | null;
}

export interface ScoredSheet {
  items: ItemRow[];
  total: number | null;
  grade: string | null;
}

/** The KPIs of a person's position type (a team's lead on the team_lead set when the plan has one). */
export function kpisFor(content: PlanContentShape, positionType: string): PlanKpiShape[] {
  return content.kpiSets[positionType as keyof PlanContentShape['kpiSets']] ?? [];
}

/** Scores items whose value and evidence are already settled (a frozen sheet, an appeal's correction). */
export function rescore(
  content: PlanContentShape,
  kpis: PlanKpiShape[],
  items: Omit<ItemRow, 'points' | 'weight' | 'effectiveWeight' | 'contribution'>[],
): ScoredSheet {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const values: Partial<Record<KpiCodeName, number | null>> = {};
  for (const k of kpis) values[k.code] = byCode.get(k.code)?.value ?? null;
  const score = scoreSheet(kpis, values);
  const rows = score.items.map((s): ItemRow => {
    const it = byCode.get(s.code);
    return {
      ...s,
      source: s.value === null ? 'none' : (it?.source ?? 'none'),
      evidence: s.value === null ? { kind: 'none' } : (it?.evidence ?? { kind: 'none' }),
      comment: it?.comment ?? null,
    };
  });
  return {
    items: rows,
    total: score.total,
    grade: score.total === null ? null : gradeFor(content.grades, score.total),
  };
}

/** A draft sheet from the data (and the team lead's manual entries, which have no data source). */
export function computeSheet(
  content: PlanContentShape,
  kpis: PlanKpiShape[],
  values: PersonValues,
  manual: Map<string, ManualEntry>,
): ScoredSheet {
  const items = kpis.map((k) => {
    if (k.rule.kind === 'manual') {
      const m = manual.get(k.code);
      const v: KpiValue = m
        ? {
            value: m.value,
            source: 'manual',
            evidence: { kind: 'manual', byName: m.byName, at: m.at, comment: m.comment },
          }
        : { value: null, source: 'none', evidence: { kind: 'none' } };
      return { code: k.code, ...v, comment: m?.comment ?? null };
    }
    const v = values[k.code];
    return {
      code: k.code,
      value: v?.value ?? null,
      source: v?.source ?? 'none',
      evidence: v?.evidence ?? ({ kind: 'none' } as EvidenceDescriptor),
      comment: null,
    };
  });
  return rescore(content, kpis, items);
}

/** Whether two scorings differ (a recompute writes and audits only what changed). */
export const sameScore = (a: ScoredSheet, b: ScoredSheet) =>
  a.total === b.total &&
  a.grade === b.grade &&
  a.items.length === b.items.length &&
  a.items.every((x, i) => x.code === b.items[i].code && x.value === b.items[i].value && x.points === b.items[i].points);
