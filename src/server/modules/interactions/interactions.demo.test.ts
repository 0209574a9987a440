import { describe, expect, it } from 'vitest';
import * as coarserRollups from '../../db/migrations/20261202-interactions-coarser-rollups.js';
import { seedDemoInteractions } from '../../demo/interactions.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { rollupsFromRaw, rollupsStored } from './test-kit.js';

// The demo's 30 days of interactions: plausible, consistent with the rollups, and repeatable.
describe.each(DIALECTS)('demo interactions on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('loads 30 days for the operating teams, with rollups that match, once', async () => {
    const db = env.handle.db;
    const n = await seedDemoInteractions(env.handle, { endDay: '2026-11-20' });
    expect(n).toBeGreaterThan(20_000);
    expect(await seedDemoInteractions(env.handle, { endDay: '2026-11-20' })).toBe(0); // only once
    const span = await db
      .selectFrom('interactions')
      .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last'), eb.fn.countAll<number>().as('n')])
      .executeTakeFirstOrThrow();
    expect(span).toMatchObject({ first: '2026-10-22', last: '2026-11-20' });
    expect(Number(span.n)).toBe(n);
    expect(await rollupsStored(db)).toEqual(await rollupsFromRaw(db));
    const byHour = new Map<number, number>();
    for (const r of await db.selectFrom('interactions').select('started_at').execute()) {
      const h = (Number(r.started_at.slice(11, 13)) + 8) % 24;
      byHour.set(h, (byHour.get(h) ?? 0) + 1);
    }
    expect(byHour.get(3) ?? 0).toBe(0); // nobody works at 3 a.m.
    expect(byHour.get(10)!).toBeGreaterThan(byHour.get(19) ?? 0); // the morning peak
  });

  it('makes new hires (probation) slower than regular agents, and every team shows its business', async () => {
    const aht = await env.handle.db
      .selectFrom('interaction_daily as r')
      .innerJoin('employees as e', 'e.id', 'r.agent_id')
      .select((eb) => [
        'e.status',
        eb.fn.sum<number>('r.handled').as('h'),
        eb.fn.sum<number>('r.talk_sum').as('t'),
        eb.fn.sum<number>('r.hold_sum').as('o'),
        eb.fn.sum<number>('r.wrap_sum').as('w'),
      ])
      .where('r.channel', '=', 'voice')
      .groupBy('e.status')
      .execute();
    const per = Object.fromEntries(aht.map((a) => [a.status, (Number(a.t) + Number(a.o) + Number(a.w)) / Number(a.h)]));
    expect(per.probation).toBeGreaterThan(per.regular * 1.1);
    const types = await env.handle.db.selectFrom('interactions').select('business_type').distinct().execute();
    expect(types.map((t) => t.business_type)).toEqual(
      expect.arrayContaining(['信用卡', '投诉处理', '外呼营销', '储蓄业务']),
    );
    const agent = await env.as('agent');
    const res = await agent.get(`/api/kpis/agents/${agent.me.employeeId}/daily?from=2026-10-22&to=2026-11-20`);
    expect(res.status).toBe(200);
    expect(res.body.data.total.handled).toBeGreaterThan(300);
    expect(res.body.data.total.serviceLevel).toBeGreaterThan(0.5);
  });

  it('gives a database that already held interactions its per-agent and per-center sums when it migrates', async () => {
    const db = env.handle.db;
    const expected = await rollupsStored(db);
    await coarserRollups.down(db);
    await coarserRollups.up(db, dialect.name);
    expect(await rollupsStored(db)).toEqual(expected);
    expect(expected.filter((r) => r.startsWith('agent|')).length).toBeGreaterThan(500);
    expect(expected.filter((r) => r.startsWith('center|')).length).toBeGreaterThan(100);
  });
});
