import type { CalibrationReport } from '../../../../common/quality-calibration.js';
import type { AnswersShape, ItemKindName, ScorecardContentShape } from '../../../../common/quality.js';
import { hash32 } from '../sampling/sampling.rng.js';
import { bootstrapInterval, kappaOf, krippendorffAlpha, type AlphaMetric } from '../stats/agreement.js';
import { kappaBand } from '../stats/stats.js';

// The agreement figures of a calibration report, one per item kind (issue 17 item 5; the choice
// of statistic is argued in stats/agreement.ts). A subject is one item of one interaction rated by
// two or more evaluators. The interval resamples interactions, not subjects: the items of one call
// are scored by the same people listening to the same call, so they do not vary independently.
//  - yes/no: categories yes, no and N/A (disagreeing on applicability is disagreement).
//  - scale and points: value / max, so items with different tops share one scale; N/A has no
//    place on it and counts as missing.
// Below minN subjects no number is given (value, low, high null; tooFew true).

type Agreement = CalibrationReport['agreement'];
const RESAMPLES = 1000;
const LEVEL = 0.95;
const DEFAULT_MAX = { yes_no: 1, scale: 5, points: 10 } as const;
const STATISTIC = { yes_no: 'fleiss_kappa', scale: 'alpha_ordinal', points: 'alpha_interval' } as const;
const METRIC: Record<'scale' | 'points', AlphaMetric> = { scale: 'ordinal', points: 'interval' };
const YES_NO = ['1', '0', 'na'];

const round = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10000) / 10000;

export function agreementFigures(input: {
  sessionId: string;
  content: ScorecardContentShape;
  interactionIds: string[];
  scores: { interactionId: string; answers: AnswersShape }[];
  minN: number;
}): Agreement {
  const items = input.content.sections.flatMap((s) => s.items);
  const kinds = (['yes_no', 'scale', 'points'] as const).filter((k) => items.some((i) => i.kind === k));
  return {
    minN: input.minN,
    level: LEVEL * 100,
    resamples: RESAMPLES,
    kinds: kinds.map((kind) => {
      const mine = items.filter((i) => i.kind === kind);
      // Per interaction, its subjects: the values each evaluator gave an item.
      const clusters = input.interactionIds.map((id) => {
        const answers = input.scores.filter((s) => s.interactionId === id).map((s) => s.answers);
        return mine.map((item) =>
          answers
            .map((a) => a[item.key])
            .filter((a) => a !== undefined)
            .map((a) => (a.value === null ? null : a.value / (item.max ?? DEFAULT_MAX[kind]))),
        );
      });
      return kind === 'yes_no'
        ? figure(kind, clusters, yesNo, kappaOf, input)
        : figure(kind, clusters, numeric, (s) => krippendorffAlpha(s, METRIC[kind])?.alpha ?? null, input);
    }),
  };
}

// A subject is kept when two or more evaluators rated it (an N/A is a rating of a yes/no item only).
const yesNo = {
  subject: (values: (number | null)[]) =>
    YES_NO.map((c) => values.filter((v) => (v === null ? 'na' : String(v)) === c).length),
  rated: (values: (number | null)[]) => values.length,
};
const numeric = {
  subject: (values: (number | null)[]) => values.filter((v): v is number => v !== null),
  rated: (values: (number | null)[]) => values.filter((v) => v !== null).length,
};

function figure<T>(
  kind: ItemKindName,
  raw: (number | null)[][][],
  how: { subject: (values: (number | null)[]) => T; rated: (values: (number | null)[]) => number },
  stat: (subjects: T[]) => number | null,
  input: { sessionId: string; minN: number },
): Agreement['kinds'][number] {
  const clusters = raw
    .map((c) => c.filter((values) => how.rated(values) >= 2).map(how.subject))
    .filter((c) => c.length > 0);
  const n = clusters.reduce((a, c) => a + c.length, 0);
  const base = { kind, statistic: STATISTIC[kind], n, interactions: clusters.length };
  if (n < input.minN) return { ...base, value: null, low: null, high: null, band: 'none', tooFew: true };
  const value = stat(clusters.flat());
  const ci =
    value === null
      ? null
      : bootstrapInterval(clusters, stat, {
          resamples: RESAMPLES,
          seed: hash32(`${input.sessionId}:${kind}`),
          level: LEVEL,
        });
  return {
    ...base,
    value: round(value),
    low: round(ci?.low),
    high: round(ci?.high),
    band: kappaBand(value),
    tooFew: false,
  };
}
