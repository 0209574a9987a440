import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { setClock, shiftClock } from './clock.js';
import { claim, defaultWorkerId, enqueue, enqueueOnce, getJob } from './jobs.js';
import { runInSlot, scheduleKind, slotId, slotRuns } from './schedule.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MIN = 60_000;

// Periodic tasks run once per slot however many nodes' timers fire (lib/schedule.ts). Nodes are
// stood in for by concurrent calls on one database; the real two-process proof is
// src/server/test/nodes/two-nodes.test.ts.
describe.each(DIALECTS)('scheduled tasks on $name', (dialect) => {
  const env = useTestEnv(dialect, { seed: false });
  afterEach(() => setClock());

  it('runs a slot once when several nodes fire in it, and again in the next slot', async () => {
    setClock('2026-12-01T08:00:10Z');
    let runs = 0;
    const run = async () => {
      runs += 1;
      await sleep(20);
    };
    const fire = () => runInSlot(env.handle.db, { task: 'test.once', slotMs: 15 * MIN, run });
    const ran = await Promise.all([fire(), fire(), fire(), fire(), fire()]);
    expect(runs).toBe(1);
    expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
    shiftClock(5 * MIN); // same 15-minute slot
    expect(await fire()).toBe(0);
    shiftClock(10 * MIN); // next slot
    expect(await Promise.all([fire(), fire()])).toEqual(expect.arrayContaining([0, 1]));
    expect(runs).toBe(2);
    const rows = await slotRuns(env.handle.db, 'test.once');
    expect(rows.map((r) => [r.state, r.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
    ]);
    expect(JSON.parse(rows[0].progress!)).toEqual({ by: defaultWorkerId() });
  });

  it('reruns a slot whose node died mid-run once its lease ran out, not before', async () => {
    setClock(() => Date.parse('2026-12-02T08:00:10Z') + performance.now());
    const db = env.handle.db;
    let runs = 0;
    const run = async () => void (runs += 1);
    // A node claimed this slot's row and died (no finish, no heartbeat).
    const id = slotId('test.takeover', 15 * MIN, Date.parse('2026-12-02T08:00:10Z'));
    expect(id).toBe('test.takeover:2026-12-02T08:00:00.000Z');
    await enqueueOnce(db, scheduleKind('test.takeover'), {}, id);
    expect(
      await claim(db, { kinds: [scheduleKind('test.takeover')], workerId: 'dead-node', leaseMs: 150 }),
    ).toBeTruthy();
    expect(await runInSlot(db, { task: 'test.takeover', slotMs: 15 * MIN, run })).toBe(0); // lease still held
    await sleep(200);
    expect(await runInSlot(db, { task: 'test.takeover', slotMs: 15 * MIN, run })).toBe(1);
    expect(runs).toBe(1);
    expect(await getJob(db, id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('records a failed run and leaves the slot failed; the next slot tries again and supersedes it', async () => {
    setClock('2026-12-03T08:00:10Z');
    const errors: unknown[] = [];
    let runs = 0;
    const run = async () => {
      runs += 1;
      if (runs <= 2) throw new Error(`boom ${runs}`);
    };
    const fire = () =>
      runInSlot(env.handle.db, { task: 'test.fail', slotMs: MIN, run, onError: (e) => errors.push(e) });
    expect(await fire()).toBe(1);
    expect(await fire()).toBe(0);
    expect(errors).toHaveLength(1);
    expect((await slotRuns(env.handle.db, 'test.fail')).map((r) => [r.state, r.error])).toEqual([['failed', 'boom 1']]);
    shiftClock(MIN); // fails again: only the newest failure stays
    expect(await fire()).toBe(1);
    expect((await slotRuns(env.handle.db, 'test.fail')).map((r) => [r.state, r.error])).toEqual([['failed', 'boom 2']]);
    shiftClock(MIN);
    expect(await fire()).toBe(1);
    expect((await slotRuns(env.handle.db, 'test.fail')).map((r) => r.state)).toEqual(['done']);
    expect(errors).toHaveLength(2);
  });

  it('removes done slot rows older than a day', async () => {
    setClock('2026-12-04T08:00:10Z');
    const fire = () => runInSlot(env.handle.db, { task: 'test.prune', slotMs: 60 * MIN, run: async () => {} });
    await fire();
    shiftClock(25 * 60 * MIN);
    await fire();
    expect((await slotRuns(env.handle.db, 'test.prune')).length).toBe(1);
  });

  it('gives each of several claimers at once a different job', async () => {
    const db = env.handle.db;
    const ids = new Set<string>();
    for (let n = 0; n < 4; n++) ids.add(await enqueue(db, 'test.many', { n }));
    const got = await Promise.all(
      ['a', 'b', 'c', 'd'].map((w) => claim(db, { kinds: ['test.many'], workerId: w, leaseMs: 60_000 })),
    );
    expect(new Set(got.map((j) => j?.id))).toEqual(ids);
  });
});
