import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/connect.js';
import { nowMs } from '../../../lib/clock.js';
import { startIntervalTask } from '../../../lib/interval-task.js';
import { getSetting } from '../../../lib/settings.js';
import { factsState, refreshAnalytics } from './refresh.js';

// The background rebuild of the rollups (issue 22). The timer wakes every minute and rebuilds when
// the last rebuild is analytics.refreshMinutes old by the business clock (so a changed setting
// applies at once, and tests move the clock and call runDue directly). Machine time only says how
// long to sleep between checks; a check with nothing due is one small read.
const CHECK_MS = 60_000;

/** What follows a rebuild: figures computed ahead from the new rollups (the monthly report). */
export type AfterRefresh = (db: Db) => Promise<void>;

/** Rebuilds when the rollups are missing or older than analytics.refreshMinutes; true when it did. */
export async function refreshIfDue(db: Db, nowMs: number, after?: AfterRefresh): Promise<boolean> {
  const state = await factsState(db);
  const every = (await getSetting(db, 'analytics.refreshMinutes')) * 60_000;
  if (state && nowMs - Date.parse(state.asOf) < every) return false;
  await refreshAnalytics(db);
  await after?.(db);
  return true;
}

export const startAnalyticsRefresh = (db: Db, log: FastifyBaseLogger, after?: AfterRefresh) =>
  startIntervalTask({
    name: 'analytics.refresh',
    everyMs: CHECK_MS,
    run: () => refreshIfDue(db, nowMs(), after),
    db,
    log,
  });
