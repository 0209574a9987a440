import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { countRows, expectError } from '../../../test/helpers.js';
import { multipart } from '../../exams/shared/exams.testkit.js';
import {
  advanceTo,
  downloadRows,
  enterSales,
  ok,
  openCycle,
  teamSheets,
  workbook,
  type SheetInfo,
} from '../appeals/results.testkit.js';

// The bonus table and payroll (SPEC §9, issue 18 item 5) through the API: base bonuses entered or
// imported (all or nothing, row errors named), the default from the setting, team pools shared by
// coefficient and reconciling to the cent, the payroll export, and who may see and set them.

describe.each(DIALECTS)('appraisal bonus and payroll on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, manager: Client, lead: Client, agent: Client;
  let base: { cycleId: string; teamIds: string[]; sheets: Map<string, SheetInfo> };
  let pool: { cycleId: string; teamIds: string[]; sheets: Map<string, SheetInfo> };
  let people: SheetInfo[];

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z');
    [hr, manager, lead, agent] = await Promise.all(['hr', 'manager', 'teamlead', 'agent'].map((u) => env.as(u)));
    base = await openCycle(env, hr, '投诉处理月度考核', ['CMP-1'], { mode: 'base' });
    people = teamSheets(base.sheets, base.teamIds[0]);
    // Totals 95 (S 1.5), 85 (A 1.2), 75 (B 1.0), 65 (C 0.8), 50 (D 0) by employee number.
    await enterSales(
      hr,
      base.cycleId,
      base.sheets,
      new Map(people.map((p, i) => [p.employeeId, [95, 85, 75, 65, 50][i]])),
    );
    pool = await openCycle(env, hr, '外呼月度考核', ['OUT-1', 'OUT-2'], {
      mode: 'pool',
      forced: { minTeamSize: 6, maxShare: { S: 0.2, A: 0.34 }, minLowShare: 0.2 },
    });
    const values = new Map<string, number>();
    teamSheets(pool.sheets, pool.teamIds[0]).forEach((s, i) => values.set(s.employeeId, [95, 94, 93, 85, 75, 65][i]));
    teamSheets(pool.sheets, pool.teamIds[1]).forEach((s, i) => values.set(s.employeeId, [88, 88, 88, 72, 72, 61][i]));
    await enterSales(hr, pool.cycleId, pool.sheets, values);
  }, 60_000);
  afterAll(() => setClock());

  const table = async (c: Client, cycleId: string) => ok(await c.get(`/api/appraisal/cycles/${cycleId}/bonus`));
  const upload = (c: Client, cycleId: string, name: string, body: Buffer | string) => {
    const m = multipart(name, body);
    return c.raw({
      method: 'POST',
      url: `/api/appraisal/cycles/${cycleId}/base-bonus/import`,
      payload: m.payload,
      headers: m.headers,
    });
  };

  it('pays grade coefficient × base bonus, the default base from the setting, an entered one where set', async () => {
    ok(
      await hr.put(`/api/appraisal/cycles/${base.cycleId}/base-bonus`, {
        items: [{ employeeId: people[1].employeeId, amountCents: 300000 }],
        reason: '组长津贴',
      }),
    );
    const t = await table(hr, base.cycleId);
    expect(t).toMatchObject({ mode: 'base', defaultBaseCents: 100000 });
    const byId = new Map(t.rows.map((r: { employeeId: string }) => [r.employeeId, r]));
    expect(people.map((p) => byId.get(p.employeeId))).toMatchObject([
      { grade: 'S', coefficient: 1.5, baseCents: 100000, baseSource: 'default', amountCents: 150000 },
      { grade: 'A', coefficient: 1.2, baseCents: 300000, baseSource: 'entered', amountCents: 360000 },
      { grade: 'B', coefficient: 1, amountCents: 100000 },
      { grade: 'C', coefficient: 0.8, amountCents: 80000 },
      { grade: 'D', coefficient: 0, amountCents: 0 },
    ]);
    expect(t.teams).toEqual([expect.objectContaining({ people: 5, amountCents: 690000, poolCents: null })]);
    expect(t.totalCents).toBe(690000);
  });

  it('refuses bad base bonuses whole: unknown or repeated people, the wrong mode, out of sight', async () => {
    const before = await countRows(db(), 'appraisal_base_bonuses');
    const put = (c: Client, items: unknown[]) => c.put(`/api/appraisal/cycles/${base.cycleId}/base-bonus`, { items });
    const p0 = people[0].employeeId;
    expectError(
      await put(hr, [
        { employeeId: p0, amountCents: 1 },
        { employeeId: 'nobody', amountCents: 1 },
      ]),
      422,
      'BONUS_NOT_IN_CYCLE',
      'items.1.employeeId',
    );
    expectError(
      await put(hr, [
        { employeeId: p0, amountCents: 1 },
        { employeeId: p0, amountCents: 2 },
      ]),
      422,
      'BONUS_DUPLICATE_PERSON',
      'items.1.employeeId',
    );
    expectError(await put(hr, [{ employeeId: p0, amountCents: -1 }]), 400, 'VALIDATION_FAILED');
    expectError(await put(manager, [{ employeeId: p0, amountCents: 1 }]), 422, 'BONUS_NOT_IN_CYCLE'); // not their department
    expectError(
      await hr.put(`/api/appraisal/cycles/${pool.cycleId}/base-bonus`, { items: [{ employeeId: p0, amountCents: 1 }] }),
      422,
      'BONUS_BASE_MODE_ONLY',
    );
    expectError(
      await hr.put(`/api/appraisal/cycles/${base.cycleId}/pools/${base.teamIds[0]}`, { amountCents: 1 }),
      422,
      'BONUS_POOL_MODE_ONLY',
    );
    for (const c of [lead, agent])
      expectError(await c.get(`/api/appraisal/cycles/${base.cycleId}/bonus`), 403, 'FORBIDDEN');
    expect((await table(manager, base.cycleId)).rows).toEqual([]);
    expect(await countRows(db(), 'appraisal_base_bonuses')).toBe(before);
  });

  it('imports base bonuses from .xlsx all or nothing, naming the bad rows', async () => {
    const [a, b] = people;
    const before = (await table(hr, base.cycleId)).rows;
    const bad = await workbook([
      [a.employeeNo, 1500],
      ['E99999', 100],
      [b.employeeNo, 'abc'],
      [a.employeeNo, 10],
      ['', 5],
    ]);
    const res = await upload(hr, base.cycleId, 'bonus.xlsx', bad);
    expectError(res, 422, 'BONUS_IMPORT_INVALID', 'file');
    expect(res.body.params).toMatchObject({ errors: 4, rows: '3, 4, 5, 6', code: 'NOT_IN_CYCLE' });
    expect(res.body.params.problems).toBe('3:NOT_IN_CYCLE; 4:BAD_AMOUNT; 5:DUPLICATE_EMPLOYEE; 6:MISSING_EMPLOYEE_NO');
    expect((await table(hr, base.cycleId)).rows).toEqual(before);
    expectError(await upload(hr, base.cycleId, 'bonus.xlsx', 'not a workbook'), 400, 'BAD_FILE');
    expectError(await upload(hr, base.cycleId, 'bonus.xlsx', await workbook([])), 422, 'BONUS_IMPORT_EMPTY');

    expect(
      ok(
        await upload(
          hr,
          base.cycleId,
          '11月奖金基数.xlsx',
          await workbook([
            [a.employeeNo, 1500.5],
            [b.employeeNo, '2000'],
          ]),
        ),
      ),
    ).toEqual({ rows: 2, changed: 2 });
    const byId = new Map((await table(hr, base.cycleId)).rows.map((r: { employeeId: string }) => [r.employeeId, r]));
    expect(byId.get(a.employeeId)).toMatchObject({ baseCents: 150050, baseSource: 'imported', amountCents: 225075 });
    expect(byId.get(b.employeeId)).toMatchObject({ baseCents: 200000, baseSource: 'imported', amountCents: 240000 });
    const t = await downloadRows(
      env,
      'hr',
      `/api/appraisal/cycles/${base.cycleId}/base-bonus/template.xlsx?locale=en-US`,
    );
    expect(t.rows).toEqual([['Employee no.', 'Base bonus (CNY)']]);
  });

  it('takes the default base bonus from the setting appraisal.baseBonusDefault', async () => {
    const admin = await env.as('admin');
    ok(await admin.put('/api/settings/appraisal.baseBonusDefault', { value: 1500, reason: '2026 年奖金基数调整' }));
    const t = await table(hr, base.cycleId);
    expect(t.defaultBaseCents).toBe(150000);
    const third = t.rows.find((r: { employeeId: string }) => r.employeeId === people[2].employeeId);
    expect(third).toMatchObject({ grade: 'B', baseSource: 'default', baseCents: 150000, amountCents: 150000 });
    ok(await admin.put('/api/settings/appraisal.baseBonusDefault', { value: 1000, reason: '恢复' }));
  });

  it('grades each team by the forced distribution and shares each pool by coefficient to the cent', async () => {
    const [out1, out2] = pool.teamIds;
    expectError(
      await hr.put(`/api/appraisal/cycles/${pool.cycleId}/pools/${base.teamIds[0]}`, { amountCents: 100 }),
      422,
      'BONUS_TEAM_NOT_IN_CYCLE',
      'teamId',
    );
    expect(
      ok(await hr.put(`/api/appraisal/cycles/${pool.cycleId}/pools/${out1}`, { amountCents: 1000001 })),
    ).toMatchObject({ poolCents: 1000001, amountCents: 1000001 });
    ok(await hr.put(`/api/appraisal/cycles/${pool.cycleId}/pools/${out2}`, { amountCents: 333333 }));
    const t = await table(hr, pool.cycleId);
    for (const teamId of [out1, out2]) {
      const rows = t.rows.filter((r: { teamId: string }) => r.teamId === teamId);
      const team = t.teams.find((x: { teamId: string }) => x.teamId === teamId);
      expect(rows.reduce((s: number, r: { amountCents: number }) => s + r.amountCents, 0)).toBe(team.poolCents);
      expect(team.amountCents).toBe(team.poolCents);
    }
    const amounts = (teamId: string) =>
      teamSheets(pool.sheets, teamId).map((s) =>
        t.rows.find((r: { employeeId: string }) => r.employeeId === s.employeeId),
      );
    // OUT-1 by sales 95…65: S, A, A, B, C, C after the distribution. 1 000 001 cents over weights
    // 1.5 + 1.2 × 2 + 1.0 + 0.8 × 2 = 6.5: the floors leave 2 cents, which go to the largest remainders (the As).
    expect(amounts(out1).map((r) => r.grade)).toEqual(['S', 'A', 'A', 'B', 'C', 'C']);
    expect(amounts(out1).map((r) => r.amountCents)).toEqual([230769, 184616, 184616, 153846, 123077, 123077]);
    // OUT-2: three tied at 88 do not fit under the A cap together, so all three are B; the pair tied at
    // 72 is not split to reach the low share.
    expect(amounts(out2).map((r) => r.grade)).toEqual(['B', 'B', 'B', 'B', 'B', 'C']);
  });

  it('shows grades and the distribution chart per team and fixes them at final', async () => {
    const [out1, out2] = pool.teamIds;
    const g = ok(await hr.get(`/api/appraisal/cycles/${pool.cycleId}/grades`));
    expect(g).toMatchObject({ forced: true, fixed: false });
    const out1Rows = g.rows.filter((r: { teamId: string }) => r.teamId === out1);
    expect(
      out1Rows.map((r: { scoreGrade: string; grade: string; adjusted: boolean; teamRank: number }) => [
        r.teamRank,
        r.scoreGrade,
        r.grade,
        r.adjusted,
      ]),
    ).toEqual([
      [1, 'S', 'S', false],
      [2, 'S', 'A', true],
      [3, 'S', 'A', true],
      [4, 'A', 'B', true],
      [5, 'B', 'C', true],
      [6, 'C', 'C', false],
    ]);
    const d = ok(await hr.get(`/api/appraisal/cycles/${pool.cycleId}/distribution`));
    expect(d.teams.find((x: { teamId: string }) => x.teamId === out1)).toMatchObject({
      size: 6,
      forcedApplied: true,
      counts: { S: 1, A: 2, B: 1, C: 2, D: 0 },
    });
    expect(d.teams.find((x: { teamId: string }) => x.teamId === out2)).toMatchObject({
      counts: { S: 0, A: 0, B: 5, C: 1, D: 0 },
    });
    expect(d.center).toEqual({ size: 12, ungraded: 0, counts: { S: 1, A: 2, B: 6, C: 3, D: 0 } });
    // Out of sight: the CS1 lead and center manager see none of the outbound teams.
    for (const c of [lead, manager, agent]) {
      expect(ok(await c.get(`/api/appraisal/cycles/${pool.cycleId}/grades`)).rows).toEqual([]);
      expect(ok(await c.get(`/api/appraisal/cycles/${pool.cycleId}/distribution`)).center.size).toBe(0);
    }
    await advanceTo(hr, pool.cycleId, 'final');
    expect(ok(await hr.get(`/api/appraisal/cycles/${pool.cycleId}/grades`)).fixed).toBe(true);
    expect(await countRows(db(), 'appraisal_grades')).toBe(12);
  });

  it('exports the pool payroll with team totals equal to the pools, and freezes the bonus once published', async () => {
    const { rows } = await downloadRows(env, 'hr', `/api/appraisal/cycles/${pool.cycleId}/payroll.xlsx?locale=en-US`);
    const totals = rows.filter((r) => r[5] === 'Team total').map((r) => r[6]);
    expect(totals.sort()).toEqual([10000.01, 3333.33].sort());
    expect(rows.at(-1)).toEqual(['', '', '', '', '', 'Total', 13333.34]);
    await advanceTo(hr, pool.cycleId, 'published');
    expectError(
      await hr.put(`/api/appraisal/cycles/${pool.cycleId}/pools/${pool.teamIds[0]}`, { amountCents: 5 }),
      422,
      'BONUS_CYCLE_PUBLISHED',
    );
  });
});
