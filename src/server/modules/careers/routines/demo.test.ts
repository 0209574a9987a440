import { afterAll, describe, expect, it } from 'vitest';
import { seedCareersRoutinesDemo } from '../../../demo/careers-routines.js';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { countRows } from '../../../test/helpers.js';
import { okData } from '../../training/shared/training.testkit.js';

// The routines demo (issue 21): the demo lead's last four weeks — most duties done with the
// pre-shift meeting linked, some missed — relative to the clock; loading it twice changes nothing.

describe.each(DIALECTS)('routines demo on $name', (dialect) => {
  const env = useTestEnv(dialect);
  afterAll(() => setClock());

  it('ticks the demo lead’s weeks, some missed, once', async () => {
    setClock('2026-12-09T02:00:00Z');
    const db = env.handle.db;
    await seedCareersRoutinesDemo(db);
    const ticks = await countRows(db, 'career_routine_ticks');
    expect(ticks).toBeGreaterThan(50);
    await seedCareersRoutinesDemo(db);
    expect(await countRows(db, 'career_routine_ticks')).toBe(ticks);

    const lead = await env.as('teamlead');
    expect(okData(await lead.get('/api/careers/routines/mine')).periods[0].done).toBeGreaterThan(0);
    expect(okData<any[]>(await lead.get('/api/careers/routines/meetings')).length).toBeGreaterThan(10);

    const manager = await env.as('manager');
    const rows = okData<any[]>(await manager.get('/api/careers/routines/report?from=2026-11&to=2026-12'));
    const [nov, dec] = rows.find((r) => r.employeeId === lead.me.employeeId)?.months ?? [];
    expect(nov.done).toBeGreaterThan(0);
    expect(nov.missed).toBeGreaterThan(0);
    expect(dec.percent).toBeGreaterThan(50);
    expect(dec.percent).toBeLessThan(100);
    const month = okData(await manager.get(`/api/careers/routines/report/${lead.me.employeeId}?month=2026-11`));
    const linked = month.instances.filter((i: any) => i.tick?.link?.kind === 'meeting');
    expect(linked.length).toBeGreaterThan(5);
  });
});
