import { beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import type { StaffingIntervalData } from '../../../../common/attendance-staffing.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { agentsFor, withShrinkage } from './erlang-c.js';
import { acceptedSwap, addCalls, addRoster, addShift, approvedLeave, schedule, teamOf } from './staffing.testkit.js';

// Staffing through the API (issue 19 item 6): the forecast averages the same weekday of the last
// four weeks and leaves a week without any data out; Erlang C sizes each interval; rostered counts
// the shifts less their breaks and approved leave (a night shift of the day before included); a
// pending leave's impact lowers rostered in its intervals only.

const BUSINESS = '测试业务线';
const DAY = '2025-06-24'; // a Tuesday; today is Friday 2025-06-20 in the center (UTC+8)
const at = (data: { intervals: StaffingIntervalData[] }, start: string) =>
  data.intervals.find((i) => i.start === start)!;

describe.each(DIALECTS)('staffing on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client, lead: Client, agent: Client;
  let teamId: string;
  let people: string[];

  beforeAll(async () => {
    setClock('2025-06-20T02:00:00Z');
    const db = env.handle.db;
    admin = await env.as('admin');
    lead = await env.as('teamlead');
    agent = await env.as('agent');
    // History: the Tuesdays before DAY are 06-17, 06-10, 06-03, 05-27; 06-03 has no data at all.
    await addCalls(db, { day: '2025-06-17', localTime: '09:00', count: 40, business: BUSINESS });
    await addCalls(db, { day: '2025-06-10', localTime: '09:00', count: 20, business: BUSINESS });
    await addCalls(db, {
      day: '2025-06-10',
      localTime: '09:30',
      count: 10,
      business: BUSINESS,
      talk: 290,
      hold: 0,
      wrap: 10,
    });
    await addCalls(db, { day: '2025-05-27', localTime: '09:05', count: 30, business: BUSINESS });
    // A Wednesday's calls are not a Tuesday's history.
    await addCalls(db, { day: '2025-06-18', localTime: '09:00', count: 500, business: BUSINESS });

    ({ teamId, people } = await teamOf(db, 'teamlead', 5));
    const dayShift = await addShift(db, { start: '09:00', end: '18:00', breaks: [['12:00', '13:00']] });
    const nightShift = await addShift(db, { start: '22:00', end: '06:00', breaks: [['02:00', '02:30']] });
    const roster = await addRoster(db, teamId, '2025-06-23');
    const [p1, p2, p3, p4, p5] = people;
    for (const p of [p1, p2, p3, p4])
      await schedule(db, {
        employeeId: p,
        day: DAY,
        rosterId: roster,
        shiftId: dayShift,
        start: '09:00',
        end: '18:00',
      });
    await schedule(db, {
      employeeId: p5,
      day: '2025-06-23',
      rosterId: roster,
      shiftId: nightShift,
      start: '22:00',
      end: '06:00',
    });
    await schedule(db, { employeeId: p5, day: DAY, rosterId: roster, shiftId: null });
    await approvedLeave(db, { employeeId: p3, day: DAY }); // the whole day
    await approvedLeave(db, { employeeId: p4, day: DAY, startHalf: 'am', endHalf: 'am' }); // the morning
  });

  it('forecasts the mean of the same weekday over the weeks that have data', async () => {
    const res = await admin.get(`/api/attendance/staffing/day?day=${DAY}&businessType=${encodeURIComponent(BUSINESS)}`);
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d.forecast.days).toEqual(['2025-06-17', '2025-06-10', '2025-06-03', '2025-05-27']);
    expect(d.forecast.daysWithData).toEqual(['2025-06-17', '2025-06-10', '2025-05-27']);
    expect(d.intervals).toHaveLength(48);
    // (40 + 20 + 30) / 3 days with data — not / 4: the empty week is a missing import, not a quiet day
    expect(at(d, '09:00').contacts).toBe(30);
    expect(at(d, '09:00').ahtSeconds).toBe(180);
    expect(at(d, '09:30').contacts).toBeCloseTo(3.3, 5);
    expect(at(d, '09:30').ahtSeconds).toBe(300);
    expect(at(d, '08:30').contacts).toBe(0);
    expect(at(d, '08:30').required).toBe(0);
    const agents = agentsFor({ contacts: 30, ahtSeconds: 180, intervalSeconds: 1800 }, 0.8, 20);
    expect(at(d, '09:00').agents).toBe(agents);
    expect(at(d, '09:00').required).toBe(withShrinkage(agents, 30));
    expect(d.serviceLevel).toEqual({ percent: 80, seconds: 20 });
    expect(d.shrinkagePercent).toBe(30);
    expect(d.businessTypes).toEqual([BUSINESS]);
  });

  it('sizes the interval by the service-level and shrinkage settings of the moment', async () => {
    const put = async (key: string, value: number) => {
      const res = await admin.put(`/api/settings/attendance.staffing.${key}`, { value, reason: '测试人力设置' });
      expect(res.status, res.raw).toBe(200);
    };
    const nine = async () =>
      at(
        (await admin.get(`/api/attendance/staffing/day?day=${DAY}&businessType=${encodeURIComponent(BUSINESS)}`)).body
          .data,
        '09:00',
      );
    // 30 calls of 180 s in 30 minutes (3 Erlangs): 5 agents for 80% in 20 s, 8 people with 30%.
    expect(await nine()).toMatchObject({ agents: 5, required: 8 });
    try {
      await put('serviceLevelPercent', 95);
      expect(await nine()).toMatchObject({ agents: 7, required: 10 });
      await put('serviceLevelSeconds', 60);
      expect(await nine()).toMatchObject({ agents: 6, required: 9 });
      await put('shrinkagePercent', 50);
      expect(await nine()).toMatchObject({ agents: 6, required: 12 });
      await put('intervalMinutes', 60);
      const hourly = (
        await admin.get(`/api/attendance/staffing/day?day=${DAY}&businessType=${encodeURIComponent(BUSINESS)}`)
      ).body.data;
      expect(hourly.intervals).toHaveLength(24);
      expect(at(hourly, '09:00').contacts).toBe(33.3); // 09:00 and 09:30 in one hour, to a tenth
    } finally {
      await put('intervalMinutes', 30);
      await put('serviceLevelPercent', 80);
      await put('serviceLevelSeconds', 20);
      await put('shrinkagePercent', 30);
    }
    expect(await nine()).toMatchObject({ agents: 5, required: 8 });
  });

  it('counts rostered people less breaks and approved leave, night shifts included', async () => {
    const d = (await admin.get(`/api/attendance/staffing/day?day=${DAY}&teamIds=${teamId}`)).body.data;
    // 4 on the day shift; p3 on leave all day, p4 the morning (the first half of the shift: 09:00–13:30)
    expect(at(d, '09:00').rostered).toBe(2);
    expect(at(d, '11:30').rostered).toBe(2);
    expect(at(d, '12:00').rostered).toBe(0); // everyone's lunch break
    expect(at(d, '13:00').rostered).toBe(2); // p4 still on leave until 13:30
    expect(at(d, '13:30').rostered).toBe(3);
    expect(at(d, '17:30').rostered).toBe(3);
    expect(at(d, '18:00').rostered).toBe(0);
    // p5's night shift of the day before runs to 06:00, with a break 02:00–02:30
    expect(at(d, '01:30').rostered).toBe(1);
    expect(at(d, '02:00').rostered).toBe(0);
    expect(at(d, '05:30').rostered).toBe(1);
    expect(at(d, '06:00').rostered).toBe(0);
    expect(at(d, '09:00').diff).toBe(at(d, '09:00').rostered - at(d, '09:00').required);
  });

  it('limits rostered to the caller scope and refuses those without the permission', async () => {
    const mine = (await lead.get(`/api/attendance/staffing/day?day=${DAY}`)).body.data;
    expect(at(mine, '13:30').rostered).toBe(3);
    expect((await agent.get(`/api/attendance/staffing/day?day=${DAY}`)).status).toBe(403);
    const missing = await admin.get('/api/attendance/staffing/day');
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('day');
  });

  it('shows a pending leave lowering rostered in its intervals only', async () => {
    const p1 = people[0];
    const res = await lead.get(`/api/attendance/staffing/impact?kind=leave&employeeId=${p1}&day=${DAY}&half=pm`);
    expect(res.status).toBe(200);
    const [day] = res.body.data.days;
    expect(day.day).toBe(DAY);
    expect(at(day.before, '09:00').rostered).toBe(2);
    expect(at(day.after, '09:00').rostered).toBe(2); // an afternoon's leave leaves the morning alone
    expect(at(day.before, '14:00').rostered).toBe(3);
    expect(at(day.after, '14:00').rostered).toBe(2);
    expect(at(day.after, '14:00').required).toBe(at(day.before, '14:00').required);
    // 14:00 has no demand: fewer people there is not understaffing
    expect(day.newlyUnder).not.toContain('14:00');

    const full = (await lead.get(`/api/attendance/staffing/impact?kind=leave&employeeId=${p1}&day=${DAY}`)).body.data;
    expect(at(full.days[0].after, '09:00').rostered).toBe(1);
    // 09:00 needs people and was already short: one fewer makes it worse
    expect(full.days[0].newlyUnder).toEqual(expect.arrayContaining(['09:00']));
  });

  it('swaps two entries in memory and keeps people outside the scope out', async () => {
    const [p1, , , , p5] = people;
    const res = await admin.get(`/api/attendance/staffing/impact?kind=swap&a=${p1}:${DAY}&b=${p5}:${DAY}`);
    expect(res.status).toBe(200);
    const [day] = res.body.data.days;
    // p1 takes p5's rest day, p5 p1's day shift: the same count at 09:00
    expect(at(day.after, '09:00').rostered).toBe(at(day.before, '09:00').rostered);

    const stranger = await env.handle.db
      .selectFrom('employees')
      .select('id')
      .where('team_id', '<>', teamId)
      .limit(1)
      .executeTakeFirstOrThrow();
    const out = await lead.get(`/api/attendance/staffing/impact?kind=leave&employeeId=${stranger.id}&day=${DAY}`);
    expect(out.status).toBe(404);
    const noKind = await lead.get(`/api/attendance/staffing/impact?employeeId=${p1}&day=${DAY}`);
    expect(noKind.status).toBe(400);
    expect(noKind.body.field).toBe('kind');
  });

  it('groups a past day again when an import adds calls to it', async () => {
    const url = `/api/attendance/staffing/day?day=${DAY}&businessType=${encodeURIComponent(BUSINESS)}`;
    expect(at((await admin.get(url)).body.data, '09:00').contacts).toBe(30);
    await addCalls(env.handle.db, { day: '2025-06-17', localTime: '09:10', count: 30, business: BUSINESS });
    // (70 + 20 + 30) / 3: the kept volumes of 06-17 no longer match its total, so it is grouped again
    expect(at((await admin.get(url)).body.data, '09:00').contacts).toBe(40);
  });

  it('reads a pending leave request or swap by its id', async () => {
    const db = env.handle.db;
    const [p1, p2] = people;
    const leaveId = await approvedLeave(db, { employeeId: p1, day: DAY, startHalf: 'pm', status: 'pending' });
    const leave = await lead.get(`/api/attendance/staffing/impact?kind=leave&id=${leaveId}`);
    expect(leave.status, leave.raw).toBe(200);
    const [day] = leave.body.data.days;
    expect(at(day.before, '14:00').rostered).toBe(3); // the pending request is not approved leave yet
    expect(at(day.after, '14:00').rostered).toBe(2);
    expect(at(day.after, '09:00').rostered).toBe(2);

    const swapId = await acceptedSwap(db, { employeeId: p2, day: DAY }, { employeeId: people[4], day: '2025-06-23' });
    const swap = await lead.get(`/api/attendance/staffing/impact?kind=swap&id=${swapId}`);
    expect(swap.status, swap.raw).toBe(200);
    expect(swap.body.data.days.map((d: { day: string }) => d.day)).toEqual(['2025-06-23', DAY]);
    const after = swap.body.data.days[1].after;
    // p5's night shift moves to p2 (still counted on the early hours), p2's day shift to p5
    expect(at(after, '01:30').rostered).toBe(1);
    expect(at(after, '13:30').rostered).toBe(3);
    expect((await agent.get(`/api/attendance/staffing/impact?kind=swap&id=${swapId}`)).status).toBe(403);
    expect((await lead.get('/api/attendance/staffing/impact?kind=leave&id=no-such-request')).status).toBe(404);
  });
});
