import type { EvidenceDescriptor } from '../../../../common/appraisal-cycles.js';
import type { KpiCodeName } from '../../../../common/appraisal-plans.js';

/** One KPI value of a person over a period, with the records behind it. */
export interface KpiValue {
  /** In the KPI's unit (KPI_UNITS); null = no data (N/A). */
  value: number | null;
  source: 'data' | 'import' | 'manual' | 'none';
  evidence: EvidenceDescriptor;
}
export type PersonValues = Partial<Record<KpiCodeName, KpiValue>>;

export interface Period {
  from: string;
  to: string;
}

export const round2 = (x: number) => Math.round((x + Number.EPSILON * Math.sign(x)) * 100) / 100;
export const NONE: KpiValue = { value: null, source: 'none', evidence: { kind: 'none' } };

/** Whose records a value rests on: the person, or (a team lead's sheet) the lead's team's members. */
export type Subject = { personId: string } | { personId: string; teamId: string };
