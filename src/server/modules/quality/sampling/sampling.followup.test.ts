import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { scoreSession } from '../feedback/feedback.testkit.js';
import { okData, publishedForm } from '../forms/forms.testkit.js';
import { addWeek, operatingAgents, WEEK } from './sampling.testkit.js';

// SPEC §8 "an agent with a problem is monitored again until it is solved": an agent with a
// follow-up open in the week (part D's agentsUnderFollowUp) is sampled at
// quality.sampling.followUpPercent instead of the share, and the sample says why; once a later
// evaluation shows the problem solved before the week, the agent is back at the share.

const share = (percent: number, n: number) => Math.ceil((percent * n) / 100 - 1e-9);

describe.each(DIALECTS)('sampling agents under follow-up on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let followed: string;
  let solved: string;
  let control: string;

  beforeAll(async () => {
    // Three regular agents of one department without change events, 100 interactions each.
    const agents = (await operatingAgents(db()))
      .filter((a) => a.status === 'regular' && a.department === 'CS1')
      .slice(0, 3);
    [followed, solved, control] = agents.map((a) => a.id);
    await addWeek(db(), agents, () => 100);
    const qa = await env.as('qa');
    const formId = (await publishedForm(qa)).id;
    // A failed item opens a follow-up (the score, 90, stays above the poor-score mark).
    await scoreSession(qa, formId, followed, '2026-11-13', { greet: 0 });
    await scoreSession(qa, formId, solved, '2026-11-12', { greet: 0 });
    await scoreSession(qa, formId, solved, '2026-11-13', {}); // greet passed: that follow-up is closed before the week
    await scoreSession(qa, formId, control, '2026-11-13', {});
    okData(
      await (
        await env.as('admin')
      ).put('/api/settings/quality.sampling.followUpPercent', { value: 12, reason: '跟踪期加抽' }),
    );
  });

  it('raises the rate for an agent under follow-up, explains it, and leaves the others at the share', async () => {
    const open = await db()
      .selectFrom('qa_followups')
      .select(['agent_id', 'status'])
      .where('agent_id', 'in', [followed, solved])
      .execute();
    expect(open.map((f) => `${f.agent_id === followed ? 'followed' : 'solved'}:${f.status}`).sort()).toEqual([
      'followed:open',
      'solved:closed',
    ]);
    const percent = 12; // the setting, changed from its default above

    const draw = okData(await (await env.as('manager')).post('/api/quality/draws', { weekStart: WEEK, seed: 4242 }));
    const samples = await db()
      .selectFrom('qa_samples')
      .select(['agent_id', 'reason', 'why'])
      .where('draw_id', '=', draw.id)
      .execute();
    const of = (agentId: string) => samples.filter((s) => s.agent_id === agentId);

    expect(of(followed)).toHaveLength(share(percent, 100));
    for (const s of of(followed)) {
      expect(JSON.parse(s.reason)).toMatchObject({ kind: 'follow_up', percent, volume: 100 });
      expect(s.why).toMatch(
        new RegExp(`^problem under follow-up: raised to ${percent}% of 100, hour band \\d+–\\d+, business type `),
      );
    }
    for (const agent of [solved, control]) {
      expect(of(agent)).toHaveLength(share(5, 100));
      expect(new Set(of(agent).map((s) => JSON.parse(s.reason).kind))).toEqual(new Set(['share']));
    }
    expect(draw.byReason.follow_up).toBe(share(percent, 100));
  });
});
