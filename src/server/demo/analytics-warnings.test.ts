import { describe, expect, it } from 'vitest';
import { todayInCenter } from '../lib/center-time.js';
import { addDays } from '../lib/clock.js';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { countRows, ensureCalendarYears } from '../test/helpers.js';
import { seedAnalyticsWarningsDemo } from './analytics-warnings.js';
import { seedDemoInteractions } from './interactions.js';
import { seedQualityDemo } from './quality.js';

// The demo's early warnings on top of its evaluations: the team lead finds two declining agents of
// their own team with the scorecard items that drove them, one already actioned; loaded once.
describe.each(DIALECTS)('analytics warnings demo on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('flags two of the lead’s agents with their causes, one actioned, once', async () => {
    const db = env.handle.db;
    const today = await todayInCenter(db);
    await ensureCalendarYears(env, addDays(today, -60), addDays(today, 14));
    await seedDemoInteractions(env.handle, { endDay: addDays(today, -1) });
    await seedQualityDemo(db);
    await seedAnalyticsWarningsDemo(db);
    const lead = await env.as('teamlead');
    const res = await lead.get('/api/analytics/warnings?metric=qa');
    expect(res.status).toBe(200);
    const demo = (res.body.data as any[]).filter((w) => w.causes.some((c: any) => c.kind === 'item'));
    expect(demo.length).toBeGreaterThanOrEqual(2);
    expect(demo.some((w) => w.status === 'closed' && w.actions.length === 1)).toBe(true);
    const rows = await countRows(db, 'analytics_warnings');
    await seedAnalyticsWarningsDemo(db);
    expect(await countRows(db, 'analytics_warnings')).toBe(rows);
  });
});
