import type { Db } from '../../../db/connect.js';
import { qaScoreInputs } from '../../quality/fitness/qa-inputs.js';
import { round2, type KpiValue, type Period } from './inputs.types.js';

// qa and accuracy from quality monitoring's qaScoreInputs (final scores after disputes and
// rescoring; evaluations of suspended evaluators left out):
//   qa        the average final score, 0–100
//   accuracy  % of those evaluations without a critical failure
// Evidence: the ids of the evaluations that count. qaScoreInputs answers for one person; it is the
// one place that knows which evaluations count, so it is asked per person rather than copied.
export async function qualityValues(db: Db, personIds: string[], p: Period) {
  const out = new Map<string, { qa: KpiValue; accuracy: KpiValue }>();
  for (const personId of personIds) {
    const rows = await qaScoreInputs(db, personId, p.from, p.to);
    if (!rows.length) continue;
    const evidence = {
      kind: 'evaluations' as const,
      personId,
      from: p.from,
      to: p.to,
      ids: rows.map((r) => r.evaluationId),
    };
    const sum = rows.reduce((s, r) => s + r.finalScore, 0);
    const clean = rows.filter((r) => !r.criticalFailure || r.criticalFailure === 'none').length;
    out.set(personId, {
      qa: { value: round2(sum / rows.length), source: 'data', evidence },
      accuracy: { value: round2((100 * clean) / rows.length), source: 'data', evidence },
    });
  }
  return out;
}
