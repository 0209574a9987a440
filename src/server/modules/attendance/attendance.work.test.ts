import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { workOf } from '../../test/work-list.js';
import { userIdOf } from '../../test/helpers.js';
import { decide, filed, otherTeam } from './leave/leave.testkit.js';

// Attendance's work on the home page (issue 26) through GET /api/home/work: the lead lists exactly
// the leave of their own team waiting for their step, soonest due first, linking to the approval;
// deciding takes it off the list, the counts and the bell; the person then finds the answer to
// read, until they open it.

const work = (c: Client, kind?: string) => workOf(c, ...(kind ? [kind] : []));

describe.each(DIALECTS)('attendance work on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agent: Client, lead: Client;

  beforeAll(async () => {
    setClock('2026-09-21T02:00:00Z'); // Monday 10:00 in Beijing
    [agent, lead] = await Promise.all(['agent', 'teamlead'].map((u) => env.as(u)));
  }, 60_000);
  afterAll(() => setClock());

  const unread = async (link: string) =>
    (
      await db()
        .selectFrom('notifications')
        .select('id')
        .where('link', '=', link)
        .where('read_at', 'is', null)
        .execute()
    ).length;

  it('lists the team’s leave to decide by start day, and clears it with the notice once decided', async () => {
    const later = await filed(agent, { startDay: '2026-09-24', endDay: '2026-09-24' });
    const sooner = await filed(agent, { startDay: '2026-09-22', endDay: '2026-09-22' });
    const other = await otherTeam(env);
    const hr = await env.as('hr');
    const theirs = await filed(hr, { employeeId: other.personId, startDay: '2026-09-23', endDay: '2026-09-23' });

    const before = await work(lead, 'attendanceLeaveToDecide');
    expect(before.items.map((i) => [i.key, i.due, i.link, i.menu])).toEqual([
      [
        `attendanceLeaveToDecide:${sooner.id}`,
        '2026-09-22',
        `/attendance/leave/approvals?request=${sooner.id}`,
        'attendance-leave-approvals',
      ],
      [
        `attendanceLeaveToDecide:${later.id}`,
        '2026-09-24',
        `/attendance/leave/approvals?request=${later.id}`,
        'attendance-leave-approvals',
      ],
    ]);
    expect(before.counts['attendance-leave-approvals']).toBe(2);
    expect(before.items[0].params).toMatchObject({ days: 1, from: '2026-09-22' });
    // The other team's request is their lead's, not ours.
    expect((await work(other.leadClient, 'attendanceLeaveToDecide')).items.map((i) => i.key)).toEqual([
      `attendanceLeaveToDecide:${theirs.id}`,
    ]);
    // Nobody decides their own leave, and an agent decides none.
    expect((await work(agent, 'attendanceLeaveToDecide')).items).toEqual([]);
    expect(await unread(`/attendance/leave/approvals?request=${sooner.id}`)).toBe(1);

    expect((await decide(lead, sooner.id, 'approve')).status).toBe(200);
    const after = await work(lead, 'attendanceLeaveToDecide');
    expect(after.items.map((i) => i.key)).toEqual([`attendanceLeaveToDecide:${later.id}`]);
    expect(after.counts['attendance-leave-approvals']).toBe(1);
    expect(await unread(`/attendance/leave/approvals?request=${sooner.id}`)).toBe(0);
    expect(await unread(`/attendance/leave/approvals?request=${later.id}`)).toBe(1);

    // The person has the answer to read; opening the request reads it.
    const answer = await work(agent, 'attendanceLeaveApproved');
    expect(answer.items.map((i) => [i.key, i.link, i.menu])).toEqual([
      [`attendanceLeaveApproved:${sooner.id}`, `/attendance/leave?request=${sooner.id}`, 'attendance-leave'],
    ]);
    expect((await agent.get(`/api/attendance/leave/requests/${sooner.id}`)).status).toBe(200);
    expect((await work(agent, 'attendanceLeaveApproved')).items).toEqual([]);
    const agentUser = await userIdOf(db(), 'agent');
    const left = await db()
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', agentUser)
      .where('link', '=', `/attendance/leave?request=${sooner.id}`)
      .where('read_at', 'is', null)
      .execute();
    expect(left).toEqual([]);
  });
});
