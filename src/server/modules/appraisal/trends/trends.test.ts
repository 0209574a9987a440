import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import {
  accountFor,
  advanceTo,
  enterSales,
  ok,
  openCycle,
  teamSheets,
  type SheetInfo,
} from '../appeals/results.testkit.js';

// The team trend (issue 18 item 7) through the API: each team's average total and grade counts per
// published cycle, oldest first; a lead sees their team only, an agent no team.

interface Trends {
  cycles: { cycleId: string }[];
  teams: {
    teamId: string;
    points: { cycleId: string; size: number; averageTotal: number | null; counts: Record<string, number> }[];
  }[];
}

describe.each(DIALECTS)('appraisal team trend on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let hr: Client, lead: Client, agent: Client;
  let october: string, november: string, teamA: string, teamB: string;
  let sizeA: number, sizeB: number;

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z');
    hr = await env.as('hr');
    const oct = await openCycle(env, hr, '两组月度考核', ['CS2-1', 'CS2-2'], { mode: 'base' }, '2026-10-01');
    october = oct.cycleId;
    [teamA, teamB] = oct.teamIds;
    const a = teamSheets(oct.sheets, teamA);
    const b = teamSheets(oct.sheets, teamB);
    [sizeA, sizeB] = [a.length, b.length];
    const status = new Map(
      (await env.handle.db.selectFrom('employees').select(['id', 'status']).execute()).map((e) => [e.id, e.status]),
    );
    const leadId = a.find((p) => status.get(p.employeeId) === 'team_lead')!.employeeId;
    lead = await accountFor(env, 'trendlead', leadId, ['team_lead']);
    agent = await accountFor(env, 'trendagent', a.find((p) => p.employeeId !== leadId)!.employeeId, ['agent']);
    // October: team A all 90 but one 50 (D); team B all 70. November: team A all 80, team B all 60 but one 95.
    const values = (fa: (i: number) => number, fb: (i: number) => number) =>
      new Map([...a.map((p, i) => [p.employeeId, fa(i)] as const), ...b.map((p, i) => [p.employeeId, fb(i)] as const)]);
    await enterSales(
      hr,
      october,
      oct.sheets,
      values(
        (i) => (i === 0 ? 50 : 90),
        () => 70,
      ),
    );
    await advanceTo(hr, october, 'published');
    const nov = ok(
      await hr.post('/api/appraisal/cycles', { planVersionId: oct.planVersionId, periodStart: '2026-11-01' }),
    );
    november = nov.id;
    const rows = ok<SheetInfo[]>(await hr.get(`/api/appraisal/sheets?cycleId=${november}&pageSize=500`));
    await enterSales(
      hr,
      november,
      new Map(rows.map((s) => [s.employeeId, s])),
      values(
        () => 80,
        (i) => (i === 0 ? 95 : 60),
      ),
    );
    await advanceTo(hr, november, 'published');
    // A December cycle still open: not in the trend.
    ok(await hr.post('/api/appraisal/cycles', { planVersionId: oct.planVersionId, periodStart: '2026-12-01' }));
  }, 90_000);
  afterAll(() => setClock());

  const trends = async (c: Client, q = '') => ok<Trends>(await c.get(`/api/appraisal/trends/teams${q}`));
  const round2 = (n: number) => Math.round(n * 100) / 100;

  it('gives each team its average total and grade counts per published cycle, oldest first', async () => {
    const res = await trends(hr);
    expect(res.cycles.map((c) => c.cycleId)).toEqual([october, november]);
    const byTeam = new Map(res.teams.map((t) => [t.teamId, t.points]));
    expect(byTeam.get(teamA)).toMatchObject([
      {
        cycleId: october,
        size: sizeA,
        averageTotal: round2((50 + 90 * (sizeA - 1)) / sizeA),
        counts: { S: sizeA - 1, D: 1 },
      },
      { cycleId: november, size: sizeA, averageTotal: 80, counts: { A: sizeA } },
    ]);
    expect(byTeam.get(teamB)).toMatchObject([
      { cycleId: october, size: sizeB, averageTotal: 70, counts: { B: sizeB } },
      {
        cycleId: november,
        size: sizeB,
        averageTotal: round2((95 + 60 * (sizeB - 1)) / sizeB),
        counts: { S: 1, C: sizeB - 1 },
      },
    ]);
  });

  it('keeps to the period asked for', async () => {
    const res = await trends(hr, '?from=2026-11-01');
    expect(res.cycles.map((c) => c.cycleId)).toEqual([november]);
    expect((await trends(hr, '?to=2026-10-31')).cycles.map((c) => c.cycleId)).toEqual([october]);
  });

  it('shows a lead their team only and an agent no team', async () => {
    const res = await trends(lead);
    expect(res.teams.map((t) => t.teamId)).toEqual([teamA]);
    expect(res.teams[0].points.map((p) => p.cycleId)).toEqual([october, november]);
    expect(await trends(agent)).toEqual({ cycles: [], teams: [] });
  });
});
