import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connect.js';
import { runInSlot } from './schedule.js';

// A task the server runs every few minutes (the appraisal reminders, the morning flag of open
// shadowing problems). Machine time only says how long to sleep between runs; what is due is
// decided by the business clock inside `run`, so tests call `run` directly. A run still going
// when the next is due is not started twice; a failed run is logged and the next one tries again.
// With several nodes on one database each node's timer fires, but the run goes through
// lib/schedule.ts: one run per interval-long slot across all nodes, taken over if its node dies.

export function startIntervalTask(o: {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  db: Db;
  log: FastifyBaseLogger;
}) {
  let round: Promise<unknown> | null = null;
  const onError = (err: unknown) => o.log.error({ err }, `${o.name} failed`);
  const timer = setInterval(() => {
    if (round) return;
    round = runInSlot(o.db, { task: o.name, slotMs: o.everyMs, run: o.run, onError })
      .catch(onError)
      .finally(() => (round = null));
  }, o.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
