import type { Db } from '../../../db/connect.js';
import { qaScoreInputsOf } from '../../quality/fitness/qa-inputs.js';
import { round2, type KpiValue, type Period, type Subject } from './inputs.types.js';

// qa and accuracy from quality monitoring's qaScoreInputs (final scores after disputes and
// rescoring; evaluations of suspended evaluators left out):
//   qa        the average final score, 0–100
//   accuracy  % of those evaluations without a critical failure
// Evidence: the ids of the evaluations that count. qaScoreInputsOf is the one place that knows
// which evaluations count; it answers for everyone of the sheet at once.
// Sums are kept so a team's qa is the mean over all its members' evaluations, not of their means.
export interface QualitySums {
  sum: number;
  clean: number;
  ids: string[];
}

export async function qualitySums(db: Db, personIds: string[], p: Period) {
  const out = new Map<string, QualitySums>();
  const all = await qaScoreInputsOf(db, personIds, p.from, p.to);
  for (const personId of personIds) {
    const rows = all.get(personId) ?? [];
    if (!rows.length) continue;
    out.set(personId, {
      sum: rows.reduce((s, r) => s + r.finalScore, 0),
      clean: rows.filter((r) => !r.criticalFailure || r.criticalFailure === 'none').length,
      ids: rows.map((r) => r.evaluationId),
    });
  }
  return out;
}

export function addQualitySums(parts: (QualitySums | undefined)[]): QualitySums | undefined {
  const some = parts.filter((x): x is QualitySums => !!x);
  if (!some.length) return undefined;
  return {
    sum: some.reduce((s, x) => s + x.sum, 0),
    clean: some.reduce((s, x) => s + x.clean, 0),
    ids: some.flatMap((x) => x.ids),
  };
}

export function qualityKpis(q: QualitySums, who: Subject, p: Period): { qa: KpiValue; accuracy: KpiValue } {
  const evidence = { kind: 'evaluations' as const, ...who, from: p.from, to: p.to, ids: q.ids };
  const n = q.ids.length;
  return {
    qa: { value: round2(q.sum / n), source: 'data', evidence },
    accuracy: { value: round2((100 * q.clean) / n), source: 'data', evidence },
  };
}
