import type { AnalyticsFilter } from '../../../../common/analytics.js';
import {
  EFFECT_METRICS,
  type EffectFigure,
  type EffectKind,
  type EffectMetric,
  type EffectRow,
  type EffectsComparison,
  type EffectsResult,
} from '../../../../common/analytics-effects.js';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { addMonths, daysBetween } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { notFound } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { namesOf } from '../../people/identity.service.js';
import {
  kaplanMeier,
  rankWhereSeparate,
  shrinkMeans,
  shrinkRates,
  survivalAt,
  wilson,
  type Subject,
} from '../stats/index.js';
import { kpiValue } from '../levels/levels.figures.js';
import { compareMetrics } from './compare.js';
import * as repo from './effects.repo.js';

// Trainer and mentor effects (SPEC §12, issue 22 item 4). A trainer's learners are the people the
// rollup says they taught most (a mentor's, those they mentored first). For each learner: QA, FCR,
// AHT and CSAT over the live month and the next followMonths − 1, and whether they were still
// employed 6 months after hire (only learners hired 6+ months ago count). Per trainer the learners'
// mean is shrunk toward the center by empirical Bayes, so two lucky trainees do not make a star;
// a trainer is ranked on a metric only with minLearners learners and an interval that separates.

const RETENTION_MONTHS = 6;
const KPI_METRICS = ['qa', 'fcr', 'aht', 'csat'] as const;

export interface GroupValues {
  key: string;
  learners: number;
  values: Record<EffectMetric, number[]>;
  subjects: Subject[];
}

const emptyValues = (): Record<EffectMetric, number[]> => ({ qa: [], fcr: [], aht: [], csat: [], retention: [] });
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
function sdOf(xs: number[]) {
  if (xs.length < 2) return null;
  const m = mean(xs)!;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Each trainer's (or mentor's) learners' values per metric, and their survival subjects. */
export async function groupValues(
  db: Db,
  scope: PeopleScope,
  kind: EffectKind,
  filter: AnalyticsFilter,
  followMonths: number,
): Promise<GroupValues[]> {
  const today = await todayInCenter(db);
  const [people, sums] = await Promise.all([
    repo.learners(db, scope, kind, filter),
    repo.followUpSums(db, scope, kind, filter, followMonths),
  ]);
  const sumsOf = new Map(sums.map((s) => [s.employee_id, s]));
  const groups = new Map<string, GroupValues>();
  // hire days repeat (10,000 learners, a few hundred days): the date arithmetic once per day
  const sixMonthsOf = new Map<string, string>();
  for (const p of people) {
    let g = groups.get(p.key);
    if (!g) groups.set(p.key, (g = { key: p.key, learners: 0, values: emptyValues(), subjects: [] }));
    g.learners++;
    for (const m of KPI_METRICS) {
      const v = kpiValue(sumsOf.get(p.employee_id), m);
      if (v !== null) g.values[m].push(v);
    }
    let sixMonths = sixMonthsOf.get(p.hire_date);
    if (sixMonths === undefined) sixMonthsOf.set(p.hire_date, (sixMonths = addMonths(p.hire_date, RETENTION_MONTHS)));
    if (sixMonths <= today) g.values.retention.push(p.exit_date && p.exit_date < sixMonths ? 0 : 1);
    const end = p.exit_date && p.exit_date <= today ? p.exit_date : today;
    g.subjects.push({ time: Math.max(0, daysBetween(p.hire_date, end)), event: !!p.exit_date && p.exit_date <= today });
  }
  return [...groups.values()];
}

const noFigure = (n: number): EffectFigure => ({
  n,
  raw: null,
  shrunk: null,
  low: null,
  high: null,
  weight: null,
  rank: null,
});

function figuresFor(groups: GroupValues[], metric: EffectMetric, pct: number, minLearners: number) {
  const withData = groups.filter((g) => g.values[metric].length);
  const shrunk =
    metric === 'retention'
      ? shrinkRates(
          withData.map((g) => ({
            key: g.key,
            k: g.values.retention.reduce((a, b) => a + b, 0),
            n: g.values.retention.length,
          })),
          pct,
        )
      : shrinkMeans(
          withData.map((g) => ({
            key: g.key,
            n: g.values[metric].length,
            mean: mean(g.values[metric])!,
            sd: sdOf(g.values[metric]),
          })),
          pct,
        );
  const byKey = new Map(shrunk.map((s) => [s.key, s]));
  const learnersOf = new Map(groups.map((g) => [g.key, g.learners]));
  const rankable = shrunk
    .filter((s) => (learnersOf.get(s.key) ?? 0) >= minLearners)
    .map((s) => ({ key: s.key, value: s.shrunk, low: s.low, high: s.high }));
  // a shorter handle time is better: rank 1 is always the best
  const ranks = rankWhereSeparate(rankable, metric !== 'aht');
  const out = new Map<string, EffectFigure>();
  for (const g of groups) {
    const s = byKey.get(g.key);
    out.set(
      g.key,
      s
        ? {
            n: s.n,
            raw: s.raw,
            shrunk: s.shrunk,
            low: s.low,
            high: s.high,
            weight: s.weight,
            rank: ranks.get(g.key) ?? null,
          }
        : noFigure(0),
    );
  }
  return out;
}

const settingsOf = async (db: Db) => ({
  pct: await getSetting(db, 'analytics.confidencePercent'),
  followMonths: await getSetting(db, 'analytics.effects.followMonths'),
  minLearners: await getSetting(db, 'analytics.effects.minLearners'),
});

/** Every trainer's (or mentor's) effect on their learners in scope, best shrunk QA first. */
export const trainerEffects = async (
  db: Db,
  scope: PeopleScope,
  q: { kind: EffectKind; filter: AnalyticsFilter },
): Promise<EffectsResult> => (await effectsWithValues(db, scope, q)).result;

async function effectsWithValues(db: Db, scope: PeopleScope, q: { kind: EffectKind; filter: AnalyticsFilter }) {
  const s = await settingsOf(db);
  const groups = await groupValues(db, scope, q.kind, q.filter, s.followMonths);
  const figures = Object.fromEntries(
    EFFECT_METRICS.map((m) => [m, figuresFor(groups, m, s.pct, s.minLearners)]),
  ) as Record<EffectMetric, Map<string, EffectFigure>>;
  const keys = groups.map((g) => g.key);
  const labels = q.kind === 'trainer' ? await repo.trainerNames(db, keys) : await namesOf(db, keys);
  const rows: EffectRow[] = groups.map((g) => {
    const km = survivalAt(kaplanMeier(g.subjects, s.pct), 183);
    return {
      key: g.key,
      label: labels.get(g.key) ?? g.key,
      learners: g.learners,
      ranked: g.learners >= s.minLearners,
      qa: figures.qa.get(g.key)!,
      fcr: figures.fcr.get(g.key)!,
      aht: figures.aht.get(g.key)!,
      csat: figures.csat.get(g.key)!,
      retention: figures.retention.get(g.key)!,
      survival6: km
        ? { survival: km.survival, low: km.low, high: km.high, atRisk: km.atRisk }
        : { survival: null, low: null, high: null, atRisk: 0 },
    };
  });
  rows.sort((a, b) => (b.qa.shrunk ?? -Infinity) - (a.qa.shrunk ?? -Infinity) || a.label.localeCompare(b.label));
  const all = (m: EffectMetric) => groups.flatMap((g) => g.values[m]);
  const kept = all('retention');
  const result: EffectsResult = {
    kind: q.kind,
    confidencePercent: s.pct,
    followMonths: s.followMonths,
    minLearners: s.minLearners,
    center: {
      qa: mean(all('qa')),
      fcr: mean(all('fcr')),
      aht: mean(all('aht')),
      csat: mean(all('csat')),
      retention: wilson(
        kept.reduce((a, b) => a + b, 0),
        kept.length,
        s.pct,
      ),
    },
    rows,
    total: rows.length,
  };
  return { result, groups };
}

/** Two trainers (or mentors) side by side, with the difference of their learners' raw means. */
export async function compareEffects(
  db: Db,
  scope: PeopleScope,
  q: { kind: EffectKind; filter: AnalyticsFilter; a: string; b: string },
): Promise<EffectsComparison> {
  const { result, groups } = await effectsWithValues(db, scope, q);
  const a = result.rows.find((r) => r.key === q.a);
  const b = result.rows.find((r) => r.key === q.b);
  if (!a || !b) throw notFound(q.kind === 'trainer' ? 'Trainer' : 'Mentor');
  const ga = groups.find((g) => g.key === q.a)!;
  const gb = groups.find((g) => g.key === q.b)!;
  return {
    kind: q.kind,
    confidencePercent: result.confidencePercent,
    a,
    b,
    differences: compareMetrics(ga.values, gb.values, result.confidencePercent),
  };
}
