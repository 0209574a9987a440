import type { CalibrationReport } from '../../../../common/quality-calibration.js';
import type { AnswersShape, ScorecardContentShape } from '../../../../common/quality.js';
import type { ItemResult } from '../../../../common/quality-scoring.js';
import { mean, sd } from '../stats/stats.js';
import { agreementFigures } from './calibration.agreement.js';

// The calibration report (issue 7 item 8), computed from a closed session's scores and the
// facilitator's consensus. Pure: the service loads, this computes.
//  - Deviation of an evaluator on an interaction = their total score − the consensus score
//    (points on the 0–100 scale); outside the tolerance when |deviation| > tolerance.
//  - Per item: the points each evaluator earned minus the consensus's (null when either side
//    is N/A), and the spread (min, max, SD) of the evaluators' points.
//  - Per item and interaction: the share of evaluator pairs that gave the same answer.
//  - Agreement: one chance-corrected figure per item kind with its interval and n
//    (calibration.agreement.ts).

export interface ReportScore {
  interactionId: string;
  userId: string;
  name: string;
  answers: AnswersShape;
  items: Record<string, ItemResult>;
  score: number;
}
export interface ReportConsensus {
  interactionId: string;
  answers: AnswersShape;
  items: Record<string, ItemResult>;
  score: number;
}

const category = (answers: AnswersShape, key: string): string | null => {
  const a = answers[key];
  if (!a) return null;
  return a.value === null ? 'na' : String(a.value);
};
const round = (x: number | null, d = 2) =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d;
const spread = (xs: number[]) => ({
  min: xs.length ? Math.min(...xs) : null,
  max: xs.length ? Math.max(...xs) : null,
  sd: xs.length >= 2 ? round(sd(xs)) : null,
});

export function buildReport(input: {
  sessionId: string;
  content: ScorecardContentShape;
  interactionIds: string[];
  scores: ReportScore[];
  consensus: ReportConsensus[];
  tolerance: number;
  minN: number;
}): Omit<CalibrationReport, 'view'> {
  const { content, scores, tolerance } = input;
  const items = content.sections.flatMap((s) => s.items);
  const consensusOf = new Map(input.consensus.map((c) => [c.interactionId, c]));

  const interactions = input.interactionIds.map((interactionId) => {
    const mine = scores.filter((s) => s.interactionId === interactionId);
    const c = consensusOf.get(interactionId) ?? null;
    const totals = spread(mine.map((s) => s.score));
    return {
      interactionId,
      consensusScore: c?.score ?? null,
      scoreMin: totals.min,
      scoreMax: totals.max,
      scoreSd: totals.sd,
      evaluators: mine.map((s) => {
        const deviation = c ? round(s.score - c.score) : null;
        return {
          userId: s.userId,
          name: s.name,
          score: s.score,
          deviation,
          outside: deviation !== null && Math.abs(deviation) > tolerance,
        };
      }),
      items: items.map((item) => {
        const categorical = item.kind !== 'points';
        const counts = new Map<string, number>();
        const points: number[] = [];
        const deviations = mine.map((s) => {
          const value = category(s.answers, item.key);
          const r = s.items[item.key];
          if (value !== null && categorical) {
            // "1" of a yes/no item (yes) and "1" of a scale item are different categories.
            const cat = value === 'na' ? value : `${item.kind}:${value}`;
            counts.set(cat, (counts.get(cat) ?? 0) + 1);
          }
          if (r && !r.na) points.push(r.earned);
          const cr = c?.items[item.key];
          const diff = r && cr && !r.na && !cr.na ? round(r.earned - cr.earned) : null;
          return { userId: s.userId, name: s.name, value, points: diff };
        });
        let agreement: number | null = null;
        const n = [...counts.values()].reduce((a, b) => a + b, 0);
        if (categorical && n >= 2) {
          agreement = round([...counts.values()].reduce((a, x) => a + x * (x - 1), 0) / (n * (n - 1)), 4);
        }
        const sp = spread(points);
        return {
          key: item.key,
          label: item.label,
          kind: item.kind,
          consensus: c ? category(c.answers, item.key) : null,
          deviations,
          min: sp.min,
          max: sp.max,
          sd: sp.sd,
          agreement,
        };
      }),
    };
  });

  const users = [...new Map(scores.map((s) => [s.userId, s.name])).entries()];
  const evaluators = users.map(([userId, name]) => {
    const rows = interactions.flatMap((i) => i.evaluators.filter((e) => e.userId === userId));
    const devs = rows.map((r) => r.deviation).filter((d): d is number => d !== null);
    const itemsDiffering = interactions.reduce(
      (acc, i) =>
        acc +
        i.items.filter((it) => {
          const mineValue = it.deviations.find((d) => d.userId === userId)?.value;
          return it.consensus !== null && mineValue !== undefined && mineValue !== null && mineValue !== it.consensus;
        }).length,
      0,
    );
    return {
      userId,
      name,
      scored: rows.length,
      meanDeviation: devs.length ? round(mean(devs)) : null,
      meanAbsDeviation: devs.length ? round(mean(devs.map(Math.abs))) : null,
      itemsDiffering,
      outside: rows.some((r) => r.outside),
    };
  });

  const all = spread(scores.map((s) => s.score));
  const perInteractionSd = interactions.map((i) => i.scoreSd).filter((x): x is number => x !== null);
  return {
    sessionId: input.sessionId,
    tolerance,
    consensusComplete: input.interactionIds.every((id) => consensusOf.has(id)),
    interactions,
    evaluators,
    // Across interactions the SD is the mean of each interaction's SD: the calls differ, the spread between evaluators is what counts.
    spread: { min: all.min, max: all.max, sd: perInteractionSd.length ? round(mean(perInteractionSd)) : null },
    agreement: agreementFigures({
      sessionId: input.sessionId,
      content,
      interactionIds: input.interactionIds,
      scores,
      minN: input.minN,
    }),
  };
}
