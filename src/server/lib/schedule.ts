import type { Db } from '../db/connect.js';
import { nowMs } from './clock.js';
import { defaultWorkerId, enqueueOnce, JobRunner } from './jobs.js';

// Periodic work exactly once per due slot across every node on one database (issue 23). Each node
// keeps its own timer; when it fires, the node queues the slot's job under the deterministic id
// `<task>:<slot start>` (slots are the task's interval long, by the business clock; the start as
// a UTC instant, readable by operators and unique whatever the interval), an insert that ignores an id
// already there, and then tries to claim it through lib/jobs.ts. However many nodes fire in the
// same slot, there is one row and one claim wins: the others find it running or done. The winner
// holds the row by a lease it renews while the task runs; if its node dies, the lease runs out and
// the next node whose timer fires claims the stale row (kind `schedule:<task>`) and runs it again
// — tasks are idempotent, so a run cut in half and redone leaves the same result. A failed run
// stays `failed` with its error (administrators see failed jobs on their home page) until a later
// slot of the task has run, which supersedes it: a task failing every minute shows one failure,
// its newest, not a pile. The next slot tries again, as an interval timer always did.
//
// What else several nodes share, and how fresh each node's view is (proved by
// src/server/test/nodes/two-nodes.test.ts): sessions are rows, so a sign-in works on every node; a
// sign-out or a disabled account is seen by the other nodes within lib/sessions.ts's cache (5 s).
// Exam answers are saved row by row, so consecutive requests may hit any node. Settings are read
// through lib/settings.ts's per-process cache: a change made on one node is applied by the others
// within 10 s (the exam sweeper re-reads its interval at least every 10 s as well). Imports
// read their upload from SEATWISE_IMPORT_DIR, which must be storage every node mounts, since the
// node that claims the job may not be the one that received the file.

export const scheduleKind = (task: string) => `schedule:${task}`;

const LEASE_MS = 60_000;
/** Done slot rows are kept this long (who ran what, for operators), then removed by later runs. */
const KEEP_MS = 24 * 60 * 60_000;

export interface SlotOptions {
  /** Stable name of the task ('exams.sweep'); part of the job id. */
  task: string;
  /** The task's interval: one run per slot of this length, by the business clock. */
  slotMs: number;
  run: () => Promise<unknown>;
  leaseMs?: number;
  onError?: (err: unknown) => void;
}

/** The job id of the slot `at` falls in. */
export const slotId = (task: string, slotMs: number, at = nowMs()) => {
  const ms = Math.max(1, slotMs);
  return `${task}:${new Date(Math.floor(at / ms) * ms).toISOString()}`;
};

/** Queues this slot's run if no node has, then runs whatever of this task is claimable (this
 *  slot, or an earlier one whose node died); the number of runs this node did. */
export async function runInSlot(db: Db, o: SlotOptions): Promise<number> {
  const kind = scheduleKind(o.task);
  const id = slotId(o.task, o.slotMs);
  await enqueueOnce(db, kind, {}, id);
  let ran = 0;
  const runner: JobRunner = new JobRunner(
    db,
    {
      [kind]: async (ctx) => {
        ran += 1;
        await ctx.heartbeat({ by: runner.workerId }); // who ran it, read by operators and the nodes test
        await o.run();
      },
    },
    { workerId: defaultWorkerId(), leaseMs: o.leaseMs ?? LEASE_MS, onError: (err) => o.onError?.(err) },
  );
  await runner.runUntilIdle();
  if (ran) await prune(db, kind, id);
  return ran;
}

/** Done rows older than KEEP_MS go, and failures of other slots once this slot has run. */
const prune = (db: Db, kind: string, current: string) =>
  db
    .deleteFrom('jobs')
    .where('kind', '=', kind)
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'done'), eb('created_at', '<', new Date(nowMs() - KEEP_MS).toISOString())]),
        eb.and([eb('state', '=', 'failed'), eb('id', '!=', current)]),
      ]),
    )
    .execute();

/** The slot rows of a task, oldest first (tests, operators). */
export const slotRuns = (db: Db, task: string) =>
  db
    .selectFrom('jobs')
    .select(['id', 'state', 'attempts', 'progress', 'error', 'created_at', 'finished_at'])
    .where('kind', '=', scheduleKind(task))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
