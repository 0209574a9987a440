import { expect } from 'vitest';
import type { PlanContentShape } from '../../../../common/appraisal-plans.js';
import type { TestEnv } from '../../../test/harness.js';
import { templateCsv, upload, waitForImport } from '../../interactions/test-kit.js';
import { okData } from '../plans/plans.testkit.js';
import { PLAN } from '../scoring/scoring.testkit.js';

// Interactions behind a sheet, for the tests that score fcr, aht and csat: three answered calls of
// a person on 5 November 2026 (talk+hold+wrap 150, 240, 360 s; FCR yes, no, yes; CSAT 5, 3, 4),
// and, when asked, one unanswered — and a plan over a team that scores exactly those three:
// fcr 40 (50 → 85), aht 30 (600 → 300), csat 30 (60 → 95); the team's lead on lead_assessment.

export const callsPlan = (teamId: string, name: string): PlanContentShape => ({
  ...structuredClone(PLAN),
  name,
  teams: [{ teamId, positionType: 'inbound' }],
  kpiSets: {
    inbound: [
      { code: 'fcr', weight: 40, rule: { kind: 'linear', floor: 50, target: 85 } },
      { code: 'aht', weight: 30, rule: { kind: 'linear', floor: 600, target: 300 } },
      { code: 'csat', weight: 30, rule: { kind: 'linear', floor: 60, target: 95 } },
    ],
    team_lead: [{ code: 'lead_assessment', weight: 100, rule: { kind: 'manual', max: 10 } }],
  },
});

/** Imports the person's November calls (ids `<prefix>-1…`) through the interactions import. */
export async function importNovemberCalls(env: TestEnv, employeeId: string, prefix: string, unanswered: boolean) {
  const { employee_no: no } = await env.handle.db
    .selectFrom('employees')
    .select('employee_no')
    .where('id', '=', employeeId)
    .executeTakeFirstOrThrow();
  const row = (n: number, r: Record<string, string | number>) => ({
    interactionId: `${prefix}-${n}`,
    agent: no,
    startedAt: '2026-11-05 10:00:00',
    direction: '呼入',
    channel: '语音',
    businessType: '信用卡',
    answered: '是',
    ...r,
  });
  const rows = [
    row(1, { talkSeconds: 100, holdSeconds: 20, wrapSeconds: 30, fcr: '是', csat: 5 }),
    row(2, { talkSeconds: 200, holdSeconds: 0, wrapSeconds: 40, fcr: '否', csat: 3 }),
    row(3, { talkSeconds: 300, holdSeconds: 10, wrapSeconds: 50, fcr: '是', csat: 4 }),
    ...(unanswered ? [row(4, { answered: '否', talkSeconds: 0, holdSeconds: 0, wrapSeconds: 0 })] : []),
  ];
  const admin = await env.as('admin');
  const started = await upload(admin, templateCsv(rows), 'template');
  expect(started.status, started.raw).toBe(202);
  expect((await waitForImport(admin, started.body.data.id)).accepted).toBe(rows.length);
}

/** HR publishes the calls plan over the team and opens its November 2026 cycle; the cycle's id. */
export async function novemberCallsCycle(env: TestEnv, teamId: string, name: string) {
  const hr = await env.as('hr');
  const content = callsPlan(teamId, name);
  const made = okData(await hr.post('/api/appraisal/plans', { name, content }));
  const plan = okData(await hr.post(`/api/appraisal/plans/${made.id}/publish`, { revision: made.revision }));
  return okData(
    await hr.post('/api/appraisal/cycles', { planVersionId: plan.publishedVersionId, periodStart: '2026-11-01' }),
  ).id as string;
}
