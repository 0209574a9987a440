import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { approvedOvertimeOf } from './overtime.service.js';
import { addRoster, addShifts, noticeKinds, swapPeople } from './swaps.testkit.js';

// Overtime and time off in lieu through the API (issue 19 item 4): asked for before, recorded
// after by a lead; the daily maximum; no overlap with the person's own shift; decided by the lead
// (never by the person, an agent or a lead of another team); approved as time off it becomes a lot
// expiring after the setting's months, as paid it counts for the monthly summary; an expired lot
// is gone from the balance once the clock passes its last day.

describe.each(DIALECTS)('overtime on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let w: Awaited<ReturnType<typeof swapPeople>>;

  beforeAll(async () => {
    setClock('2027-03-01T02:00:00Z'); // Monday 10:00 in Beijing
    w = await swapPeople(env, 'ot');
    const shifts = await addShifts(w.admin, 'OT');
    await addRoster(w.lead, w.teamId, '2027-02', shifts, [[w.agentId, '2027-02-26', 'E']]);
    await addRoster(w.lead, w.teamId, '2027-03', shifts, [[w.agentId, '2027-03-11', 'E']]);
  }, 120_000);
  afterAll(() => setClock());

  const ask = (body: Record<string, unknown>) =>
    w.agent.post('/api/attendance/overtime', {
      day: '2027-03-11',
      startsAt: '18:00',
      endsAt: '21:00',
      reason: '促销活动加班',
      compensation: 'toil',
      ...body,
    });

  it('asks before, refuses overlaps, the daily maximum and overtime already started', async () => {
    expectError(await ask({ startsAt: '15:00', endsAt: '18:00' }), 422, 'OVERTIME_OVERLAPS_SHIFT', 'startsAt');
    expectError(await ask({ startsAt: '17:00', endsAt: '22:00' }), 422, 'OVERTIME_OVER_DAILY_MAX', 'endsAt');
    expectError(await ask({ day: '2027-02-28' }), 422, 'OVERTIME_ALREADY_STARTED', 'startsAt');
    expectError(await ask({ employeeId: w.mateId }), 404, 'NOT_FOUND'); // out of the agent's sight
    expectError(await ask({ recorded: true, day: '2027-02-26', startsAt: '17:00', endsAt: '19:00' }), 403, 'FORBIDDEN');

    const made = await ask({});
    expect(made.status, made.raw).toBe(200);
    expect(await noticeKinds(w.lead)).toContain('attendance_overtime_to_decide');
    expectError(await ask({ startsAt: '20:00', endsAt: '21:00' }), 409, 'OVERTIME_OVERLAP', 'startsAt');
    // 3 hours booked: one more fits the 4-hour day, two do not.
    expectError(await ask({ startsAt: '21:00', endsAt: '23:00' }), 422, 'OVERTIME_OVER_DAILY_MAX');
    const mine = await w.agent.get('/api/attendance/overtime?scope=mine');
    expect(mine.body.data[0]).toMatchObject({
      day: '2027-03-11',
      startTime: '18:00',
      endTime: '21:00',
      hours: 3,
      status: 'pending',
      compensation: 'toil',
      recorded: false,
      canDecide: false,
    });
  });

  it('the lead approves: time off in lieu that expires after three months, gone the day after', async () => {
    const [pending] = (await w.lead.get('/api/attendance/overtime?scope=to_decide')).body.data;
    expect(pending.canDecide).toBe(true);
    const url = `/api/attendance/overtime/${pending.id}/decide`;
    expectError(await w.agent.post(url, { decision: 'approve', version: 1 }), 403, 'FORBIDDEN');
    expectError(await w.otherLead.post(url, { decision: 'approve', version: 1 }), 404, 'NOT_FOUND');
    expectError(await w.lead.post(url, { decision: 'approve', version: 9 }), 409, 'VERSION_CONFLICT');
    const decided = await w.lead.post(url, { decision: 'approve', note: '同意', version: 1 });
    expect(decided.status, decided.raw).toBe(200);
    expect(decided.body.data).toMatchObject({ status: 'approved', toilExpiresOn: '2027-06-11' });
    expectError(await w.lead.post(url, { decision: 'reject', version: 2 }), 409, 'OVERTIME_DECIDED');
    expect(await noticeKinds(w.agent)).toContain('attendance_overtime_approved');

    // Approved ahead of the day, the lot counts from the day it is worked.
    expect((await w.agent.get('/api/attendance/toil')).body.data.hours).toBe(0);
    setClock('2027-03-12T02:00:00Z');
    const toil = await w.agent.get('/api/attendance/toil');
    expect(toil.body.data).toMatchObject({
      hours: 3,
      lots: [{ hours: 3, earnedOn: '2027-03-11', expiresOn: '2027-06-11' }],
    });
    expect((await w.lead.get(`/api/attendance/toil?employeeId=${w.agentId}`)).body.data.hours).toBe(3);
    expectError(await w.otherLead.get(`/api/attendance/toil?employeeId=${w.agentId}`), 404, 'NOT_FOUND');

    setClock('2027-06-11T10:00:00Z'); // the lot's last day
    expect((await w.agent.get('/api/attendance/toil')).body.data.hours).toBe(3);
    setClock('2027-06-12T02:00:00Z');
    expect((await w.agent.get('/api/attendance/toil')).body.data).toMatchObject({ hours: 0, lots: [] });
    setClock('2027-03-01T02:00:00Z');
  });

  it('a lead records overtime worked as paid; the center manager approves it for the summary', async () => {
    const body = {
      employeeId: w.agentId,
      day: '2027-02-26',
      startsAt: '17:00',
      endsAt: '19:30',
      reason: '系统故障后补录',
    };
    expectError(
      await w.lead.post('/api/attendance/overtime', { ...body, recorded: true, day: '2027-03-02' }),
      422,
      'OVERTIME_NOT_ENDED',
      'endsAt',
    );
    const made = await w.lead.post('/api/attendance/overtime', { ...body, recorded: true, compensation: 'paid' });
    expect(made.status, made.raw).toBe(200);
    expect(await noticeKinds(w.agent)).toContain('attendance_overtime_recorded');
    const decided = await w.manager.post(`/api/attendance/overtime/${made.body.data.id}/decide`, {
      decision: 'approve',
      version: 1,
    });
    expect(decided.body.data).toMatchObject({ status: 'approved', compensation: 'paid', hours: 2.5, recorded: true });
    expect(decided.body.data.toilExpiresOn).toBeNull();
    const summary = await approvedOvertimeOf(db(), [w.agentId], '2027-02-01', '2027-02-28');
    expect(summary.map((o) => [o.day, o.hours, o.compensation])).toEqual([['2027-02-26', 2.5, 'paid']]);
    // Still only the March lot as time off.
    setClock('2027-03-12T02:00:00Z');
    expect((await w.agent.get('/api/attendance/toil')).body.data.hours).toBe(3);
  });
});
