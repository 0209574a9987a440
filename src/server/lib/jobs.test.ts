import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import {
  claim,
  enqueue,
  enqueueLatest,
  fail,
  finish,
  getJob,
  heartbeat,
  JobRunner,
  pendingJob,
  retry,
} from './jobs.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DIALECTS)('durable jobs on $name', (dialect) => {
  const env = useTestEnv(dialect, { seed: false });
  const kinds = ['test.work'];

  it('gives a job to exactly one of several workers claiming at once', async () => {
    const id = await enqueue(env.handle.db, 'test.work', { n: 1 });
    const got = await Promise.all(
      ['w1', 'w2', 'w3', 'w4', 'w5'].map((w) =>
        claim(env.handle.db, { kinds, workerId: w, leaseMs: 60_000, jobId: id }),
      ),
    );
    const winners = got.filter(Boolean);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ id, state: 'running', attempts: 1 });
    const owner = winners[0]!.locked_by!;
    expect(await heartbeat(env.handle.db, id, owner, 60_000, { done: 5 })).toBe(true);
    expect(await heartbeat(env.handle.db, id, 'someone-else', 60_000)).toBe(false);
    expect(await finish(env.handle.db, id, 'someone-else')).toBe(false);
    expect(await finish(env.handle.db, id, owner)).toBe(true);
    expect(await getJob(env.handle.db, id)).toMatchObject({ state: 'done', progress: '{"done":5}', locked_by: null });
  });

  it('lets another worker take over a job whose lease ran out; the old worker can no longer end it', async () => {
    const id = await enqueue(env.handle.db, 'test.work', {});
    expect(await claim(env.handle.db, { kinds, workerId: 'old', leaseMs: 50, jobId: id })).toBeTruthy();
    expect(await claim(env.handle.db, { kinds, workerId: 'new', leaseMs: 60_000, jobId: id })).toBeUndefined();
    await sleep(80);
    expect(await claim(env.handle.db, { kinds, workerId: 'new', leaseMs: 60_000, jobId: id })).toMatchObject({
      attempts: 2,
      locked_by: 'new',
    });
    expect(await fail(env.handle.db, id, 'old', 'late')).toBe(false);
    expect(await finish(env.handle.db, id, 'new')).toBe(true);
  });

  it('hands a newer payload to a job still waiting, never to one already running', async () => {
    const db = env.handle.db;
    const first = await enqueueLatest(db, 'test.latest', { v: 1 });
    expect(await enqueueLatest(db, 'test.latest', { v: 2 })).toBe(first);
    expect(await pendingJob(db, 'test.latest')).toMatchObject({ id: first, state: 'queued', payload: '{"v":2}' });
    expect(await claim(db, { kinds: ['test.latest'], workerId: 'w', leaseMs: 60_000 })).toMatchObject({ id: first });
    const second = await enqueueLatest(db, 'test.latest', { v: 3 });
    expect(second).not.toBe(first);
    expect(await getJob(db, first)).toMatchObject({ state: 'running', payload: '{"v":2}' });
    expect(await getJob(db, second)).toMatchObject({ state: 'queued', payload: '{"v":3}' });
    expect(await pendingJob(db, 'test.latest')).toMatchObject({ id: first }); // the oldest of the two
    await finish(db, first, 'w');
    expect(await pendingJob(db, 'test.latest')).toMatchObject({ id: second });
  });

  it('runs queued jobs in order, records a failure, and retries it', async () => {
    const seen: number[] = [];
    const runner = new JobRunner(env.handle.db, {
      'test.seq': async (ctx) => {
        seen.push(ctx.payload.n);
        if (ctx.payload.n === 2 && ctx.job.attempts === 1) throw new Error('boom on 2');
      },
    });
    const ids = [];
    for (const n of [1, 2, 3]) ids.push(await enqueue(env.handle.db, 'test.seq', { n }));
    await runner.runUntilIdle();
    expect(seen).toEqual([1, 2, 3]);
    expect(await getJob(env.handle.db, ids[1])).toMatchObject({ state: 'failed', error: 'boom on 2' });
    expect(await retry(env.handle.db, ids[0])).toBe(false); // only failed jobs
    expect(await retry(env.handle.db, ids[1])).toBe(true);
    await runner.runUntilIdle();
    expect(await getJob(env.handle.db, ids[1])).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('on start, takes back at once a job left running by a process of this host that has died', async () => {
    const id = await enqueue(env.handle.db, 'test.orphan', {});
    const dead = `${hostname()}:999999:deadbeef:0000`;
    await env.handle.db
      .updateTable('jobs')
      .set({ state: 'running', locked_by: dead, lease_until: new Date(Date.now() + 3_600_000).toISOString() })
      .where('id', '=', id)
      .execute();
    let ran = false;
    const runner = new JobRunner(
      env.handle.db,
      {
        'test.orphan': async () => {
          ran = true;
        },
      },
      { pollMs: 20 },
    );
    runner.start();
    for (let i = 0; i < 100 && !ran; i++) await sleep(20);
    await runner.stop();
    expect(ran).toBe(true);
    expect(await getJob(env.handle.db, id)).toMatchObject({ state: 'done' });
  });

  it('keeps the lease alive while a long job runs, and releases the job on a clean stop', async () => {
    const id = await enqueue(env.handle.db, 'test.long', {});
    const runner = new JobRunner(
      env.handle.db,
      {
        'test.long': async (ctx) => {
          for (let i = 0; i < 100 && !ctx.signal.aborted; i++) await sleep(10);
          if (ctx.signal.aborted) throw new Error('stopped');
        },
      },
      { leaseMs: 80, heartbeatMs: 20, pollMs: 10 },
    );
    runner.start();
    await sleep(200); // longer than the lease: only heartbeats keep it
    expect(
      await claim(env.handle.db, { kinds: ['test.long'], workerId: 'thief', leaseMs: 1000, jobId: id }),
    ).toBeUndefined();
    await runner.stop();
    expect(await getJob(env.handle.db, id)).toMatchObject({ state: 'queued', locked_by: null });
  });

  it.runIf(dialect.name === 'postgres')(
    'skips a job another worker is claiming (row locked) instead of waiting for it',
    async () => {
      const db = env.handle.db;
      const first = await enqueue(db, 'test.skip', { n: 1 });
      await sleep(5); // created_at orders them
      const second = await enqueue(db, 'test.skip', { n: 2 });
      // Another worker's claim holds the oldest row locked until it commits. Without SKIP LOCKED the
      // claim below would wait on that lock (and then lose the compare-and-set); with it, it takes the next.
      await db.transaction().execute(async (trx) => {
        await trx.selectFrom('jobs').select('id').where('id', '=', first).forUpdate().execute();
        const got = await Promise.race([
          claim(db, { kinds: ['test.skip'], workerId: 'w', leaseMs: 60_000 }),
          sleep(3000).then(() => 'blocked' as const),
        ]);
        expect(got === 'blocked' ? got : got?.id).toBe(second);
      });
      expect(await getJob(db, first)).toMatchObject({ state: 'queued' });
    },
  );
});
