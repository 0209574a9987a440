import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { setClock } from './clock.js';
import { startIntervalTask } from './interval-task.js';
import { slotRuns } from './schedule.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Two servers on one database each start the same interval task: every interval-long slot is run
// once in all (lib/schedule.ts), not once per server.
describe.each(DIALECTS)('interval tasks on two servers on $name', (dialect) => {
  const env = useTestEnv(dialect, { seed: false });
  afterEach(() => setClock());

  it('runs each slot once across both servers', async () => {
    setClock(() => Date.parse('2026-12-05T08:00:00Z') + performance.now());
    const slots: number[] = [];
    const everyMs = 150;
    const run = async () => {
      slots.push(Math.floor((Date.parse('2026-12-05T08:00:00Z') + performance.now()) / everyMs));
      await sleep(20);
    };
    const start = () => startIntervalTask({ name: 'test.interval', everyMs, run, db: env.handle.db, log: env.app.log });
    const servers = [start(), start()];
    await sleep(1600);
    await Promise.all(servers.map((s) => s.stop()));
    const rows = await slotRuns(env.handle.db, 'test.interval');
    expect(slots.length).toBeGreaterThanOrEqual(4); // the timers fired ~10 times each on a busy machine
    // One run per slot row, each row claimed once. (The clock time a run starts at is no measure:
    // on a loaded machine a slot's row can be claimed after the next slot has begun.)
    expect(slots.length).toBe(rows.length);
    expect(rows.every((r) => r.state === 'done' && r.attempts === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  }, 20_000);
});
