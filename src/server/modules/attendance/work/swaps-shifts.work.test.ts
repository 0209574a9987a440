import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { workOf } from '../../../test/work-list.js';
import { addRoster, addShifts, swapPeople } from '../swaps/swaps.testkit.js';

// Swaps and shifts on the home page (issue 26) through GET /api/home/work: the agent sees today's
// and tomorrow's shifts; the colleague asked to swap answers it (due the swap's first day), then
// the lead of the team approves it — another lead never sees it — and each step takes the item
// off its list and reads the notice that pointed at it.

const itemsOf = async (c: Client, kind: string) => (await workOf(c, kind)).items;

describe.each(DIALECTS)('swap and shift work on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let w: Awaited<ReturnType<typeof swapPeople>>;

  beforeAll(async () => {
    setClock('2027-03-09T02:00:00Z'); // Tuesday 10:00 in Beijing
    w = await swapPeople(env, 'hw');
    const shifts = await addShifts(w.admin, 'HW');
    await addRoster(w.lead, w.teamId, '2027-03', shifts, [
      [w.agentId, '2027-03-09', 'E'],
      [w.agentId, '2027-03-10', 'L'],
      [w.agentId, '2027-03-11', 'E'],
      [w.agentId, '2027-03-12', 'E'],
      [w.mateId, '2027-03-11', 'L'],
    ]);
  }, 120_000);
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

  it('shows the agent today’s and tomorrow’s shifts on their schedule', async () => {
    const shifts = await itemsOf(w.agent, 'attendanceShift');
    expect(shifts.map((i) => [i.due, i.params.start, i.params.end, i.menu])).toEqual([
      ['2027-03-09', '08:00', '16:00', 'attendance-my-schedule'],
      ['2027-03-10', '14:00', '22:00', 'attendance-my-schedule'],
    ]);
  });

  it('asks the colleague, then the team’s lead, each until they have acted', async () => {
    const made = await w.agent.post('/api/attendance/swaps', {
      colleagueId: w.mateId,
      requesterDay: '2027-03-11',
      colleagueDay: '2027-03-11',
      reason: '孩子开家长会',
    });
    expect(made.status, made.raw).toBe(200);
    const id = made.body.data.id as string;
    const link = `/attendance/swaps?swap=${id}`;
    const asked = await itemsOf(w.mate, 'attendanceSwapToAnswer');
    expect(asked.map((i) => [i.key, i.due, i.link, i.menu])).toEqual([
      [`attendanceSwapToAnswer:${id}`, '2027-03-11', link, 'attendance-swaps'],
    ]);
    expect(await itemsOf(w.lead, 'attendanceSwapToApprove')).toEqual([]);
    expect(await unread(link)).toBe(1);

    expect((await w.mate.post(`/api/attendance/swaps/${id}/accept`, { version: 1 })).status).toBe(200);
    expect(await itemsOf(w.mate, 'attendanceSwapToAnswer')).toEqual([]);
    const toApprove = await itemsOf(w.lead, 'attendanceSwapToApprove');
    expect(toApprove.map((i) => [i.key, i.due, i.link])).toEqual([
      [`attendanceSwapToApprove:${id}`, '2027-03-11', link],
    ]);
    expect(await itemsOf(w.otherLead, 'attendanceSwapToApprove')).toEqual([]);

    const approved = await w.lead.post(`/api/attendance/swaps/${id}/approve`, { version: 2 });
    expect(approved.status, approved.raw).toBe(200);
    expect(await itemsOf(w.lead, 'attendanceSwapToApprove')).toEqual([]);
    // The lead's notice is read; the decision's notices to the two people are new.
    const leadUser = await db()
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'teamlead')
      .executeTakeFirstOrThrow();
    const leadUnread = await db()
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', leadUser.id)
      .where('link', '=', link)
      .where('read_at', 'is', null)
      .execute();
    expect(leadUnread).toEqual([]);
  });
});
