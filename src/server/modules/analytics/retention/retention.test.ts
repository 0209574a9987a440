import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { buildFactsCenter, type FactsCenter } from '../facts/facts.testkit.js';
import { refreshAnalytics } from '../facts/refresh.js';

// Retention through the API on a small constructed center (facts.testkit.ts), checked by hand.
// Today is 2026-12-01. Program P hires six on 2025-01-06: exits at day 30 (eliminated), 90
// (resigned), 180 (dismissed); three censored at day 694. Kaplan–Meier: S = 5/6, 2/3, 1/2.
// Greenwood at 12 months: Σ d/(n(n−d)) = 1/30 + 1/20 + 1/12 = 1/6, se = 0.5·√(1/6) = 0.2041; the
// log(−log) band at 95%: 0.5^exp(±1.96·√(1/6)/ln 2) = 0.1109 … 0.8037. Program Q hires four on
// 2025-02-03: two leave at day 30, two censored. Log-rank P vs Q by hand: at day 30 (n 6+4, d 1+2)
// E_P = 1.8, V = 0.56; day 90 (5+2, d 1) E_P = 5/7, V = 10/49; day 180 (4+2, d 1) E_P = 2/3,
// V = 2/9 → O_P = 3, E_P = 3.1810, χ² = 0.1810² / 0.9863 = 0.0332, p = 0.855.
describe.each(DIALECTS)('analytics retention ($name)', (dialect) => {
  const env = useTestEnv(dialect);
  let c: FactsCenter;
  const get = async (who: string, url: string) => (await env.as(who)).get(url);

  beforeAll(async () => {
    setClock('2026-12-01T04:00:00Z');
    const db = env.handle.db;
    const manager = await employeeIdOf(db, 'manager');
    const insideTeamId = (
      await db.selectFrom('employees').select('team_id').where('id', '=', manager).executeTakeFirstOrThrow()
    ).team_id;
    c = await buildFactsCenter(db, {
      insideTeamId,
      mentors: [await employeeIdOf(db, 'mentor'), await employeeIdOf(db, 'agent')],
    });
    await refreshAnalytics(db);
  });
  afterAll(() => setClock());

  const both = () => `programId=${c.programP}`;

  it('Kaplan–Meier per program: 3/6/12 months with Greenwood bands, n at risk, exits by kind', async () => {
    const res = await get('training', `/api/analytics/retention?by=program&hiredFrom=2025-01&hiredTo=2025-02`);
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d.today).toBe('2026-12-01');
    expect(d.baseline).toEqual({ percent: 55, months: 12, days: 365 });
    expect(d.confidencePercent).toBe(95);
    const p = d.groups.find((g: any) => g.key === c.programP);
    expect(p).toMatchObject({ label: '分析项目P', n: 6, exits: { eliminated: 1, resigned: 1, dismissed: 1 } });
    const [m3, m6, m12] = p.at;
    expect(m3).toMatchObject({ months: 3, days: 91, atRisk: 4 });
    expect(m3.survival).toBeCloseTo(2 / 3, 6);
    expect(m3.low).toBeCloseTo(0.1946, 3);
    expect(m3.high).toBeCloseTo(0.9044, 3);
    expect(m6).toMatchObject({ months: 6, days: 183, survival: 0.5, atRisk: 3 });
    expect(m12).toMatchObject({ months: 12, days: 365, survival: 0.5, atRisk: 3 });
    expect(m12.low).toBeCloseTo(0.1109, 3);
    expect(m12.high).toBeCloseTo(0.8037, 3);
    expect(p.curve.map((s: any) => [s.time, s.events, s.atRisk])).toEqual([
      [30, 1, 6],
      [90, 1, 5],
      [180, 1, 4],
      [694, 0, 3], // the last follow-up: censored, the curve ends here
    ]);
    const q = d.groups.find((g: any) => g.key === c.programQ);
    expect(q).toMatchObject({ n: 4, exits: { eliminated: 0, resigned: 2, dismissed: 0 } });
    expect(q.at[0].survival).toBe(0.5);
  });

  it('groups by hire month in order, and an unrecorded mentor is a group of its own', async () => {
    const months = (await get('training', `/api/analytics/retention?by=hire_month&hiredFrom=2025-01&hiredTo=2025-02`))
      .body.data;
    expect(months.groups.map((g: any) => g.key)).toEqual(['2025-01', '2025-02']);
    const mentors = (await get('training', `/api/analytics/retention?by=mentor&${both()}`)).body.data;
    expect(mentors.total).toBe(6);
    const none = mentors.groups.find((g: any) => g.key === 'none');
    expect(none).toMatchObject({ label: null, n: 4 });
    expect(mentors.groups.at(-1).key).toBe('none');
  });

  it('compares two programs with the log-rank test', async () => {
    const res = await get('training', `/api/analytics/retention/compare?by=program&a=${c.programP}&b=${c.programQ}`);
    expect(res.status).toBe(200);
    const { logRank, a, b } = res.body.data;
    expect([a.n, b.n]).toEqual([6, 4]);
    expect(logRank.observed).toEqual([3, 2]);
    expect(logRank.expected[0]).toBeCloseTo(3.181, 3);
    expect(logRank.chiSquare).toBeCloseTo(0.0332, 3);
    expect(logRank.p).toBeCloseTo(0.855, 2);
  });

  it('compares two trainers within a program (the browser journey)', async () => {
    const url = `/api/analytics/retention/compare?by=trainer&${both()}&a=${c.trainer1}&b=${c.trainer2}`;
    const { a, b } = (await get('training', url)).body.data;
    expect([a.label, a.n, b.label, b.n]).toEqual(['分析讲师甲', 5, '分析讲师乙', 1]);
    expectError(
      await get('training', `/api/analytics/retention/compare?by=trainer&a=${c.trainer1}&b=${c.trainer1}`),
      422,
      'RETENTION_SAME_GROUP',
    );
  });

  it('drills down: a group’s exits of a kind, exits within months, those at risk', async () => {
    const people = async (q: string) =>
      (await get('training', `/api/analytics/retention/people?by=program&group=${c.programP}&${q}`)).body;
    const elim = await people('show=eliminated');
    expect(elim.total).toBe(1);
    expect(elim.data[0]).toMatchObject({
      name: '分析P1',
      exitKind: 'eliminated',
      exitCriterion: 'theory_fails',
      days: 30,
      hireDate: '2025-01-06',
    });
    expect((await people('show=exited&months=3')).data.map((p: any) => p.name)).toEqual(['分析P1', '分析P2']);
    const atRisk = await people('show=at_risk&months=12');
    expect(atRisk.data.map((p: any) => p.name).sort()).toEqual(['分析P4', '分析P5', '分析P6']);
    expect(atRisk.data[0]).toMatchObject({ exitDate: null, days: 694, departmentName: '分析测试处' });
    expect((await people('show=all&pageSize=2&page=2')).data).toHaveLength(2);
    expectError(
      await get('training', `/api/analytics/retention/people?show=at_risk`),
      400,
      'RETENTION_MONTHS_REQUIRED',
    );
  });

  it('a center manager sees their own department only, in every figure and drill-down', async () => {
    const d = (await get('manager', `/api/analytics/retention?by=program&hiredFrom=2025-01&hiredTo=2025-02`)).body.data;
    expect(d.groups.map((g: any) => [g.key, g.n])).toEqual([[c.programP, 3]]);
    expect(d.groups[0].at[0].survival).toBeCloseTo(1 / 3, 6); // P1, P2 left by day 90, P3 still there
    const list = (await get('manager', `/api/analytics/retention/people?by=program&group=${c.programP}`)).body;
    expect(list.data.map((p: any) => p.name).sort()).toEqual(['分析P1', '分析P2', '分析P3']);
    const cmp = (await get('manager', `/api/analytics/retention/compare?by=program&a=${c.programP}&b=${c.programQ}`))
      .body.data;
    expect([cmp.a.n, cmp.b.n]).toEqual([3, 0]);
  });

  it('options: the programs and trainers of the people in scope, with their size', async () => {
    const all = (await get('training', '/api/analytics/retention/options')).body.data;
    expect(all.program).toEqual(
      expect.arrayContaining([
        { key: c.programP, label: '分析项目P', n: 6 },
        { key: c.programQ, label: '分析项目Q', n: 4 },
      ]),
    );
    expect(all.trainer).toEqual(expect.arrayContaining([{ key: c.trainer2, label: '分析讲师乙', n: 5 }]));
    expect(all.hireMonths).toEqual(expect.arrayContaining(['2025-01', '2025-02']));
    const mine = (await get('manager', '/api/analytics/retention/options')).body.data;
    expect(mine.program).toEqual([{ key: c.programP, label: '分析项目P', n: 3 }]);
    expect(mine.department.map((d: any) => d.key)).toEqual([c.insideDept]);
  });

  it('who may look, and bad input', async () => {
    expectError(await get('agent', '/api/analytics/retention'), 403);
    expectError(await get('trainer', '/api/analytics/retention/people'), 403);
    expect((await get('hr', '/api/analytics/retention')).status).toBe(200);
    expectError(
      await get('training', '/api/analytics/retention?hiredFrom=2025-06&hiredTo=2025-01'),
      400,
      'RETENTION_BAD_RANGE',
    );
    expectError(await get('training', '/api/analytics/retention?by=team'), 400);
    expectError(
      await get('training', '/api/analytics/retention/compare?by=program&a=x'),
      400,
      'RETENTION_GROUPS_REQUIRED',
      'b',
    );
    expectError(await get('training', '/api/analytics/retention/people?show=at_risk&months=0'), 400);
  });
});
