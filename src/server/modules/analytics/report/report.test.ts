import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { setClock } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';

// The monthly training report through HTTP (issue 22 item 6): its own sections from people-rollup
// rows written here for a department of their own (so the demo's people do not move the figures),
// the row scope of a center manager, and the .xlsx with one sheet per table in the reader's language.
const NOW = '2031-03-12T04:00:00.000Z';

async function rollupCenter(db: Db) {
  const dept = newId();
  const team = newId();
  const at = '2030-01-01T00:00:00.000Z';
  await db
    .insertInto('departments')
    .values({ id: dept, code: `RP${dept.slice(-6)}`, name: '报告测试处', created_at: at, updated_at: at })
    .execute();
  await db
    .insertInto('teams')
    .values({
      id: team,
      department_id: dept,
      code: `RP${team.slice(-6)}T`,
      name: '报告测试组',
      created_at: at,
      updated_at: at,
    })
    .execute();
  // February 2031: two stay all month, one hired, one eliminated (theory), one resigned; one left in January.
  const people: [string, string, string | null, string | null, string | null][] = [
    ['R1', '2030-05-06', null, null, null],
    ['R2', '2030-05-06', null, null, null],
    ['R3', '2031-02-10', null, null, null],
    ['R4', '2031-01-06', '2031-02-05', 'eliminated', 'theory_fails'],
    ['R5', '2030-08-04', '2031-02-20', 'resigned', null],
    ['R6', '2030-08-04', '2031-01-15', 'resigned', null],
  ];
  for (const [name, hire, exit, kind, criterion] of people)
    await db
      .insertInto('analytics_people')
      .values({
        employee_id: newId(),
        name,
        hire_date: hire,
        hire_month: hire.slice(0, 7),
        department_id: dept,
        team_id: team,
        status: kind ?? 'regular',
        program_id: null,
        cohort_id: null,
        trainer_id: null,
        mentor_id: null,
        live_date: null,
        exit_date: exit,
        exit_kind: kind,
        exit_criterion: criterion,
      })
      .execute();
  return dept;
}

describe.each(DIALECTS)('monthly training report on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let dept: string;

  beforeAll(async () => {
    setClock(NOW);
    training = await env.as('training');
    dept = await rollupCenter(env.handle.db);
  }, 60_000);
  afterAll(() => setClock());

  it('counts the month: employed at start and end, hires, exits by kind and elimination criterion', async () => {
    const res = await training.get('/api/analytics/report?month=2031-02');
    expect(res.status).toBe(200);
    const r = res.body.data;
    expect(r).toMatchObject({ month: '2031-02', from: '2031-02-01', to: '2031-02-28' });
    expect(r.headcount.byDepartment.find((d: any) => d.departmentId === dept)).toEqual({
      departmentId: dept,
      departmentName: '报告测试处',
      atStart: 4,
      atEnd: 3,
      hires: 1,
      eliminated: 1,
      resigned: 1,
      dismissed: 0,
    });
    expect(r.headcount.eliminationCriteria).toContainEqual({ criterion: 'theory_fails', n: 1 });
    expect(r.warnings.byMetric.map((m: any) => m.metric)).toEqual(['qa', 'fcr', 'aht', 'csat']);
  });

  it('carries the other parts’ sections: the last 24 hiring cohorts, rates, levels, trainer effects', async () => {
    const r = (await training.get('/api/analytics/report?month=2031-02')).body.data;
    const cohort = r.retention.groups.find((g: any) => g.key === '2030-08');
    expect(cohort).toMatchObject({ n: 2, exits: { eliminated: 0, resigned: 2, dismissed: 0 }, curve: [] });
    expect(r.retention.groups.every((g: any) => g.key >= '2029-03' && g.key <= '2031-02')).toBe(true);
    expect(r.passRates).toMatchObject({ by: 'program', overall: { firstAttempts: { n: expect.any(Number) } } });
    expect(Array.isArray(r.eliminationReasons.criteria)).toBe(true);
    expect(Array.isArray(r.levels)).toBe(true);
    expect(r.trainerEffects).toMatchObject({ kind: 'trainer' });
  });

  it('runs a current month to today and refuses a future one', async () => {
    expect((await training.get('/api/analytics/report?month=2031-03')).body.data.to).toBe('2031-03-12');
    const future = await training.get('/api/analytics/report?month=2031-04');
    expect(future.status).toBe(422);
    expect(future.body.errorCode).toBe('REPORT_MONTH_FUTURE');
    expect((await training.get('/api/analytics/report?month=2031-13')).status).toBe(400);
    expect((await training.get('/api/analytics/report')).body.data.month).toBe('2031-02'); // last month
  });

  it('keeps a center manager to their department and a team lead out', async () => {
    const manager = await env.as('manager');
    const r = (await manager.get('/api/analytics/report?month=2031-02')).body.data;
    expect(r.headcount.byDepartment.some((d: any) => d.departmentId === dept)).toBe(false);
    expect((await (await env.as('teamlead')).get('/api/analytics/report?month=2031-02')).status).toBe(403);
  });

  it('downloads the .xlsx with one sheet per table, in the reader’s language', async () => {
    // A workbook is binary; the harness client reads bodies as text, so fetch it with inject.
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'training', password: DEMO_PASSWORD },
    });
    const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0]!;
    const open = async (locale: string) => {
      const file = await env.app.inject({
        method: 'GET',
        url: `/api/analytics/report.xlsx?month=2031-02${locale}`,
        headers: { cookie },
      });
      expect(file.statusCode).toBe(200);
      expect(String(file.headers['content-type'])).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.rawPayload as never);
      return { wb, disposition: decodeURIComponent(String(file.headers['content-disposition'])) };
    };
    const en = await open('&locale=en-US');
    const names = en.wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(['Headcount', 'Elimination criteria', 'Warnings', 'Warning list', 'Actions']),
    );
    expect(new Set(names).size).toBe(names.length);
    const head = en.wb.getWorksheet('Headcount')!;
    expect(head.getRow(1).values).toEqual(
      expect.arrayContaining(['Department', 'At start', 'At end', 'Hired', 'Eliminated']),
    );
    const row = head.getSheetValues().find((r) => Array.isArray(r) && r[1] === '报告测试处') as unknown[];
    expect(row.slice(1)).toEqual(['报告测试处', 4, 3, 1, 1, 1, 0]);
    expect(en.disposition).toMatch(/training-report-2031-02\.xlsx$/);
    // No ?locale=: the training manager's own language, zh-CN.
    const zh = await open('');
    expect(zh.wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['人数与离职', '预警', '改进措施']));
    expect(zh.disposition).toMatch(/月度培训报告-2031-02\.xlsx$/);
  });
});
