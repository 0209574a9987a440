import { performance } from 'node:perf_hooks';
import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import {
  countRollups,
  dropStages,
  readState,
  stagePeople,
  stagePersonMonths,
  swapRollups,
  writeState,
} from './refresh.repo.js';

// Rebuilds the analytics rollups (migrations/20261230-analytics.ts) from the records: the demo,
// the bench, the hourly task, POST /api/analytics/facts/refresh and the tests call it. The grouping
// runs into temporary tables first; then one short transaction deletes and re-inserts every row,
// so a reader sees the old rollups or the new ones, never half of each, and writers wait only for
// the copy.
export interface RefreshResult {
  asOf: string;
  tookMs: number;
  people: number;
  months: number; // person-month rows
}

export async function refreshAnalytics(db: Db): Promise<RefreshResult> {
  const started = performance.now(); // how long it took is machine time, not business time
  // One connection throughout: the staging tables are temporary, the connection's own.
  return db.connection().execute(async (conn) => {
    await dropStages(conn);
    try {
      await stagePeople(conn);
      await stagePersonMonths(conn);
      return await conn.transaction().execute(async (tx) => {
        await swapRollups(tx);
        const counts = await countRollups(tx);
        const result: RefreshResult = { asOf: nowIso(), tookMs: Math.round(performance.now() - started), ...counts };
        await writeState(tx, { as_of: result.asOf, took_ms: result.tookMs, ...counts });
        return result;
      });
    } finally {
      await dropStages(conn);
    }
  });
}

/** When the rollups were last rebuilt, how long it took and how many rows they hold; null before the first. */
export async function factsState(db: Db): Promise<RefreshResult | null> {
  const row = await readState(db);
  return row ? { asOf: row.as_of, tookMs: row.took_ms, people: row.people, months: row.months } : null;
}
