import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError, idsInTeams, teamIdOf } from '../../../test/helpers.js';
import { applyFinalResult } from '../evaluations/evaluations.service.js';
import { answers, okData, publishedForm } from '../forms/forms.testkit.js';

// Agent QA scores with their margin of error (issue 7 item 10), through HTTP. Hand-computed:
// final scores 80, 84, 88 → mean 84, SD 4, t(0.975, 2) = 4.302653, half width 4.302653·4/√3 =
// 9.94 → "84 ± 9.9 (n=3)". After a dispute raises the 80 to 96: 96, 84, 88 → mean 89.33,
// SD 6.110, half width 15.18 (the upper bound 104.5 is shown as 100: a mean cannot pass it).
describe.each(DIALECTS)('quality agent scores on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let qa: Client;
  let agent: Client;
  let teamlead: Client;
  let ids: { agent: string; mentor: string; otherTeam: string; team: string };
  let first: string;
  const range = 'from=2026-11-01&to=2026-11-22';

  beforeAll(async () => {
    qa = await env.as('qa');
    agent = await env.as('agent');
    teamlead = await env.as('teamlead');
    const formId = (await publishedForm(qa)).id;
    const [otherTeam] = await idsInTeams(db(), ['CS2-1']);
    ids = {
      agent: await employeeIdOf(db(), 'agent'),
      mentor: await employeeIdOf(db(), 'mentor'),
      otherTeam,
      team: await teamIdOf(db(), 'CS1-1'),
    };
    const score = (agentId: string, day: string, over: Record<string, number>) =>
      qa.post('/api/quality/evaluations', {
        formId,
        method: 'side_by_side',
        agentId,
        day,
        answers: answers(over),
        suggestion: { kind: 'retraining' },
      });
    first = okData(await score(ids.agent, '2026-11-03', { need: 4, accurate: 6 })).id;
    okData(await score(ids.agent, '2026-11-10', { need: 4, accurate: 7 }));
    okData(await score(ids.agent, '2026-11-17', { need: 4, accurate: 8 }));
    okData(await score(ids.agent, '2026-10-20', { need: 0 })); // outside the range
    okData(await score(ids.mentor, '2026-11-12', {}));
    okData(await score(ids.otherTeam, '2026-11-12', {}));
  });

  const row = (data: { agents: { agentId: string }[] }, id: string) => data.agents.find((a) => a.agentId === id) as any;

  it('gives n, the mean final score and its 95% t interval, and says when n is too small', async () => {
    const data = okData(await teamlead.get(`/api/quality/agent-scores?${range}&teamId=${ids.team}`));
    expect(data).toMatchObject({ minEvaluations: 5, level: 0.95 });
    expect(row(data, ids.agent)).toMatchObject({
      n: 3,
      mean: 84,
      halfWidth: 9.9,
      low: 74.1,
      high: 93.9,
      enough: false,
    });
    expect(row(data, ids.mentor)).toMatchObject({ n: 1, mean: 100, halfWidth: null, low: null, enough: false });
    // The team view lists everyone in the team, evaluated or not; nobody from another team.
    const team = await db()
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', ids.team)
      .where('status', 'not in', ['resigned', 'dismissed', 'eliminated'])
      .execute();
    expect(data.agents.map((a: { agentId: string }) => a.agentId).sort()).toEqual(team.map((t) => t.id).sort());
    expect(
      data.agents
        .filter((a: { n: number }) => a.n === 0)
        .every((a: { mean: unknown; enough: boolean }) => a.mean === null && !a.enough),
    ).toBe(true);
  });

  it('uses the final score after a dispute, never the original', async () => {
    const supervisor = { userId: teamlead.me.id ?? teamlead.me.userId, name: 'teamlead' };
    await db()
      .transaction()
      .execute((trx) => applyFinalResult(trx, first, { accurate: { value: 10 } }, supervisor, '申诉改判'));
    const data = okData(await agent.get(`/api/quality/agent-scores?${range}`));
    expect(row(data, ids.agent)).toMatchObject({ n: 3, mean: 89.3, halfWidth: 15.2, low: 74.2, high: 100 });
  });

  it('follows the minimum-evaluations setting', async () => {
    const admin = await env.as('admin');
    okData(await admin.put('/api/settings/quality.agentScore.minEvaluations', { value: 3, reason: '小组试行' }));
    expect(row(okData(await agent.get(`/api/quality/agent-scores?${range}`)), ids.agent).enough).toBe(true);
    okData(await admin.put('/api/settings/quality.agentScore.minEvaluations', { value: 5, reason: '恢复' }));
  });

  it('shows an agent only their own score and a team lead only their team', async () => {
    const mine = okData(await agent.get(`/api/quality/agent-scores?${range}`));
    expect(mine.agents.map((a: { agentId: string }) => a.agentId)).toEqual([ids.agent]);
    expectError(await agent.get(`/api/quality/agent-scores?${range}&agentId=${ids.mentor}`), 404, 'NOT_FOUND');
    expectError(await teamlead.get(`/api/quality/agent-scores?${range}&agentId=${ids.otherTeam}`), 404, 'NOT_FOUND');
    const lead = okData(await teamlead.get(`/api/quality/agent-scores?${range}`));
    expect(lead.agents.map((a: { agentId: string }) => a.agentId)).not.toContain(ids.otherTeam);
    const all = okData(await (await env.as('hr')).get(`/api/quality/agent-scores?${range}`));
    expect(all.agents.map((a: { agentId: string }) => a.agentId)).toContain(ids.otherTeam);
    expectError(
      await agent.get('/api/quality/agent-scores?from=2026-11-22&to=2026-11-01'),
      422,
      'BAD_DATE_RANGE',
      'to',
    );
    expectError(await agent.get(`/api/quality/agent-scores?${range}&agentId=no-such-agent`), 404);
  });
});
