import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { templateCsv, upload, useTempImportDir, waitForImport } from '../../interactions/test-kit.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { appraisalTeam } from '../cycles/cycles.testkit.js';
import { auditOf, expectError } from '../../../test/helpers.js';
import { okData } from '../plans/plans.testkit.js';
import { PLAN } from '../scoring/scoring.testkit.js';
import { gatherValues } from './gather.js';

useTempImportDir();

// A team lead is appraised on the team's results, by hand. November 2026:
//   甲: 3 answered calls, talk+hold+wrap 150, 240, 360 s, FCR yes/no/yes, CSAT 5, 3, 4; QA 78 and 90
//   乙: 1 answered call, 60 s, FCR yes, CSAT 2; QA 90
//   the lead: 1 call of 1,000 s, FCR no, CSAT 1 — not the team's (left out)
// Team: AHT 810 / 4 = 202.5 s (not the members' mean 155), FCR 3 / 4 = 75 %, CSAT 2 of 4 ≥ 4 = 50 %,
// QA (78 + 90 + 90) / 3 = 86 (not the mean of means 87), accuracy 100 %.
// Lead set: fcr 30 (50 → 85) → 71.43, aht 20 (600 → 300) → 100, csat 20 (60 → 95) → 0,
// qa 20 (60 → 100) → 65, lead_assessment 10 (manual, N/A until review: its weight re-spread) →
// total (71.43 × 30 + 100 × 20 + 0 × 20 + 65 × 20) / 90 = 60.48 → C.
// 甲's own sheet (fcr 40, aht 30, csat 30) stays 66.67 / 250 / 66.67 → 54.77, D.
describe.each(DIALECTS)('a team lead appraised on the team on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let t: Awaited<ReturnType<typeof appraisalTeam>>;
  let cycleId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    setClock('2026-11-06T02:00:00Z');
    t = await appraisalTeam(env, 'T');
    const db = env.handle.db;
    const no = async (id: string) =>
      (await db.selectFrom('employees').select('employee_no').where('id', '=', id).executeTakeFirstOrThrow())
        .employee_no;
    const call = async (n: number, who: string, r: Record<string, string | number>) => ({
      interactionId: `TL-${n}`,
      agent: await no(who),
      startedAt: '2026-11-05 10:00:00',
      direction: '呼入',
      channel: '语音',
      businessType: '信用卡',
      answered: '是',
      ...r,
    });
    const rows = [
      await call(1, t.a1, { talkSeconds: 100, holdSeconds: 20, wrapSeconds: 30, fcr: '是', csat: 5 }),
      await call(2, t.a1, { talkSeconds: 200, holdSeconds: 0, wrapSeconds: 40, fcr: '否', csat: 3 }),
      await call(3, t.a1, { talkSeconds: 300, holdSeconds: 10, wrapSeconds: 50, fcr: '是', csat: 4 }),
      await call(4, t.a2, { talkSeconds: 50, holdSeconds: 0, wrapSeconds: 10, fcr: '是', csat: 2 }),
      await call(5, t.lead, { talkSeconds: 900, holdSeconds: 50, wrapSeconds: 50, fcr: '否', csat: 1 }),
    ];
    const admin = await env.as('admin');
    const started = await upload(admin, templateCsv(rows), 'template');
    expect(started.status, started.raw).toBe(202);
    expect((await waitForImport(admin, started.body.data.id)).accepted).toBe(5);

    const qa = await env.as('qa');
    const formId = (await publishedForm(qa)).id;
    ids.push(await scoreSession(qa, formId, t.a1, '2026-11-06', { greet: 0, need: 2 })); // 78
    ids.push(await scoreSession(qa, formId, t.a1, '2026-11-06', { greet: 0 })); // 90
    ids.push(await scoreSession(qa, formId, t.a2, '2026-11-06', { greet: 0 })); // 90

    setClock('2026-12-01T02:00:00Z');
    const hr = await env.as('hr');
    const content = {
      ...structuredClone(PLAN),
      name: '组长团队指标方案',
      teams: [{ teamId: t.teamId, positionType: 'inbound' }],
      kpiSets: {
        inbound: [
          { code: 'fcr', weight: 40, rule: { kind: 'linear', floor: 50, target: 85 } },
          { code: 'aht', weight: 30, rule: { kind: 'linear', floor: 600, target: 300 } },
          { code: 'csat', weight: 30, rule: { kind: 'linear', floor: 60, target: 95 } },
        ],
        team_lead: [
          { code: 'fcr', weight: 30, rule: { kind: 'linear', floor: 50, target: 85 } },
          { code: 'aht', weight: 20, rule: { kind: 'linear', floor: 600, target: 300 } },
          { code: 'csat', weight: 20, rule: { kind: 'linear', floor: 60, target: 95 } },
          { code: 'qa', weight: 20, rule: { kind: 'linear', floor: 60, target: 100 } },
          { code: 'lead_assessment', weight: 10, rule: { kind: 'manual', max: 10 } },
        ],
      },
    };
    const made = okData(await hr.post('/api/appraisal/plans', { name: content.name, content }));
    const plan = okData(await hr.post(`/api/appraisal/plans/${made.id}/publish`, { revision: made.revision }));
    cycleId = okData(
      await hr.post('/api/appraisal/cycles', { planVersionId: plan.publishedVersionId, periodStart: '2026-11-01' }),
    ).id;
  });
  afterAll(() => setClock());

  const sheetOf = async (employeeId: string) => {
    const hr = await env.as('hr');
    const rows = okData(await hr.get(`/api/appraisal/sheets?cycleId=${cycleId}`)) as any[];
    return okData(await hr.get(`/api/appraisal/sheets/${rows.find((r) => r.employeeId === employeeId).id}`));
  };
  const item = (sheet: any, code: string) => sheet.items.find((i: any) => i.code === code);
  const period = { from: '2026-11-01', to: '2026-11-30' };

  it("scores the lead on the team's weighted aggregates, with evidence pointing at the team", async () => {
    const sheet = await sheetOf(t.lead);
    expect(sheet.positionType).toBe('team_lead');
    const team = { personId: t.lead, teamId: t.teamId, ...period };
    expect(item(sheet, 'fcr')).toMatchObject({
      value: 75,
      points: 71.43,
      source: 'data',
      evidence: { kind: 'interactions', ...team, count: 4 },
    });
    expect(item(sheet, 'aht')).toMatchObject({
      value: 202.5,
      points: 100,
      evidence: { kind: 'interactions', ...team },
    });
    expect(item(sheet, 'csat')).toMatchObject({ value: 50, points: 0, evidence: { kind: 'interactions', ...team } });
    expect(item(sheet, 'qa')).toMatchObject({ value: 86, points: 65, evidence: { kind: 'evaluations', ...team } });
    expect([...item(sheet, 'qa').evidence.ids].sort()).toEqual([...ids].sort());
    expect(item(sheet, 'lead_assessment')).toMatchObject({ value: null, effectiveWeight: 0 });
    expect(sheet).toMatchObject({ total: 60.48, grade: 'C' });
  });

  it("leaves a member's own sheet on the member's own records", async () => {
    const sheet = await sheetOf(t.a1);
    const own = { kind: 'interactions', personId: t.a1, ...period, count: 3 };
    expect(item(sheet, 'fcr')).toMatchObject({ value: 66.67, points: 47.63, evidence: own });
    expect(item(sheet, 'fcr').evidence.teamId).toBeUndefined();
    expect(item(sheet, 'aht')).toMatchObject({ value: 250, points: 100, evidence: own });
    expect(item(sheet, 'csat')).toMatchObject({ value: 66.67, points: 19.06, evidence: own });
    expect(sheet).toMatchObject({ total: 54.77, grade: 'D' });
  });

  it("a recompute of the cycle keeps the lead's team figures", async () => {
    const hr = await env.as('hr');
    const done = okData(await hr.post(`/api/appraisal/cycles/${cycleId}/recompute`, {}));
    expect(done).toBeTruthy();
    expect(await sheetOf(t.lead)).toMatchObject({ total: 60.48, grade: 'C' });
  });

  it("one lead's values alone (a single recompute) read the members too", async () => {
    const values = await gatherValues(env.handle.db, cycleId, [t.lead], period, new Set(['fcr', 'aht', 'qa'] as const));
    expect(values.get(t.lead)).toMatchObject({
      fcr: { value: 75, evidence: { teamId: t.teamId, count: 4 } },
      aht: { value: 202.5 },
      qa: { value: 86 },
    });
  });

  it("a member's QA dispute decided in the open cycle recomputes the lead's draft sheet at once", async () => {
    // Back inside the dispute window of the 78 (scored Friday 6 November); the cycle stays open.
    setClock('2026-11-10T02:00:00Z');
    const agent = await t.sign('a1');
    const dispute = okData(
      await agent.post(`/api/quality/evaluations/${ids[0]}/disputes`, {
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
    setClock('2026-12-01T03:00:00Z');
    // 78 → 88; team QA (88 + 90 + 90) / 3 = 89.33 → 73.33 points;
    // (71.43 × 30 + 100 × 20 + 0 × 20 + 73.33 × 20) / 90 = 62.33
    const sheet = await sheetOf(t.lead);
    expect(item(sheet, 'qa')).toMatchObject({ value: 89.33, points: 73.33 });
    expect(sheet).toMatchObject({ status: 'draft', total: 62.33, grade: 'C' });
    const audit = (await auditOf(env.handle.db, 'appraisal_sheet', sheet.id)).at(-1)!;
    expect(audit).toMatchObject({ old_value: { total: 60.48 }, new_value: { total: 62.33 } });
  });

  it("lead_assessment stays manual: not the lead's own to enter, their manager's", async () => {
    const hr = await env.as('hr');
    let cycle = okData(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    for (const to of ['frozen', 'review'])
      cycle = okData(await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to, version: cycle.version }));
    const own = await sheetOf(t.lead);
    const lead = await t.sign('lead');
    expectError(
      await lead.put(`/api/appraisal/sheets/${own.id}/items/lead_assessment`, { value: 10, version: own.version }),
      403,
    );
    const manager = await env.as('manager');
    const sheet = okData(
      await manager.put(`/api/appraisal/sheets/${own.id}/items/lead_assessment`, { value: 8, version: own.version }),
    );
    // (71.43 × 30 + 100 × 20 + 0 × 20 + 73.33 × 20 + 80 × 10) / 100 = 64.10 (qa after the dispute)
    expect(item(sheet, 'lead_assessment')).toMatchObject({ value: 8, points: 80, effectiveWeight: 10 });
    expect(sheet).toMatchObject({ total: 64.1, grade: 'C' });
  });
});
