import { afterAll, describe, expect, it } from 'vitest';
import { seedCareersReserveDemo } from '../../../demo/careers-reserve.js';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { okData } from '../../training/shared/training.testkit.js';
import { publishedTotals, roundsUrl } from './reserve.testkit.js';

// The reserve demo (issue 21): this quarter's round open for entries, two eligible agents entered
// themselves and the demo team lead recommended one of theirs, by the part's own rules; people
// with a sign-in are left to enter in the browser. Loading it twice changes nothing. This
// database has people only, so a published appraisal gives a few of them results.

describe.each(DIALECTS)('reserve demo on $name', (dialect) => {
  const env = useTestEnv(dialect);
  afterAll(() => setClock());

  it("opens this quarter's round with a self entry and a lead recommendation, once", async () => {
    setClock('2026-12-15T02:00:00Z');
    const db = env.handle.db;
    const accounts = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
    const floor = await db
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select(['e.id', 't.code'])
      .where('e.status', 'in', ['regular', 'key_staff'])
      .where('e.hire_date', '<=', '2025-06-30')
      .where('t.code', 'in', ['CS1-1', 'CS2-1', 'OUT-1'])
      .orderBy('e.employee_no')
      .execute();
    const totals: Record<string, number> = {};
    for (const code of ['CS1-1', 'CS2-1', 'OUT-1']) {
      const first = floor.find((f) => f.code === code && !accounts.has(f.id));
      if (first) totals[first.id] = 95;
    }
    await publishedTotals(db, '2026年第三季度', '2026-09-30', totals);

    const loaded = await seedCareersReserveDemo(db);
    expect(loaded).not.toBeNull();
    expect(await seedCareersReserveDemo(db)).toBeNull();

    const hr = await env.as('hr');
    const round = okData(await hr.get(`${roundsUrl}/${loaded!.roundId}`));
    expect(round).toMatchObject({
      name: '2026年第四季度储备团队长竞聘',
      status: 'nominating',
      nominationsOpen: '2026-12-12',
    });
    const entries = okData<any[]>(await hr.get(`${roundsUrl}/${round.id}/nominations`));
    expect(entries.filter((n) => n.source === 'self')).toHaveLength(2);
    expect(entries.filter((n) => n.source === 'lead' && n.recommendedByName)).toHaveLength(1);
    expect(entries.every((n) => !accounts.has(n.employeeId))).toBe(true);
    const agent = await env.as('agent');
    const me = okData(await agent.get(`${roundsUrl}/${round.id}/me`));
    expect(me.entry).toBeNull();
    expect(me.eligibility.unmet).toEqual(['results']); // and the page says so
  });
});
