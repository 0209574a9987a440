import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { employeeIdOf } from '../../test/helpers.js';
import { okData } from '../training/shared/training.testkit.js';
import { record } from './discipline.testkit.js';

// The home page's discipline work (issue 26): HR confirms or withdraws each new record and
// answers each appeal; the item opens the record (the link its notices carry) and leaves the
// list, with HR's notices of it read, once HR has decided. Nobody else is asked.

type Line = { key: string; kind: string; menu: string; due: string | null; link: string; params: any };

describe.each(DIALECTS)('discipline work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, lead: Client, agent: Client, manager: Client;

  const lines = async (c: Client, ids: string[]) =>
    ((okData(await c.get('/api/home/work')).items as Line[]) ?? []).filter((l) =>
      ids.some((id) => l.link === `/discipline?record=${id}`),
    );
  const unread = (username: string, link: string) =>
    db()
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('n.kind')
      .where('u.username', '=', username)
      .where('n.link', '=', link)
      .where('n.read_at', 'is', null)
      .execute()
      .then((rows) => rows.map((r) => r.kind));

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z');
    [hr, lead, agent, manager] = await Promise.all(['hr', 'teamlead', 'agent', 'manager'].map((u) => env.as(u)));
  }, 60_000);
  afterAll(() => setClock());

  it('asks HR to decide each record and each appeal, until HR has', async () => {
    const agentId = await employeeIdOf(db(), 'agent');
    const first = okData(await record(lead, { employeeId: agentId })).id;
    const second = okData(await record(lead, { employeeId: agentId, kind: 'lateness' })).id;
    const link = `/discipline?record=${first}`;
    expect(await lines(hr, [first, second])).toEqual(
      expect.arrayContaining([
        {
          key: `disciplineDecide:${first}`,
          kind: 'disciplineDecide',
          menu: 'discipline',
          due: null,
          provisional: false,
          overdueDays: 0,
          link,
          params: { name: agent.me.name, occurredOn: '2026-12-01' },
        },
      ]),
    );
    expect((await lines(hr, [first, second])).length).toBe(2);
    for (const c of [lead, agent, manager]) expect(await lines(c, [first, second])).toEqual([]);
    expect(await unread('hr', link)).toEqual(['discipline_to_decide']);

    // The person appeals: it is HR's appeal to answer now.
    okData(await agent.post(`/api/discipline/records/${first}/response`, { kind: 'appeal', text: '当时客户先辱骂我' }));
    expect((await lines(hr, [first])).map((l) => l.kind)).toEqual(['disciplineAppeal']);
    const before = okData(await hr.get('/api/home/work')).counts.discipline;

    okData(
      await hr.post(`/api/discipline/records/${first}/decision`, {
        decision: 'withdraw',
        reason: '录音显示客户先辱骂',
      }),
    );
    expect(await lines(hr, [first])).toEqual([]);
    expect(okData(await hr.get('/api/home/work')).counts.discipline).toBe(before - 1);
    expect(await unread('hr', link)).toEqual([]);
    expect(await unread('agent', link)).toEqual(['discipline_withdrawn']);
    expect((await lines(hr, [second])).map((l) => l.kind)).toEqual(['disciplineDecide']);
  });
});
