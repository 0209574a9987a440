import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { countRows, dbFingerprint, expectError } from '../../../test/helpers.js';
import ExcelJS from 'exceljs';
import { multipart } from '../../exams/shared/exams.testkit.js';
import { okData } from '../plans/plans.testkit.js';
import { appraisalTeam, HAND_PLAN, handPlan } from './cycles.testkit.js';

// Cycles (SPEC §9): made only from a published plan for a period aligned to its kind, once per
// plan and period; steps one at a time by appraisal.cycles; bad input changes nothing. Sheets are
// seen per role: the agent their own, the lead their team, the center manager their department,
// HR all — each limit tried by crossing it.

describe.each(DIALECTS)('appraisal cycles on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let t: Awaited<ReturnType<typeof appraisalTeam>>;
  let versionId: string;
  let cycleId: string;

  beforeAll(async () => {
    setClock('2026-11-16T02:00:00Z');
    t = await appraisalTeam(env, 'C');
    versionId = await handPlan(env, t.teamId, '考核周期方案');
  });
  afterAll(() => setClock());

  it('refuses a draft plan, a misaligned period and a second cycle for a period; writes nothing', async () => {
    const hr = await env.as('hr');
    const draft = okData(
      await hr.post('/api/appraisal/plans', { name: '草稿方案', content: HAND_PLAN(t.teamId, '草稿方案') }),
    );
    const before = await dbFingerprint(db());
    expectError(
      await hr.post('/api/appraisal/cycles', { planVersionId: draft.versions[0].id, periodStart: '2026-11-01' }),
      422,
      'PLAN_NOT_PUBLISHED',
    );
    expectError(
      await hr.post('/api/appraisal/cycles', { planVersionId: versionId, periodStart: '2026-11-02' }),
      422,
      'PERIOD_MISALIGNED',
      'periodStart',
    );
    expectError(await hr.post('/api/appraisal/cycles', { planVersionId: 'nope', periodStart: '2026-11-01' }), 404);
    expectError(await hr.post('/api/appraisal/cycles', { planVersionId: versionId, periodStart: '2026-13-01' }), 400);
    expectError(
      await (
        await t.sign('lead')
      ).post('/api/appraisal/cycles', { planVersionId: versionId, periodStart: '2026-11-01' }),
      403,
    );
    expect(await dbFingerprint(db())).toEqual(before);

    cycleId = okData(
      await hr.post('/api/appraisal/cycles', { planVersionId: versionId, periodStart: '2026-11-01' }),
    ).id;
    const cycles = await countRows(db(), 'appraisal_cycles');
    expectError(
      await hr.post('/api/appraisal/cycles', { planVersionId: versionId, periodStart: '2026-11-01' }),
      409,
      'CYCLE_EXISTS',
    );
    expect(await countRows(db(), 'appraisal_cycles')).toBe(cycles);
  });

  it('moves one step at a time, with the version seen; out of order or stale → 409, nothing changed', async () => {
    const hr = await env.as('hr');
    const cycle = okData(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    expect(cycle.allowed).toEqual({ advanceTo: 'frozen', recompute: true, enterExternal: true });
    const before = await dbFingerprint(db());
    expectError(
      await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'review', version: cycle.version }),
      409,
      'CYCLE_STEP_ORDER',
      'to',
    );
    expectError(
      await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'frozen', version: cycle.version + 1 }),
      409,
      'VERSION_CONFLICT',
    );
    expectError(
      await (
        await t.sign('lead')
      ).post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'frozen', version: cycle.version }),
      403,
    );
    expect(await dbFingerprint(db())).toEqual(before);
    const frozen = okData(
      await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, {
        to: 'frozen',
        version: cycle.version,
        note: '按期冻结',
      }),
    );
    expect(frozen).toMatchObject({ status: 'frozen', allowed: { advanceTo: 'review', recompute: false } });
    expect(frozen.history.map((h: any) => h.step)).toEqual(['open', 'frozen']);
    const review = okData(
      await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'review', version: frozen.version }),
    );
    // The team lead hears that the review has begun, with its due day.
    const notices = await db()
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.params'])
      .where('u.employee_id', '=', t.lead)
      .where('n.kind', '=', 'appraisal_cycle_review')
      .execute();
    expect(notices.map((n) => JSON.parse(n.params))).toContainEqual(
      expect.objectContaining({ dueOn: review.timetable[2].dueOn }),
    );
  });

  it('refuses sales rows with errors all together, naming each row, writing none', async () => {
    const hr = await env.as('hr');
    const other = okData(
      await hr.post('/api/appraisal/cycles', { planVersionId: versionId, periodStart: '2026-10-01' }),
    );
    const no = async (id: string) =>
      (await db().selectFrom('employees').select('employee_no').where('id', '=', id).executeTakeFirstOrThrow())
        .employee_no;
    const before = await countRows(db(), 'appraisal_external_values');
    const res = okData(
      await hr.put(`/api/appraisal/cycles/${other.id}/external`, {
        code: 'sales',
        rows: [
          { employeeNo: await no(t.a1), value: 5000 },
          { employeeNo: 'NOBODY', value: 1 },
          { employeeNo: await no(t.a1), value: 2 },
        ],
      }),
    );
    expect(res).toEqual({
      applied: false,
      rows: 3,
      errors: [
        { row: 2, field: 'employeeNo', code: 'UNKNOWN_EMPLOYEE', value: 'NOBODY' },
        { row: 3, field: 'employeeNo', code: 'DUPLICATE', value: await no(t.a1) },
      ],
    });
    expect(await countRows(db(), 'appraisal_external_values')).toBe(before);
    expectError(
      await hr.put(`/api/appraisal/cycles/${other.id}/external`, {
        code: 'qa',
        rows: [{ employeeNo: await no(t.a1), value: 1 }],
      }),
      422,
      'NOT_AN_EXTERNAL_KPI',
    );
    // An amount keeps every digit on both engines (double precision, not PostgreSQL's 6-digit real).
    okData(
      await hr.put(`/api/appraisal/cycles/${other.id}/external`, {
        code: 'sales',
        rows: [{ employeeNo: await no(t.lead), value: 1234567.89 }],
      }),
    );
    const kept = (okData(await hr.get(`/api/appraisal/cycles/${other.id}/external`)) as any[]).find(
      (v) => v.employeeId === t.lead,
    );
    expect(kept.value).toBe(1234567.89);
  });

  it('imports sales from an .xlsx all or nothing, naming each bad line; a good file feeds the draft sheets', async () => {
    const hr = await env.as('hr');
    const cycle = okData(await hr.get('/api/appraisal/cycles?status=open')).find(
      (c: any) => c.periodStart === '2026-10-01',
    );
    const no = async (id: string) =>
      (await db().selectFrom('employees').select('employee_no').where('id', '=', id).executeTakeFirstOrThrow())
        .employee_no;
    const book = async (rows: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('销售额');
      ws.addRow(['工号', '销售额']);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const send = async (file: Buffer) => {
      const { payload, headers } = multipart('sales.xlsx', file);
      return hr.raw({ method: 'POST', url: `/api/appraisal/cycles/${cycle.id}/external/import`, payload, headers });
    };
    const before = await countRows(db(), 'appraisal_external_values');
    const bad = okData(await send(await book([[await no(t.a1), 6000], [], [await no(t.a2), 'abc']])));
    expect(bad).toEqual({
      applied: false,
      rows: 2,
      errors: [{ row: 4, field: 'value', code: 'NOT_A_NUMBER', value: 'abc' }],
    });
    expect(await countRows(db(), 'appraisal_external_values')).toBe(before);
    expectError(await send(Buffer.from('not a workbook')), 400);

    expect(
      okData(
        await send(
          await book([
            [await no(t.a1), 6000],
            [await no(t.a2), '7,500'],
          ]),
        ),
      ),
    ).toMatchObject({
      applied: true,
      rows: 2,
    });
    const values = okData(await hr.get(`/api/appraisal/cycles/${cycle.id}/external`)) as any[];
    expect(
      values
        .filter((v) => v.employeeId !== t.lead)
        .map((v) => [v.employeeId, v.value, v.source, v.fileName])
        .sort(),
    ).toEqual(
      [
        [t.a1, 6000, 'import', 'sales.xlsx'],
        [t.a2, 7500, 'import', 'sales.xlsx'],
      ].sort(),
    );
    const sheet = (okData(await hr.get(`/api/appraisal/sheets?cycleId=${cycle.id}&employeeId=${t.a2}`)) as any[])[0];
    const detail = okData(await hr.get(`/api/appraisal/sheets/${sheet.id}`));
    expect(detail.items.find((i: any) => i.code === 'sales')).toMatchObject({
      value: 7500,
      points: 75,
      source: 'import',
    });
  });

  it('shows each role only the sheets it may see', async () => {
    const ids = async (username: string | 'a1' | 'lead', query = `cycleId=${cycleId}`) => {
      const c = username === 'a1' || username === 'lead' ? await t.sign(username) : await env.as(username);
      return (okData(await c.get(`/api/appraisal/sheets?${query}`)) as any[]).map((s) => s.employeeId).sort();
    };
    const team = [t.lead, t.a1, t.a2].sort();
    expect(await ids('a1')).toEqual([t.a1]);
    expect(await ids('lead')).toEqual(team);
    expect(await ids('manager')).toEqual(team); // CS1's center manager
    expect(await ids('hr')).toEqual(team);
    expect(await ids('teamlead')).toEqual([]); // another team's lead
    expect(await ids('agent')).toEqual([]);
    // Asking for someone else by name does not widen the scope.
    expect(await ids('a1', `cycleId=${cycleId}&employeeId=${t.a2}`)).toEqual([]);

    const sheets = okData(await (await env.as('hr')).get(`/api/appraisal/sheets?cycleId=${cycleId}`)) as any[];
    const a2Sheet = sheets.find((s) => s.employeeId === t.a2).id;
    expectError(await (await t.sign('a1')).get(`/api/appraisal/sheets/${a2Sheet}`), 404);
    expectError(await (await env.as('teamlead')).get(`/api/appraisal/sheets/${a2Sheet}`), 404);
    expectError(
      await (await env.as('teamlead')).put(`/api/appraisal/sheets/${a2Sheet}/comment`, { comment: '越权', version: 1 }),
      404,
    );
    okData(await (await env.as('manager')).get(`/api/appraisal/sheets/${a2Sheet}`));
    // The grade counts of a cycle count only the sheets the reader sees.
    const seen = okData(await (await t.sign('a1')).get(`/api/appraisal/cycles/${cycleId}`));
    expect(Object.values(seen.gradeCounts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
  });
});
