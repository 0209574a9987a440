import type { WarningCause, WarningMetric } from '../../../../common/analytics-warnings.js';
import type { Db } from '../../../db/connect.js';
import { itemLabels } from '../../quality/feedback/feedback.access.js';
import * as src from './sources.repo.js';
import type { Week } from './sources.repo.js';

// Why a metric declined (issue 22 item 5: "the scorecard items or KPI components that drove it"),
// comparing the first counted week of the span with the last:
//   qa    the scorecard items whose lost points per evaluation grew most. Points are on the 0–100
//         score scale: an item's share of the evaluation's possible points it did not earn, so the
//         items' losses add up to 100 − score (before any critical zeroing);
//   aht   talk, hold and wrap seconds per contact;
//   fcr   FCR % per business type, ordered by the resolved contacts the fall cost;
//   csat  the count of answers of 1 or 2, and mean CSAT per business type.
// Only causes that got worse are kept, worst first, at most MAX_CAUSES.
const MAX_CAUSES = 5;
const r2 = (x: number) => Math.round(x * 100) / 100;

type ItemResult = { earned: number; possible: number; na: boolean };

async function qaCauses(db: Db, agentId: string, first: Week, last: Week): Promise<WarningCause[]> {
  const [a, b] = await Promise.all([src.evaluationItems(db, agentId, first), src.evaluationItems(db, agentId, last)]);
  const lost = (evs: typeof a) => {
    const sums = new Map<string, number>();
    for (const e of evs) {
      const items = Object.entries(JSON.parse(e.final_items) as Record<string, ItemResult>).filter(([, r]) => !r.na);
      const possible = items.reduce((s, [, r]) => s + r.possible, 0);
      if (!possible) continue;
      for (const [key, r] of items) sums.set(key, (sums.get(key) ?? 0) + (100 * (r.possible - r.earned)) / possible);
    }
    return new Map([...sums].map(([k, s]) => [k, s / Math.max(1, evs.length)]));
  };
  const [la, lb] = [lost(a), lost(b)];
  const labels = await itemLabels(
    db,
    [...a, ...b].map((e) => e.form_version_id),
  );
  return [...new Set([...la.keys(), ...lb.keys()])].map((key) => {
    const f = la.get(key) ?? 0;
    const l = lb.get(key) ?? 0;
    return { kind: 'item' as const, key, label: labels.get(key) ?? null, first: r2(f), last: r2(l), change: r2(l - f) };
  });
}

type Counters = { handled: number; talk: number; hold: number; wrap: number };

function ahtCauses(first: Counters, last: Counters): WarningCause[] {
  return (['talk', 'hold', 'wrap'] as const).map((key) => {
    const f = first.handled ? first[key] / first.handled : 0;
    const l = last.handled ? last[key] / last.handled : 0;
    return { kind: 'component' as const, key, label: null, first: r2(f), last: r2(l), change: r2(l - f) };
  });
}

async function typeCauses(db: Db, agentId: string, first: Week, last: Week, metric: 'fcr' | 'csat') {
  const [a, b] = await Promise.all([src.byBusinessType(db, agentId, first), src.byBusinessType(db, agentId, last)]);
  const value = (r: (typeof a)[number] | undefined) => {
    if (!r) return null;
    if (metric === 'fcr') return Number(r.fcr_known) ? (100 * Number(r.fcr_yes)) / Number(r.fcr_known) : null;
    return Number(r.csat_count) ? Number(r.csat_sum) / Number(r.csat_count) : null;
  };
  const out: (WarningCause & { weight: number })[] = [];
  for (const rb of b) {
    const f = value(a.find((x) => x.business_type === rb.business_type));
    const l = value(rb);
    if (f === null || l === null) continue;
    // A fall that cost many contacts weighs more than the same fall on a handful.
    const weight = (f - l) * Number(metric === 'fcr' ? rb.fcr_known : rb.csat_count);
    out.push({
      kind: 'business_type',
      key: rb.business_type,
      label: null,
      first: r2(f),
      last: r2(l),
      change: r2(l - f),
      weight,
    });
  }
  return out
    .filter((c) => c.weight > 0)
    .sort((x, y) => y.weight - x.weight)
    .map(({ weight: _w, ...c }) => c);
}

export async function causesOf(
  db: Db,
  agentId: string,
  metric: WarningMetric,
  first: Week,
  last: Week,
  counters: { first: Counters; last: Counters },
): Promise<WarningCause[]> {
  let causes: WarningCause[];
  if (metric === 'qa') causes = await qaCauses(db, agentId, first, last);
  else if (metric === 'aht') causes = ahtCauses(counters.first, counters.last);
  else if (metric === 'fcr') return (await typeCauses(db, agentId, first, last, 'fcr')).slice(0, MAX_CAUSES);
  else {
    const [f, l] = await Promise.all([src.lowCsatCount(db, agentId, first), src.lowCsatCount(db, agentId, last)]);
    const low: WarningCause[] =
      l > f ? [{ kind: 'low_scores', key: 'low_scores', label: null, first: f, last: l, change: l - f }] : [];
    return [...low, ...(await typeCauses(db, agentId, first, last, 'csat'))].slice(0, MAX_CAUSES);
  }
  return causes
    .filter((c) => c.change > 0)
    .sort((x, y) => y.change - x.change || x.key.localeCompare(y.key))
    .slice(0, MAX_CAUSES);
}
