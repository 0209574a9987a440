import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkLine } from '../../../../common/home.js';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { accountFor, employeeIdOf } from '../../../test/helpers.js';
import { identity } from '../../people/identity.service.js';
import { addAgent, addQaWeek, scorecard } from './warnings.testkit.js';

// Declining agents on the home page (issue 26): after a sweep flags one agent of the lead's team
// and one of another team, each lead lists only their own agent's warning, linking to it as the
// sweep's notice does; the first action recorded takes it off the list and reads the notice.
const NOW = '2031-03-12T04:00:00.000Z';
const W = ['2031-02-10', '2031-02-17', '2031-02-24', '2031-03-03'];

const warningsOf = async (c: Client) => {
  const res = await c.get('/api/home/work');
  expect(res.status, res.raw).toBe(200);
  return (res.body.data.items as WorkLine[]).filter((i) => i.kind === 'analyticsWarning');
};

describe.each(DIALECTS)('warnings work on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client, otherLead: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    setClock(NOW);
    lead = await env.as('teamlead');
    const leadTeam = (await identity(db(), await employeeIdOf(db(), 'teamlead')))!.teamId;
    const other = await db()
      .selectFrom('teams')
      .select('id')
      .where('id', '!=', leadTeam)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const card = await scorecard(db());
    const [x, y] = [card.items[0]!, card.items[1]!];
    ids.mine = await addAgent(db(), leadTeam, '首页预警甲');
    ids.theirs = await addAgent(db(), other.id, '首页预警乙');
    ids.otherLead = await addAgent(db(), other.id, '首页预警组长', 'team_lead');
    otherLead = (await accountFor(env, ids.otherLead, ['team_lead'], 'hwwarnlead')).client;
    const falling = [90, 86, 82, 78];
    for (let i = 0; i < 4; i++)
      for (const id of [ids.mine, ids.theirs])
        await addQaWeek(db(), card, id, W[i]!, [falling[i]!, falling[i]!], (s) => ({
          [x.key]: 4 + 4 * i,
          [y.key]: 100 - s - 4 - 4 * i,
        }));
    const swept = await (await env.as('training')).post('/api/analytics/warnings/sweep');
    expect(swept.status, swept.raw).toBe(200);
  }, 60_000);
  afterAll(() => setClock());

  it('lists each lead’s own declining agents and drops one once acted on, with its notice', async () => {
    const mine = (await warningsOf(lead)).filter((i) => i.params.name === '首页预警甲');
    expect(mine.map((i) => [i.menu, i.due, i.params.metric])).toEqual([['analytics-warnings', null, 'QA']]);
    const id = mine[0].key.split(':')[1];
    expect(mine[0].link).toBe(`/analytics/warnings?warning=${id}`);
    expect((await warningsOf(lead)).some((i) => i.params.name === '首页预警乙')).toBe(false);
    expect((await warningsOf(otherLead)).map((i) => i.params.name)).toEqual(['首页预警乙']);
    const unread = () =>
      db()
        .selectFrom('notifications')
        .select('id')
        .where('link', '=', mine[0].link)
        .where('read_at', 'is', null)
        .execute();
    expect(await unread()).toHaveLength(1);

    const acted = await lead.post(`/api/analytics/warnings/${id}/actions`, { kind: 'coaching', note: '一对一辅导' });
    expect(acted.status, acted.raw).toBe(200);
    expect((await warningsOf(lead)).map((i) => i.key)).not.toContain(mine[0].key);
    expect(await unread()).toEqual([]);
  });
});
