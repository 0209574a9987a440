import type { Db } from '../../../db/connect.js';
import { enqueueLatest, pendingJob, type JobHandler } from '../../../lib/jobs.js';
import * as repo from './service-level.repo.js';

// Service level in the rollups follows the current threshold (interactions.serviceLevelSeconds):
// a change queues this job in the transaction that stores the new value, and the job recounts
// sl_within day by day from the stored interactions, one transaction per day. It runs on the
// same worker as imports, one job at a time, so an import started before the change finishes
// first and is recounted too, and one started after it counts with the new threshold.
// Until it has finished, the KPI pages say so (recountProgress).

export const SL_RECOUNT_JOB = 'interactions.serviceLevelRecount';
interface Payload {
  seconds: number;
}
interface Progress {
  seconds: number;
  day: string;
  done: number;
  total: number;
}

/** Called with the setting's change, inside its transaction. */
export const requestRecount = (trx: Db, seconds: number) =>
  enqueueLatest(trx, SL_RECOUNT_JOB, { seconds } satisfies Payload);

const progressOf = (json: string | null): Progress | null => (json ? (JSON.parse(json) as Progress) : null);

export const recountJobHandler =
  (db: Db): JobHandler =>
  async (ctx) => {
    const { seconds } = ctx.payload as Payload;
    // A run that stopped midway resumes after its last day, unless it was for another threshold.
    const before = progressOf(ctx.job.progress);
    const resume = before?.seconds === seconds ? before : null;
    const days = await repo.rollupDays(db, resume?.day ?? null);
    let done = resume?.done ?? 0;
    const total = done + days.length;
    await ctx.heartbeat({ seconds, day: resume?.day ?? '', done, total } satisfies Progress);
    for (const day of days) {
      if (ctx.signal.aborted) throw new Error(`service-level recount stopped (${String(ctx.signal.reason)})`);
      await db.transaction().execute((trx) => repo.recountDay(trx, day, seconds));
      done += 1;
      await ctx.heartbeat({ seconds, day, done, total } satisfies Progress);
    }
  };

/** While a recount is waiting or running: the threshold it counts with and how far it is. */
export async function recountProgress(db: Db) {
  const job = await pendingJob(db, SL_RECOUNT_JOB);
  if (!job) return null;
  const p = progressOf(job.progress);
  const { seconds } = JSON.parse(job.payload) as Payload;
  return { seconds, daysDone: p?.seconds === seconds ? p.done : 0, daysTotal: p?.seconds === seconds ? p.total : null };
}
