import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/connect.js';
import { newId } from './ids.js';
import { nowIso, nowMs } from './clock.js';
import { isPostgres } from '../db/portable.js';

// Durable background jobs on the `jobs` table, the same on SQLite and PostgreSQL (CONVENTIONS:
// long work is a row a job moves forward). A worker claims a job with a compare-and-set update
// and holds it by a lease it renews (heartbeat); a job whose worker died is taken over when the
// lease runs out, or at once by a restarted process on the same host that sees the old process
// is gone. Handlers make their own work resumable (an import stores its last committed line).
// Several nodes on one PostgreSQL share the table: a claim there locks the row it picks with
// FOR UPDATE SKIP LOCKED, so N workers polling at once each get a different job (or none) in one
// statement instead of all reading the same oldest row and all but one losing the compare-and-set
// and retrying (a herd that grows with the number of workers). SQLite has one writer at a time,
// so its select-then-compare-and-set never races in the first place.

export type JobState = 'queued' | 'running' | 'done' | 'failed';
export type JobRow = Awaited<ReturnType<typeof getJob>> & {};

export interface JobContext {
  job: NonNullable<JobRow>;
  payload: any;
  /** Aborted when the worker stops ('stopped') or is killed ('killed'); check it between units of work. */
  signal: AbortSignal;
  /** Renews the lease and stores progress (any JSON) for whoever watches. */
  heartbeat(progress?: unknown): Promise<void>;
}
export type JobHandler = (ctx: JobContext) => Promise<void>;

const BOOT = randomBytes(4).toString('hex');
export const defaultWorkerId = () => `${hostname()}:${process.pid}:${BOOT}`;

const queuedRow = (id: string, kind: string, payload: unknown) => {
  const at = nowIso();
  return {
    id,
    kind,
    state: 'queued' as const,
    payload: JSON.stringify(payload),
    progress: null,
    attempts: 0,
    locked_by: null,
    lease_until: null,
    heartbeat_at: null,
    error: null,
    created_at: at,
    started_at: null,
    finished_at: null,
    updated_at: at,
  };
};

export async function enqueue(db: Db, kind: string, payload: unknown, id = newId()) {
  await db
    .insertInto('jobs')
    .values(queuedRow(id, kind, payload))
    .execute();
  return id;
}

/** Queues a job under a deterministic id unless one with that id exists (in any state): however
 *  many nodes ask for `id`, one row exists and one worker runs it. True when this call created it. */
export async function enqueueOnce(db: Db, kind: string, payload: unknown, id: string) {
  const r = await db
    .insertInto('jobs')
    .values(queuedRow(id, kind, payload))
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** For work where only the newest request matters: a job of `kind` still waiting in the queue
 *  takes the new payload instead of a second job being queued behind it. */
export async function enqueueLatest(db: Db, kind: string, payload: unknown) {
  const waiting = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', kind)
    .where('state', '=', 'queued')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  if (waiting) {
    const r = await db
      .updateTable('jobs')
      .set({ payload: JSON.stringify(payload), progress: null, updated_at: nowIso() })
      .where('id', '=', waiting.id)
      .where('state', '=', 'queued')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 1) return waiting.id;
  }
  return enqueue(db, kind, payload);
}

/** The oldest job of `kind` that is queued or running, if any. */
export const pendingJob = (db: Db, kind: string) =>
  db
    .selectFrom('jobs')
    .selectAll()
    .where('kind', '=', kind)
    .where('state', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();

export const getJob = (db: Db, id: string) => db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();

/** Takes the oldest job that is queued, or running under an expired lease; undefined when none. */
export async function claim(db: Db, opts: { kinds: string[]; workerId: string; leaseMs: number; jobId?: string }) {
  const claimable = (now: string) => {
    let q = db
      .selectFrom('jobs')
      .select('id')
      .where('kind', 'in', opts.kinds)
      .where((eb) =>
        eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)])]),
      );
    if (opts.jobId) q = q.where('id', '=', opts.jobId);
    return q.orderBy('created_at').orderBy('id').limit(1);
  };
  const take = (now: string, id: string | ReturnType<typeof claimable>) =>
    db
      .updateTable('jobs')
      .set((eb) => ({
        state: 'running',
        locked_by: opts.workerId,
        lease_until: new Date(nowMs() + opts.leaseMs).toISOString(),
        heartbeat_at: now,
        attempts: eb('attempts', '+', 1),
        started_at: eb.fn.coalesce('started_at', eb.val(now)),
        updated_at: now,
      }))
      .where('id', '=', id)
      // Compare-and-set: only one worker's update finds the row still claimable.
      .where((eb) =>
        eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)])]),
      )
      .returningAll()
      .executeTakeFirst();

  if (isPostgres(db)) {
    // One statement: the row picked is locked until commit, other claimers skip it and take the next.
    const now = nowIso();
    return take(now, claimable(now).forUpdate().skipLocked());
  }
  for (let tries = 0; tries < 5; tries++) {
    const now = nowIso();
    const next = await claimable(now).executeTakeFirst();
    if (!next) return undefined;
    const got = await take(now, next.id);
    if (got) return got;
  }
  return undefined;
}

/** Renews the lease; false when the job is no longer this worker's (taken over or ended). */
export async function heartbeat(db: Db, id: string, workerId: string, leaseMs: number, progress?: unknown) {
  const now = nowIso();
  const r = await db
    .updateTable('jobs')
    .set({
      lease_until: new Date(nowMs() + leaseMs).toISOString(),
      heartbeat_at: now,
      updated_at: now,
      ...(progress === undefined ? {} : { progress: JSON.stringify(progress) }),
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

async function end(db: Db, id: string, workerId: string, state: JobState, error: string | null) {
  const now = nowIso();
  const r = await db
    .updateTable('jobs')
    .set({
      state,
      error,
      finished_at: state === 'queued' ? null : now,
      locked_by: null,
      lease_until: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
export const finish = (db: Db, id: string, workerId: string) => end(db, id, workerId, 'done', null);
export const fail = (db: Db, id: string, workerId: string, error: string) =>
  end(db, id, workerId, 'failed', error.slice(0, 2000));
/** Hands a running job back to the queue (a worker shutting down cleanly). */
export const release = (db: Db, id: string, workerId: string) => end(db, id, workerId, 'queued', null);

/** A failed job goes back to the queue; its handler resumes where it stopped. */
export async function retry(db: Db, id: string) {
  const r = await db
    .updateTable('jobs')
    .set({ state: 'queued', error: null, finished_at: null, updated_at: nowIso() })
    .where('id', '=', id)
    .where('state', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** At start: running jobs held by a process of this host that no longer exists go back to the queue. */
export async function requeueOrphans(db: Db, workerId: string) {
  const [host] = workerId.split(':');
  const running = await db.selectFrom('jobs').select(['id', 'locked_by']).where('state', '=', 'running').execute();
  let n = 0;
  for (const j of running) {
    const [h, pid] = (j.locked_by ?? '').split(':');
    if (h === host && j.locked_by !== workerId && !alive(Number(pid))) {
      const r = await db
        .updateTable('jobs')
        .set({ state: 'queued', locked_by: null, lease_until: null, updated_at: nowIso() })
        .where('id', '=', j.id)
        .where('locked_by', '=', j.locked_by)
        .executeTakeFirst();
      n += Number(r.numUpdatedRows);
    }
  }
  return n;
}

export interface RunnerOptions {
  workerId?: string;
  leaseMs?: number;
  heartbeatMs?: number;
  pollMs?: number;
  onError?: (err: unknown, job: NonNullable<JobRow>) => void;
}

/** One in-process worker: runs one job at a time, polls the table, wakes at once on kick(). */
export class JobRunner {
  readonly workerId: string;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly pollMs: number;
  private running = false;
  private killed = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private current: AbortController | null = null;

  constructor(
    private readonly db: Db,
    private readonly handlers: Record<string, JobHandler>,
    private readonly opts: RunnerOptions = {},
  ) {
    this.workerId = opts.workerId ?? `${defaultWorkerId()}:${randomBytes(2).toString('hex')}`;
    this.leaseMs = opts.leaseMs ?? 60_000;
    this.heartbeatMs = opts.heartbeatMs ?? Math.max(50, Math.floor(this.leaseMs / 4));
    this.pollMs = opts.pollMs ?? 2_000;
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      await requeueOrphans(this.db, this.workerId).catch(() => 0);
      while (this.running) {
        const ran = await this.runOne().catch(() => false);
        if (!ran && this.running)
          await new Promise<void>((r) => {
            this.wake = r;
            setTimeout(r, this.pollMs);
          });
      }
    })();
  }

  kick() {
    this.wake?.();
  }

  /** Claims and runs one job (optionally a given one); false when there was none to take. */
  async runOne(jobId?: string): Promise<boolean> {
    const job = await claim(this.db, {
      kinds: Object.keys(this.handlers),
      workerId: this.workerId,
      leaseMs: this.leaseMs,
      jobId,
    });
    if (!job) return false;
    const ac = new AbortController();
    this.current = ac;
    const beat = setInterval(() => {
      if (!this.killed) heartbeat(this.db, job.id, this.workerId, this.leaseMs).catch(() => {});
    }, this.heartbeatMs);
    try {
      await this.handlers[job.kind]({
        job,
        payload: JSON.parse(job.payload),
        signal: ac.signal,
        heartbeat: async (p) => {
          if (!this.killed) await heartbeat(this.db, job.id, this.workerId, this.leaseMs, p);
        },
      });
      if (!this.killed) await finish(this.db, job.id, this.workerId);
    } catch (err) {
      if (this.killed) return true; // a simulated crash writes nothing, like a dead process
      if (ac.signal.aborted) await release(this.db, job.id, this.workerId);
      else {
        this.opts.onError?.(err, job);
        await fail(this.db, job.id, this.workerId, (err as Error)?.message ?? String(err));
      }
    } finally {
      clearInterval(beat);
      this.current = null;
    }
    return true;
  }

  /** Runs jobs until none is left to take (the CLI, tests). */
  async runUntilIdle() {
    while (await this.runOne()) {
      /* next */
    }
  }

  /** Clean shutdown: the current job stops at its next check and goes back to the queue. */
  async stop() {
    this.running = false;
    this.current?.abort('stopped');
    this.kick();
    await this.loop;
  }

  /** Stops as if the process died: no more writes, the job stays running until its lease runs out. */
  kill() {
    this.killed = true;
    this.running = false;
    this.current?.abort('killed');
    this.kick();
  }
}
