import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { useTempImportDir } from '../../interactions/test-kit.js';
import { appraisalTeam } from '../cycles/cycles.testkit.js';
import { okData } from '../plans/plans.testkit.js';
import { importNovemberCalls, novemberCallsCycle } from './inputs.testkit.js';

useTempImportDir();

// fcr, aht and csat of a sheet from imported interactions, against a hand computation: three
// answered calls and one unanswered of agent 甲 in November 2026 —
//   talk+hold+wrap 150, 240, 360 s → AHT 250 s; FCR yes, no, yes → 66.67 %; CSAT 5, 3, 4 → 66.67 %
//   satisfied (≥ 4). Plan: fcr 40 (50 → 85), aht 30 (600 → 300), csat 30 (60 → 95):
//   fcr 100 × 16.67 / 35 = 47.63, aht 100 (clamped), csat 100 × 6.67 / 35 = 19.06,
//   total (47.63 × 40 + 100 × 30 + 19.06 × 30) / 100 = 54.77 → D. Agent 乙 has no data: all N/A.
// The team's lead is on the plan's team_lead set.
describe.each(DIALECTS)('appraisal KPI inputs on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let t: Awaited<ReturnType<typeof appraisalTeam>>;
  let cycleId: string;

  beforeAll(async () => {
    setClock('2026-12-01T02:00:00Z');
    t = await appraisalTeam(env, 'I');
    await importNovemberCalls(env, t.a1, 'API', true);
    cycleId = await novemberCallsCycle(env, t.teamId, '话务指标方案');
  });
  afterAll(() => setClock());

  it('scores fcr, aht and csat from the interactions, each with its evidence', async () => {
    const hr = await env.as('hr');
    const rows = okData(await hr.get(`/api/appraisal/sheets?cycleId=${cycleId}`)) as any[];
    const sheet = okData(await hr.get(`/api/appraisal/sheets/${rows.find((r) => r.employeeId === t.a1).id}`));
    const item = (code: string) => sheet.items.find((i: any) => i.code === code);
    const evidence = (count: number) => ({
      kind: 'interactions',
      personId: t.a1,
      from: '2026-11-01',
      to: '2026-11-30',
      count,
    });
    expect(item('fcr')).toMatchObject({ value: 66.67, points: 47.63, source: 'data', evidence: evidence(3) });
    expect(item('aht')).toMatchObject({ value: 250, points: 100, evidence: evidence(3) });
    expect(item('csat')).toMatchObject({ value: 66.67, points: 19.06, evidence: evidence(3) });
    expect(sheet).toMatchObject({ total: 54.77, grade: 'D' });

    // The team's lead is scored on the plan's team_lead set, the agents on their team's.
    expect(Object.fromEntries(rows.map((r) => [r.employeeId, r.positionType]))).toEqual({
      [t.lead]: 'team_lead',
      [t.a1]: 'inbound',
      [t.a2]: 'inbound',
    });
    const none = okData(await hr.get(`/api/appraisal/sheets/${rows.find((r) => r.employeeId === t.a2).id}`));
    expect(none).toMatchObject({ total: null, grade: null, gainToNextGrade: null });
    expect(none.items.every((i: any) => i.value === null && i.evidence.kind === 'none')).toBe(true);
  });
});
