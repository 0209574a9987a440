import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { interactionDayTotals, intervalVolumes } from '../../interactions/intervals/intervals.service.js';
import type { Volume } from './forecast.js';
import { cachedDays, cachedVolumes, replaceDays } from './staffing.repo.js';

// The past days' contacts per interval that the forecast averages, read through a cache: grouping
// one day of a 100-million-calls-a-year center (~275,000 calls) in SQL takes seconds, and a past
// day hardly changes. Each day is grouped once (all lines, so any filter reads the same rows) and
// kept with a fingerprint — the day's offered total in the interactions rollup, the interval
// length and the center offset. A later import into that day changes its total, so the day is
// grouped again on the next read. The cache is written best-effort: a failed write (two readers
// racing on PostgreSQL) still answers with the volumes just grouped.

export interface PastVolumes {
  /** The days that have any interaction (others are missing data, not quiet days). */
  daysWithData: string[];
  volumes: Volume[];
}

export async function pastVolumes(
  db: Db,
  days: string[],
  q: { intervalMinutes: number; offsetMinutes: number },
): Promise<PastVolumes> {
  const totals = await interactionDayTotals(db, days);
  const withData = days.filter((d) => totals.has(d));
  if (!withData.length) return { daysWithData: [], volumes: [] };
  const fingerprint = (day: string) => `${totals.get(day)}|${q.intervalMinutes}|${q.offsetMinutes}`;
  const cached = new Map((await cachedDays(db, withData)).map((c) => [c.day, c.fingerprint]));
  const fresh = withData.filter((d) => cached.get(d) === fingerprint(d));
  const stale = withData.filter((d) => cached.get(d) !== fingerprint(d));
  const volumes = await cachedVolumes(db, fresh);
  if (stale.length) {
    const grouped = await intervalVolumes(db, { days: stale, ...q });
    volumes.push(...grouped);
    try {
      await replaceDays(
        db,
        stale.map((day) => ({ day, fingerprint: fingerprint(day) })),
        grouped,
        nowIso(),
      );
    } catch {
      // best-effort: the next read groups the day again
    }
  }
  return { daysWithData: withData, volumes };
}
