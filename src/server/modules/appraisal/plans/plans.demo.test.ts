import { describe, expect, it } from 'vitest';
import { DEMO_PLAN_NAME, seedAppraisalDemo } from '../../../demo/appraisal.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { okData } from './plans.testkit.js';

// The demo's appraisal plan: the defaults, published, over the agents' teams with their position
// types; loaded once.

describe.each(DIALECTS)('appraisal demo on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('publishes one plan over the agent teams, once', async () => {
    const id = await seedAppraisalDemo(env.handle.db);
    expect(id).toBeTruthy();
    expect(await seedAppraisalDemo(env.handle.db)).toBeNull();

    const agent = await env.as('agent');
    const plan = okData(await agent.get(`/api/appraisal/plans/${id}`));
    expect(plan).toMatchObject({ name: DEMO_PLAN_NAME, publishedVersion: 1, draftVersion: null, teamCount: 7 });
    const content = plan.versions[0].content;
    const types = await env.handle.db
      .selectFrom('teams')
      .select(['id', 'code'])
      .execute()
      .then((rows) => new Map(rows.map((r) => [r.id, r.code])));
    expect(Object.fromEntries(content.teams.map((t: any) => [types.get(t.teamId), t.positionType]))).toMatchObject({
      'CS1-1': 'inbound',
      'OUT-1': 'outbound',
      'CMP-1': 'non_voice',
    });
    // The agent's own team is covered.
    expect(content.teams.some((t: any) => t.teamId === agent.me.teamId)).toBe(true);
  });
});
