import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { wilson } from '../stats/rates.js';
import { buildRatesCenter, type RatesCenter } from './rates.testkit.js';

// Pass and elimination rates through the API (issue 22 item 2) on the constructed center of
// rates.testkit.ts: first attempts only, by program, course, exam and trainer, with Wilson
// intervals; the eliminated share; elimination reasons; the people behind a cell; the center
// manager's department only; the date range in center days; the .xlsx.

type Row = { key: string; label: string | null; firstAttempts: { n: number; k: number }; eliminated: unknown };

describe.each(DIALECTS)('analytics rates on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let c: RatesCenter;
  let training: Client;
  const rowsOf = async (query: string, as: Client = training) => {
    const res = await as.get(`/api/analytics/rates?${query}`);
    expect(res.status, res.raw).toBe(200);
    return res.body.data as { rows: Row[]; overall: Row; confidencePercent: number };
  };
  const cell = (rows: Row[], key: string) => rows.find((r) => r.key === key);

  beforeAll(async () => {
    setClock('2026-05-01T02:00:00Z');
    c = await buildRatesCenter(env.handle.db);
    training = await env.as('training');
  }, 60_000);
  afterAll(() => setClock());

  it('counts first attempts only, per program, with Wilson intervals and the eliminated share', async () => {
    const { rows, overall, confidencePercent } = await rowsOf(`by=program&programId=${c.programA}`);
    expect(confidencePercent).toBe(95);
    expect(rows).toHaveLength(1);
    // A: 6 of 8 first attempts (A2's passed retake does not count; B4's unfinished one neither).
    expect(rows[0]).toMatchObject({ key: c.programA, label: '率测项目甲', people: 6 });
    expect(rows[0].firstAttempts).toEqual(wilson(6, 8, 95));
    expect(rows[0].eliminated).toEqual(wilson(2, 6, 95));
    expect(overall.firstAttempts).toMatchObject({ n: 8, k: 6 });
    const both = await rowsOf(`by=program&hiredFrom=2026-01&hiredTo=2026-02`);
    const b = cell(both.rows, c.programB)!;
    expect(b.firstAttempts).toEqual(wilson(2, 4, 95));
    expect(b.eliminated).toMatchObject({ n: 4, k: 1 });
    // Only B was hired in 2026-02.
    const feb = await rowsOf('by=program&hiredFrom=2026-02');
    expect(feb.rows.map((r) => r.key)).toEqual([c.programB]);
  });

  it('groups by course, exam and trainer, with people without one under _none', async () => {
    const course = (await rowsOf('by=course&hiredFrom=2026-01&hiredTo=2026-02')).rows;
    expect(cell(course, '产品知识')).toMatchObject({
      label: '产品知识',
      firstAttempts: { n: 7, k: 4 },
      eliminated: null,
    });
    expect(cell(course, '系统操作')!.firstAttempts).toMatchObject({ n: 4, k: 3 });
    expect(cell(course, '_none')).toMatchObject({ label: null, firstAttempts: { n: 1, k: 1 } });
    const exam = (await rowsOf(`by=exam&programId=${c.programB}`)).rows;
    expect(cell(exam, c.exams.E1)).toMatchObject({ label: '率测考试一', firstAttempts: { n: 2, k: 1 } });
    const trainer = (await rowsOf('by=trainer&hiredFrom=2026-01&hiredTo=2026-02')).rows;
    expect(cell(trainer, c.trainer1)).toMatchObject({ label: '率测讲师一', firstAttempts: { n: 7, k: 5 } });
    expect(cell(trainer, c.trainer1)!.eliminated).toMatchObject({ n: 5, k: 2 });
    expect(cell(trainer, c.trainer2)!.firstAttempts).toMatchObject({ n: 4, k: 2 });
    expect(cell(trainer, '_none')!.firstAttempts).toMatchObject({ n: 1, k: 1 });
    const t2 = (await rowsOf(`by=exam&trainerId=${c.trainer2}`)).rows;
    expect(t2.reduce((s, r) => s + r.firstAttempts.n, 0)).toBe(4);
  });

  it('limits the range to the attempts submitted on those center days', async () => {
    // A6's attempt at 2026-03-31 17:00 UTC is 1 April in the center (UTC+8).
    const march = await rowsOf(`by=program&programId=${c.programA}&to=2026-03-31`);
    expect(march.rows[0].firstAttempts).toMatchObject({ n: 5, k: 3 });
    const april = await rowsOf(`by=program&programId=${c.programA}&from=2026-04-01`);
    expect(april.rows[0].firstAttempts).toMatchObject({ n: 3, k: 3 });
    expectError(
      await training.get('/api/analytics/rates?from=2026-04-02&to=2026-04-01'),
      400,
      'RATES_RANGE_REVERSED',
      'to',
    );
    expectError(
      await training.get('/api/analytics/rates?hiredFrom=2026-03&hiredTo=2026-01'),
      400,
      'RATES_HIRED_RANGE_REVERSED',
      'hiredTo',
    );
    expectError(await training.get('/api/analytics/rates?programId=no-such-program'), 404, 'NOT_FOUND');
    expectError(await training.get('/api/analytics/rates?by=team'), 400);
  });

  it('counts elimination reasons from closed cases decided eliminate, per program', async () => {
    const res = await training.get('/api/analytics/rates/eliminations?hiredFrom=2026-01&hiredTo=2026-02');
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data.criteria).toEqual([
      { criterion: 'theory_fails', count: 2 },
      { criterion: 'daily_below', count: 1 },
    ]);
    expect(res.body.data.total).toBe(3);
    expect(res.body.data.programs).toEqual([
      { key: c.programA, label: '率测项目甲', total: 2, byCriterion: { theory_fails: 2 } },
      { key: c.programB, label: '率测项目乙', total: 1, byCriterion: { daily_below: 1 } },
    ]);
    const before = await training.get('/api/analytics/rates/eliminations?to=2026-03-19');
    expect(before.body.data.total).toBe(0);
  });

  it('lists the people behind a cell', async () => {
    const failed = await training.get(`/api/analytics/rates/people?by=program&key=${c.programA}&outcome=failed`);
    expect(failed.status, failed.raw).toBe(200);
    expect(failed.body.total).toBe(2);
    const byId = new Map(failed.body.data.map((p: { employeeId: string }) => [p.employeeId, p]));
    expect(byId.get(c.people.A2)).toMatchObject({ examTitle: '率测考试一', score: 50, passed: false });
    expect(byId.get(c.people.A5)).toMatchObject({ score: 55, passed: false, teamName: expect.any(String) });
    // No key: the people behind the total row (A2, A5, B2 on E1; B1 on E2).
    const all = await training.get('/api/analytics/rates/people?by=exam&outcome=failed&hiredFrom=2026-01');
    expect(all.body.total).toBe(4);
    const none = await training.get('/api/analytics/rates/people?by=course&key=_none');
    expect(none.body.data.map((p: { employeeId: string }) => p.employeeId)).toEqual([c.people.A6]);
    const out = await training.get(`/api/analytics/rates/people?by=trainer&key=${c.trainer2}&outcome=eliminated`);
    expect(out.body.data).toEqual([expect.objectContaining({ employeeId: c.people.B2, exitCriterion: 'daily_below' })]);
    expectError(
      await training.get(`/api/analytics/rates/people?by=exam&key=${c.exams.E1}&outcome=eliminated`),
      400,
      'RATES_ELIMINATED_BY',
      'outcome',
    );
  });

  it('shows a center manager only their department, and refuses those without analytics.view', async () => {
    const manager = await env.as('manager');
    // A1–A3 are in the manager's department: A1 ✓ A2 ✗ A3 ✓ on E1, A1 ✓ on E2.
    const mine = await rowsOf(`by=program&programId=${c.programA}`, manager);
    expect(mine.rows[0].firstAttempts).toMatchObject({ n: 4, k: 3 });
    expect(mine.rows[0].eliminated).toMatchObject({ n: 3, k: 1 });
    expect((await rowsOf(`by=program&programId=${c.programB}`, manager)).rows).toEqual([]);
    const reasons = await manager.get('/api/analytics/rates/eliminations');
    expect(reasons.body.data.criteria).toEqual([{ criterion: 'theory_fails', count: 1 }]);
    const people = await manager.get(`/api/analytics/rates/people?by=program&key=${c.programA}&outcome=eliminated`);
    expect(people.body.data.map((p: { employeeId: string }) => p.employeeId)).toEqual([c.people.A2]);
    expect((await rowsOf(`by=program&programId=${c.programA}`, await env.as('hr'))).rows[0].firstAttempts.n).toBe(8);
    for (const who of ['agent', 'trainer', 'teamlead']) {
      const client = await env.as(who);
      expectError(await client.get('/api/analytics/rates'), 403);
      expectError(await client.get('/api/analytics/rates/people?by=program&key=x'), 403);
    }
  });

  it('downloads the table as .xlsx in the reader’s language, audited as an export', async () => {
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'training', password: DEMO_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const get = (locale: string) =>
      env.app.inject({
        method: 'GET',
        url: `/api/analytics/rates/export.xlsx?by=program&hiredFrom=2026-01&hiredTo=2026-02&locale=${locale}`,
        headers: { cookie },
      });
    const res = await get('en-US');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="pass-rates-program.xlsx"/);
    const sheet = async (raw: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(raw as never);
      const rows: unknown[][] = [];
      wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      return rows;
    };
    const rows = await sheet(res.rawPayload);
    expect(rows[0].slice(0, 4)).toEqual(['Program', 'First attempts', 'Passed', 'Pass rate %']);
    const a = rows.find((r) => r[0] === '率测项目甲')!;
    expect(a.slice(0, 4)).toEqual(['率测项目甲', 8, 6, 75]);
    expect(rows.at(-1)!.slice(0, 3)).toEqual(['All', 12, 8]);
    const zh = await sheet((await get('zh-CN')).rawPayload);
    expect(zh[0].slice(0, 2)).toEqual(['培训项目', '首考人次']);
    const audit = await env.handle.db
      .selectFrom('audit_log')
      .select('new_value')
      .where('action', '=', 'export')
      .execute();
    expect(audit.some((x) => String(x.new_value).includes('/rates/export.xlsx'))).toBe(true);
  });
});
