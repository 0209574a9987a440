import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import {
  accountFor,
  advanceTo,
  enterSales,
  ok,
  openCycle,
  teamSheets,
  type SheetInfo,
} from '../appeals/results.testkit.js';

// The appraisal's tables as .xlsx (issue 18 item 8), read back with exceljs: the cycle's sheets,
// the grade distribution and the appeals list hold the rows the reader sees and no others (an
// agent their own, a lead their team), headers in the reader's language, each download audited.

const OTHER_PASSWORD = 'Results-Test-7x!';

describe.each(DIALECTS)('appraisal exports on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client;
  let cycleId: string, sheets: Map<string, SheetInfo>, agentId: string, cs11: string, cs12: string;

  /** GET a file signed in as `username`; its first sheet as rows of cell values. */
  async function rowsOf(username: string, url: string, password = DEMO_PASSWORD) {
    const login = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0];
    const res = await env.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z');
    hr = await env.as('hr');
    agentId = await employeeIdOf(db(), 'agent');
    const c = await openCycle(env, hr, '导出考核', ['CS1-1', 'CS1-2'], { mode: 'base' });
    ({ cycleId, sheets } = c);
    [cs11, cs12] = c.teamIds;
    const values = new Map<string, number>();
    teamSheets(sheets, cs11).forEach((s, i) => values.set(s.employeeId, [92, 85, 75][i % 3]));
    teamSheets(sheets, cs12).forEach((s, i) => values.set(s.employeeId, [88, 68, 55][i % 3]));
    values.set(agentId, 65);
    await enterSales(hr, cycleId, sheets, values);
    const leads = await db().selectFrom('employees').select(['id', 'status']).where('team_id', '=', cs12).execute();
    const otherLeadId = leads.find((p) => p.status === 'team_lead')!.id;
    await accountFor(env, 'exportlead', otherLeadId, ['team_lead']);
    const otherAgentId = teamSheets(sheets, cs12).find((s) => s.employeeId !== otherLeadId)!.employeeId;
    await accountFor(env, 'exportagent', otherAgentId, ['agent']);
  }, 60_000);
  afterAll(() => setClock());

  const noOf = (id: string) => sheets.get(id)!.employeeNo;
  const nosOf = (rows: unknown[][]) => rows.slice(1).map((r) => r[1]);

  it('exports the sheets table with each KPI’s value and points, in the reader’s language, audited', async () => {
    const rows = await rowsOf('hr', `/api/appraisal/cycles/${cycleId}/sheets.xlsx?locale=en-US`);
    expect(rows[0]).toEqual([
      'Name',
      'Employee no.',
      'Team',
      'Position type',
      'Sales value',
      'Sales points',
      'Total',
      'Grade',
      'Status',
    ]);
    expect(rows).toHaveLength(sheets.size + 1);
    const mine = rows.find((r) => r[1] === noOf(agentId))!;
    expect(mine.slice(3)).toEqual(['Inbound agent', 65, 65, 65, 'C', 'Draft']);
    const zh = await rowsOf('hr', `/api/appraisal/cycles/${cycleId}/sheets.xlsx`);
    expect(zh[0].slice(0, 6)).toEqual(['姓名', '工号', '班组', '岗位类型', '销售业绩 值', '销售业绩 得分']);
    expect(zh.find((r) => r[1] === noOf(agentId))!.slice(3, 4)).toEqual(['呼入坐席']);
    const audited = await db()
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'export')
      .where('entity_id', '=', cycleId)
      .execute();
    expect(audited).toHaveLength(2);
  });

  it('gives an agent only their own row and a lead of another team only theirs', async () => {
    expect(nosOf(await rowsOf('agent', `/api/appraisal/cycles/${cycleId}/sheets.xlsx`))).toEqual([noOf(agentId)]);
    const theirs = nosOf(await rowsOf('exportlead', `/api/appraisal/cycles/${cycleId}/sheets.xlsx`, OTHER_PASSWORD));
    expect(theirs.sort()).toEqual(
      teamSheets(sheets, cs12)
        .map((s) => s.employeeNo)
        .sort(),
    );
    expect(theirs).not.toContain(noOf(agentId));
    expectError(await hr.get('/api/appraisal/cycles/nope/sheets.xlsx'), 404);
    expect(
      (await env.app.inject({ method: 'GET', url: `/api/appraisal/cycles/${cycleId}/sheets.xlsx` })).statusCode,
    ).toBe(401);
  });

  it('exports the grade distribution per team and over all, scoped as the chart', async () => {
    const rows = await rowsOf('hr', `/api/appraisal/cycles/${cycleId}/distribution.xlsx?locale=en-US`);
    expect(rows[0]).toEqual(['Team', 'People', 'S', 'A', 'B', 'C', 'D', 'No grade', 'Forced distribution']);
    expect(rows).toHaveLength(4); // two teams and the total
    const all = rows.at(-1)!;
    expect(all.slice(0, 2)).toEqual(['All teams', sheets.size]);
    expect((rows[1][1] as number) + (rows[2][1] as number)).toBe(sheets.size);
    for (let col = 2; col <= 7; col++) expect(all[col]).toBe((rows[1][col] as number) + (rows[2][col] as number));
    const agent = await rowsOf('agent', `/api/appraisal/cycles/${cycleId}/distribution.xlsx?locale=en-US`);
    expect(agent).toHaveLength(3);
    expect(agent[1].slice(1, 7)).toEqual([1, 0, 0, 0, 1, 0]); // their own C only
    const lead = await rowsOf('exportlead', `/api/appraisal/cycles/${cycleId}/distribution.xlsx`, OTHER_PASSWORD);
    expect(lead.slice(1, -1).map((r) => r[1])).toEqual([teamSheets(sheets, cs12).length]);
  });

  it('exports the appeals list: the appellant and HR see the appeal, another team’s people do not', async () => {
    await advanceTo(hr, cycleId, 'confirmation');
    const agent = await env.as('agent');
    ok(
      await agent.post('/api/appraisal/appeals', {
        sheetId: sheets.get(agentId)!.id,
        kpiCode: 'sales',
        reason: '11月有两笔销售未计入',
        claimedValue: 80,
      }),
    );
    const url = `/api/appraisal/appeals.xlsx?cycleId=${cycleId}&locale=en-US`;
    const rows = await rowsOf('hr', url);
    expect(rows[0]).toEqual([
      'Employee no.',
      'Name',
      'Team',
      'KPI',
      'Status',
      'Value filed',
      'Value claimed',
      'Filed at',
      'Window ends',
    ]);
    expect(rows).toHaveLength(2);
    expect([rows[1][0], ...rows[1].slice(3, 7)]).toEqual([noOf(agentId), 'Sales', 'Awaiting lead review', 65, 80]);
    expect(await rowsOf('agent', url)).toHaveLength(2);
    expect(await rowsOf('exportlead', url, OTHER_PASSWORD)).toHaveLength(1);
    expect(await rowsOf('exportagent', url, OTHER_PASSWORD)).toHaveLength(1);
    expectError(await hr.get('/api/appraisal/appeals.xlsx?status=lost'), 400);
  });
});
