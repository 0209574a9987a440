import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { auditOf, countRows, expectError } from '../../../test/helpers.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { appraisalTeam, handPlan } from '../cycles/cycles.testkit.js';
import { okData } from '../plans/plans.testkit.js';

// A sheet against a hand computation through the HTTP API, and the chain of issue 18: a QA
// dispute upheld before the data freeze raises the grade of the draft sheet; after the freeze a
// dispute no longer reaches it. Plan (cycles.testkit.ts): qa 50 (60 → 100), sales 30 (0 → 10,000),
// lead_assessment 20 (manual, max 10); grades S 90, A 80, B 70, C 60.

describe.each(DIALECTS)('appraisal sheets on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let t: Awaited<ReturnType<typeof appraisalTeam>>;
  let versionId: string;
  let formId: string;
  let e78: string;
  let e90: string;
  let cycleId: string;
  let sheetA1: string;
  const sheetOf = async (id: string) => okData(await (await env.as('hr')).get(`/api/appraisal/sheets/${id}`));
  const item = (sheet: any, code: string) => sheet.items.find((i: any) => i.code === code);

  beforeAll(async () => {
    setClock('2026-11-06T02:00:00Z'); // Friday
    t = await appraisalTeam(env, 'S');
    versionId = await handPlan(env, t.teamId, '考核手算方案');
    formId = (await publishedForm(await env.as('qa'))).id;
    const qa = await env.as('qa');
    e78 = await scoreSession(qa, formId, t.a1, '2026-11-06', { greet: 0, need: 2 }); // 78
    e90 = await scoreSession(qa, formId, t.a1, '2026-11-06', { greet: 0 }); // 90
  });
  afterAll(() => setClock());

  it('computes a sheet by hand: qa 84 → 60 points, sales 8,000 → 80, lead N/A re-weighted → 67.5, C', async () => {
    setClock('2026-11-09T02:00:00Z');
    const hr = await env.as('hr');
    const cycle = okData(
      await hr.post('/api/appraisal/cycles', { planVersionId: versionId, periodStart: '2026-11-01' }),
    );
    cycleId = cycle.id;
    expect(cycle).toMatchObject({ status: 'open', periodStart: '2026-11-01', periodEnd: '2026-11-30', sheetCount: 3 });
    expect(cycle.timetable.map((s: any) => s.step)).toEqual([
      'open',
      'frozen',
      'review',
      'confirmation',
      'appeal',
      'final',
      'published',
    ]);
    // 3 working days after 30 November (a Monday): Thursday 3 December.
    expect(cycle.timetable[0]).toMatchObject({ step: 'open', dueOn: '2026-12-03' });
    const put = okData(
      await hr.put(`/api/appraisal/cycles/${cycleId}/external`, {
        code: 'sales',
        rows: [{ employeeNo: await noOf(t.a1), value: 8000 }],
      }),
    );
    expect(put).toEqual({ applied: true, rows: 1, errors: [] });

    const rows = okData(await hr.get(`/api/appraisal/sheets?cycleId=${cycleId}`)) as any[];
    sheetA1 = rows.find((r) => r.employeeId === t.a1).id;
    const sheet = await sheetOf(sheetA1);
    expect(item(sheet, 'qa')).toMatchObject({
      value: 84,
      points: 60,
      weight: 50,
      effectiveWeight: 62.5,
      contribution: 37.5,
    });
    expect(item(sheet, 'qa').evidence).toMatchObject({ kind: 'evaluations', ids: expect.arrayContaining([e78, e90]) });
    expect(item(sheet, 'sales')).toMatchObject({ value: 8000, points: 80, effectiveWeight: 37.5, contribution: 30 });
    expect(item(sheet, 'sales').evidence).toMatchObject({ kind: 'external', source: 'manual' });
    expect(item(sheet, 'lead_assessment')).toMatchObject({ value: null, points: null, effectiveWeight: 0 });
    expect(sheet).toMatchObject({ status: 'draft', total: 67.5, grade: 'C' });
    // What would raise the grade: qa has 62.5 × 40 % = 25 points to gain, sales 37.5 × 20 % = 7.5.
    expect(sheet.gainToNextGrade).toMatchObject({ code: 'qa', gain: 25, nextGrade: 'B', pointsToNextGrade: 2.5 });
  });

  it('a dispute upheld before the freeze raises the draft sheet: qa 89 → 72.5 points, 75.31, C → B, audited', async () => {
    setClock('2026-11-09T03:00:00Z');
    const agent = await t.sign('a1');
    const dispute = okData(
      await agent.post(`/api/quality/evaluations/${e78}/disputes`, {
        scope: 'items',
        reason: '已问候',
        items: [{ itemKey: 'greet', proposedValue: 1, reason: '录音第3秒已问候' }],
      }),
    );
    const lead = await t.sign('lead');
    okData(
      await lead.post(`/api/quality/disputes/${dispute.id}/decision`, {
        items: [{ itemKey: 'greet', outcome: 'change', value: 1, reason: '属实' }],
        note: '复核录音',
      }),
    );
    const sheet = await sheetOf(sheetA1);
    expect(item(sheet, 'qa')).toMatchObject({ value: 89, points: 72.5 });
    expect(sheet).toMatchObject({ total: 75.31, grade: 'B' });
    const audit = (await auditOf(db(), 'appraisal_sheet', sheetA1)).at(-1)!;
    expect(audit).toMatchObject({
      old_value: { total: 67.5, grade: 'C', values: { qa: 84 } },
      new_value: { total: 75.31, grade: 'B', values: { qa: 89 } },
    });
  });

  it('after the freeze a dispute no longer changes the sheet, and the cycle refuses a recompute', async () => {
    setClock('2026-11-10T02:00:00Z');
    const hr = await env.as('hr');
    const cycle = okData(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    okData(await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'frozen', version: cycle.version }));
    const frozen = await sheetOf(sheetA1);
    expect(frozen).toMatchObject({ status: 'frozen', total: 75.31, grade: 'B' });

    const agent = await t.sign('a1');
    const dispute = okData(
      await agent.post(`/api/quality/evaluations/${e90}/disputes`, {
        scope: 'items',
        reason: '已问候',
        items: [{ itemKey: 'greet', proposedValue: 1, reason: '录音中已问候' }],
      }),
    );
    okData(
      await (
        await t.sign('lead')
      ).post(`/api/quality/disputes/${dispute.id}/decision`, {
        items: [{ itemKey: 'greet', outcome: 'change', value: 1, reason: '属实' }],
        note: '复核',
      }),
    );
    const after = await sheetOf(sheetA1);
    expect(after).toMatchObject({ total: 75.31, grade: 'B', version: frozen.version });
    expect(item(after, 'qa').value).toBe(89);
    expectError(await hr.post(`/api/appraisal/cycles/${cycleId}/recompute`), 409, 'CYCLE_FROZEN');
    expectError(
      await hr.put(`/api/appraisal/cycles/${cycleId}/external`, {
        code: 'sales',
        rows: [{ employeeNo: await noOf(t.a1), value: 9999 }],
      }),
      409,
      'CYCLE_FROZEN',
    );
  });

  it('review: the lead enters the manual item within its cap (78.25, B) and comments; the agent confirms', async () => {
    const hr = await env.as('hr');
    const lead = await t.sign('lead');
    let cycle = okData(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    expectError(
      await lead.put(`/api/appraisal/sheets/${sheetA1}/items/lead_assessment`, { value: 9, version: 1 }),
      409,
      'CYCLE_NOT_IN_REVIEW',
    );
    cycle = okData(await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'review', version: cycle.version }));
    let sheet = await sheetOf(sheetA1);
    const entries = await countRows(db(), 'appraisal_manual_entries');
    expectError(
      await lead.put(`/api/appraisal/sheets/${sheetA1}/items/lead_assessment`, { value: 11, version: sheet.version }),
      422,
      'MANUAL_VALUE_OVER_CAP',
      'value',
    );
    expectError(
      await lead.put(`/api/appraisal/sheets/${sheetA1}/items/qa`, { value: 5, version: sheet.version }),
      422,
      'NOT_A_MANUAL_ITEM',
    );
    expect(await countRows(db(), 'appraisal_manual_entries')).toBe(entries);
    expect((await sheetOf(sheetA1)).version).toBe(sheet.version);

    sheet = okData(
      await lead.put(`/api/appraisal/sheets/${sheetA1}/items/lead_assessment`, {
        value: 9,
        comment: '主动补位',
        version: sheet.version,
      }),
    );
    expect(item(sheet, 'lead_assessment')).toMatchObject({
      value: 9,
      points: 90,
      effectiveWeight: 20,
      contribution: 18,
    });
    expect(sheet).toMatchObject({ total: 78.25, grade: 'B' });
    sheet = okData(
      await lead.put(`/api/appraisal/sheets/${sheetA1}/comment`, { comment: '继续保持', version: sheet.version }),
    );
    expect(sheet.leadComment).toBe('继续保持');
    // The lead's own sheet is not theirs to review.
    const own = (okData(await hr.get(`/api/appraisal/sheets?cycleId=${cycleId}&employeeId=${t.lead}`)) as any[])[0];
    expectError(await lead.put(`/api/appraisal/sheets/${own.id}/comment`, { comment: '自评', version: 1 }), 403);

    const agent = await t.sign('a1');
    expectError(
      await agent.post(`/api/appraisal/sheets/${sheetA1}/confirm`, { version: sheet.version }),
      409,
      'CYCLE_NOT_IN_CONFIRMATION',
    );
    okData(await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'confirmation', version: cycle.version }));
    expectError(
      await (await t.sign('a2')).post(`/api/appraisal/sheets/${sheetA1}/confirm`, { version: sheet.version }),
      404,
    );
    expect(okData(await agent.get(`/api/appraisal/sheets/${sheetA1}`)).allowed).toEqual({
      review: false,
      confirm: true,
    });
    sheet = okData(await agent.post(`/api/appraisal/sheets/${sheetA1}/confirm`, { version: sheet.version }));
    expect(sheet).toMatchObject({ status: 'confirmed', total: 78.25 });
    expectError(
      await agent.post(`/api/appraisal/sheets/${sheetA1}/confirm`, { version: sheet.version }),
      409,
      'ALREADY_CONFIRMED',
    );
    // A reminder reaches only those who have not confirmed: the lead and the other agent.
    const a2User = await db()
      .selectFrom('users')
      .select('id')
      .where('employee_id', '=', t.a2)
      .executeTakeFirstOrThrow();
    const before = await countRows(db(), 'notifications');
    expect(okData(await hr.post(`/api/appraisal/cycles/${cycleId}/remind`))).toEqual({
      step: 'confirmation',
      notified: 2,
    });
    expect(await countRows(db(), 'notifications')).toBe(before + 2);
    const told = await db()
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'appraisal_cycle_confirmation')
      .where('user_id', '=', a2User.id)
      .execute();
    expect(told).toHaveLength(2); // when the step began, and the reminder
    expectError(await agent.post(`/api/appraisal/cycles/${cycleId}/remind`), 403);
  });

  const noOf = async (id: string) =>
    (await db().selectFrom('employees').select('employee_no').where('id', '=', id).executeTakeFirstOrThrow())
      .employee_no;
});
