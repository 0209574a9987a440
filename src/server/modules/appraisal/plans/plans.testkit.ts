import { expect } from 'vitest';
import type { PlanContentShape } from '../../../../common/appraisal-plans.js';
import type { Client, Res } from '../../../test/harness.js';
import { PLAN } from '../scoring/scoring.testkit.js';

// Helpers for the plans' HTTP tests (and the other appraisal parts' tests that need a published plan).

export function okData<T = any>(res: Res): T {
  expect(res.status, res.raw.slice(0, 400)).toBe(200);
  expect(res.body.success).toBe(true);
  return res.body.data as T;
}

/** A valid plan content (the SPEC defaults) covering these teams, inbound unless said. */
export const contentFor = (
  name: string,
  teams: { teamId: string; positionType?: 'inbound' | 'outbound' }[],
): PlanContentShape => ({
  ...structuredClone(PLAN),
  name,
  teams: teams.map((t) => ({ teamId: t.teamId, positionType: t.positionType ?? 'inbound' })),
});

/** A team of its own in a department (by id), so a test's plans do not meet the demo's. */
export async function newTeam(admin: Client, departmentId: string, code: string) {
  return okData<{ id: string }>(await admin.post('/api/teams', { departmentId, code, name: `考核测试${code}` })).id;
}

/** Creates and publishes a plan over these teams; returns its detail. */
export async function publishedPlan(client: Client, name: string, teamIds: string[]) {
  const made = okData(
    await client.post('/api/appraisal/plans', {
      name,
      content: contentFor(
        name,
        teamIds.map((teamId) => ({ teamId })),
      ),
    }),
  );
  return okData(await client.post(`/api/appraisal/plans/${made.id}/publish`, { revision: made.revision }));
}
