import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock.js';
import { okData } from '../modules/appraisal/plans/plans.testkit.js';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { seedDemoInteractions } from './interactions.js';
import { seedQualityDemo } from './quality.js';
import { DEMO_APPEAL_REASON } from './appraisal-cycle.js';
import { seedAppraisalDemo } from './appraisal.js';

// The demo's appraisal cycle: last month by the one clock, on the demo plan, with the outbound
// sales entered, frozen, the lead assessment of the demo lead's team marked, waiting in the
// confirmation step, and the demo agent's appeal of the lead's mark open — all through the services.

describe.each(DIALECTS)('appraisal demo cycle on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let cycle: any;

  beforeAll(async () => {
    setClock('2026-11-16T02:00:00Z'); // a Monday: the cycle is October's
    await seedDemoInteractions(env.handle, { endDay: '2026-11-15' });
    await seedQualityDemo(env.handle.db);
    const started = Date.now();
    expect(await seedAppraisalDemo(env.handle.db)).toBeTruthy();
    console.info(`appraisal demo on ${dialect.name}: ${Date.now() - started} ms`); // a figure, never a timed test
    expect(await seedAppraisalDemo(env.handle.db)).toBeNull();
  });
  afterAll(() => setClock());

  it('runs last month’s cycle to confirmation, with sales for the outbound teams', async () => {
    const hr = await env.as('hr');
    const cycles = okData(await hr.get('/api/appraisal/cycles')) as any[];
    expect(cycles).toHaveLength(1);
    cycle = okData(await hr.get(`/api/appraisal/cycles/${cycles[0].id}`));
    expect(cycle).toMatchObject({ periodStart: '2026-10-01', periodEnd: '2026-10-31', status: 'confirmation' });
    expect(cycle.history.map((h: any) => h.step)).toEqual(['open', 'frozen', 'review', 'confirmation']);
    expect(cycle.sheetCount).toBeGreaterThan(30);

    const sales = okData(await hr.get(`/api/appraisal/cycles/${cycle.id}/external`)) as any[];
    expect(sales.length).toBeGreaterThan(3);
    const sheets = okData(await hr.get(`/api/appraisal/sheets?cycleId=${cycle.id}&pageSize=200`)) as any[];
    const outbound = sheets.filter((s) => s.positionType === 'outbound');
    expect(outbound.length).toBe(sales.length);
    expect(sheets.every((s) => s.status === 'frozen')).toBe(true);
    // The data reached the sheets: most have a total and a grade.
    expect(sheets.filter((s) => s.grade).length).toBeGreaterThan(sheets.length / 2);
  });

  it('the lead marked most of their team; the agent’s appeal of the mark waits for the lead', async () => {
    const lead = await env.as('teamlead');
    const team = (okData(await lead.get(`/api/appraisal/sheets?cycleId=${cycle.id}&pageSize=200`)) as any[]).filter(
      (s) => s.employeeId !== lead.me.employeeId,
    );
    const marked = [];
    for (const row of team) {
      const sheet = okData(await lead.get(`/api/appraisal/sheets/${row.id}`));
      if (sheet.items.find((i: any) => i.code === 'lead_assessment')?.value !== null) marked.push(sheet);
    }
    expect(marked.length).toBe(team.length - 1);
    expect(marked.every((s) => s.leadComment)).toBe(true);

    const agent = await env.as('agent');
    const mine = okData(await agent.get(`/api/appraisal/sheets?cycleId=${cycle.id}`)) as any[];
    expect(mine).toHaveLength(1);
    const appeals = okData(await agent.get('/api/appraisal/appeals')) as any[];
    expect(appeals).toHaveLength(1);
    expect(appeals[0]).toMatchObject({ sheetId: mine[0].id, kpiCode: 'lead_assessment', status: 'open' });
    const detail = okData(await lead.get(`/api/appraisal/appeals/${appeals[0].id}`));
    expect(detail.reason).toBe(DEMO_APPEAL_REASON);
    expect(detail.can).toMatchObject({ review: true });
  });
});
