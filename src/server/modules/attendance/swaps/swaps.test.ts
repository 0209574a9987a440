import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { scheduleOf } from '../rosters/schedule.service.js';
import { addRoster, addShifts, noticeKinds, setSkills, swapPeople } from './swaps.testkit.js';

// Shift swaps through the API (issue 19 item 4): the skill check both ways, the colleague's answer,
// the lead's approval changing the schedule of record, who may not approve (an agent, a lead of
// another team), decline and cancel, stale versions, and the rules checked before anyone is asked.

describe.each(DIALECTS)('shift swaps on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let w: Awaited<ReturnType<typeof swapPeople>>;
  let shifts: Awaited<ReturnType<typeof addShifts>>;

  beforeAll(async () => {
    setClock('2027-03-01T02:00:00Z'); // Monday 10:00 in Beijing
    w = await swapPeople(env, 'sw');
    shifts = await addShifts(w.admin, 'SW');
    await addRoster(w.lead, w.teamId, '2027-03', shifts, [
      [w.agentId, '2027-03-10', 'C'],
      [w.mateId, '2027-03-10', 'E'],
      [w.agentId, '2027-03-11', 'E'],
      [w.mateId, '2027-03-11', 'L'],
      [w.agentId, '2027-03-12', 'E'],
      [w.mateId, '2027-03-12', null],
      [w.agentId, '2027-03-13', null],
      [w.mateId, '2027-03-13', 'E'],
    ]);
    await setSkills(db(), w.agentId, ['信用卡']);
    await setSkills(db(), w.mateId, []);
  }, 120_000);
  afterAll(() => setClock());

  const propose = (body: Record<string, unknown>) =>
    w.agent.post('/api/attendance/swaps', {
      colleagueId: w.mateId,
      requesterDay: '2027-03-10',
      colleagueDay: '2027-03-10',
      reason: '孩子开家长会',
      ...body,
    });

  it('refuses a colleague without the skill of the shift, and says so before sending', async () => {
    const options = await w.agent.get('/api/attendance/swaps/options?requesterDay=2027-03-10');
    expect(options.status, options.raw).toBe(200);
    expect(options.body.data.mine).toEqual([
      { day: '2027-03-10', shiftId: shifts.C, start: '09:00', end: '17:00', skill: '信用卡' },
    ]);
    const mate = options.body.data.colleagues.find((c: { colleagueId: string }) => c.colleagueId === w.mateId);
    expect(mate.problems).toEqual([
      { code: 'SWAP_SKILL_MISSING', employeeId: w.mateId, day: '2027-03-10', skill: '信用卡' },
    ]);
    const res = await propose({});
    expectError(res, 422, 'SWAP_SKILL_MISSING', 'colleagueId');
    expect(res.body.params).toMatchObject({ day: '2027-03-10', skill: '信用卡' });
    expect(await db().selectFrom('attendance_swaps').select('id').execute()).toEqual([]);
  });

  it('with the skill: the colleague accepts, the lead approves, and the schedule shows the exchange', async () => {
    await setSkills(db(), w.mateId, ['信用卡']);
    const made = await propose({});
    expect(made.status, made.raw).toBe(200);
    const id = made.body.data.id as string;
    expect(await noticeKinds(w.mate)).toContain('attendance_swap_proposed');
    expectError(await propose({}), 409, 'SWAP_ALREADY_OPEN');

    // Only the colleague answers; nobody approves before the colleague has accepted.
    expectError(await w.agent.post(`/api/attendance/swaps/${id}/accept`, { version: 1 }), 403, 'FORBIDDEN');
    expectError(await w.lead.post(`/api/attendance/swaps/${id}/approve`, { version: 1 }), 409, 'SWAP_NOT_OPEN');
    const incoming = await w.mate.get('/api/attendance/swaps?scope=to_decide');
    expect(incoming.body.data.map((s: { id: string; can: object }) => [s.id, s.can])).toEqual([
      [id, { accept: true, decline: true, approve: false, cancel: false }],
    ]);
    const accepted = await w.mate.post(`/api/attendance/swaps/${id}/accept`, { version: 1, note: '没问题' });
    expect(accepted.status, accepted.raw).toBe(200);
    expect(accepted.body.data).toMatchObject({ status: 'accepted', version: 2 });
    expect(await noticeKinds(w.lead)).toContain('attendance_swap_to_approve');

    // An agent never approves (no permission); a lead of another team does not see it at all.
    expectError(await w.agent.post(`/api/attendance/swaps/${id}/approve`, { version: 2 }), 403, 'FORBIDDEN');
    expectError(await w.otherLead.post(`/api/attendance/swaps/${id}/approve`, { version: 2 }), 404, 'NOT_FOUND');
    expectError(await w.lead.post(`/api/attendance/swaps/${id}/approve`, { version: 1 }), 409, 'VERSION_CONFLICT');
    const toApprove = await w.lead.get('/api/attendance/swaps?scope=to_decide');
    expect(toApprove.body.data.map((s: { id: string }) => s.id)).toEqual([id]);

    const approved = await w.lead.post(`/api/attendance/swaps/${id}/approve`, { version: 2, note: '同意' });
    expect(approved.status, approved.raw).toBe(200);
    expect(approved.body.data).toMatchObject({ status: 'approved', note: '同意' });
    const day = await scheduleOf(db(), [w.agentId, w.mateId], '2027-03-10', '2027-03-10');
    expect(day.map((d) => [d.employeeId, d.shiftId]).sort()).toEqual(
      [
        [w.agentId, shifts.E],
        [w.mateId, shifts.C],
      ].sort(),
    );
    const mySchedule = await w.agent.get('/api/attendance/my/schedule?from=2027-03-10&to=2027-03-10');
    expect(mySchedule.body.data.map((d: { shiftId: string }) => d.shiftId)).toEqual([shifts.E]);
    const changes = await db()
      .selectFrom('attendance_schedule_changes')
      .select(['employee_id', 'source'])
      .where('day', '=', '2027-03-10')
      .execute();
    expect(changes.map((c) => c.source)).toEqual(['swap', 'swap']);
    expect(await noticeKinds(w.agent)).toEqual(expect.arrayContaining(['attendance_swap_approved']));
    const audit = await db()
      .selectFrom('audit_log')
      .select('new_value')
      .where('entity', '=', 'attendance_swap')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.length).toBe(3);
    expectError(await w.mate.post(`/api/attendance/swaps/${id}/decline`, { version: 3 }), 409, 'SWAP_NOT_OPEN');
  });

  it('across two days: the colleague declines, or the requester cancels', async () => {
    const body = { requesterDay: '2027-03-12', colleagueDay: '2027-03-13' };
    const first = (await propose(body)).body.data.id as string;
    const declined = await w.mate.post(`/api/attendance/swaps/${first}/decline`, { version: 1, note: '那天有事' });
    expect(declined.body.data).toMatchObject({ status: 'declined', note: '那天有事' });
    expect(await noticeKinds(w.agent)).toContain('attendance_swap_declined');
    expectError(await w.mate.post(`/api/attendance/swaps/${first}/accept`, { version: 2 }), 409, 'SWAP_NOT_OPEN');

    const second = (await propose(body)).body.data.id as string;
    expectError(await w.mate.post(`/api/attendance/swaps/${second}/cancel`, { version: 1 }), 403, 'FORBIDDEN');
    const cancelled = await w.agent.post(`/api/attendance/swaps/${second}/cancel`, { version: 1 });
    expect(cancelled.body.data.status).toBe('cancelled');
    expect(await noticeKinds(w.mate)).toContain('attendance_swap_cancelled');
    const mine = await w.agent.get('/api/attendance/swaps?scope=mine');
    expect(mine.body.total).toBe(3);
    // Nothing changed in the schedule of those days.
    const days = await scheduleOf(db(), [w.agentId], '2027-03-12', '2027-03-13');
    expect(days.map((d) => d.shiftId)).toEqual([shifts.E, null]);
  });

  it('refuses yourself, a past day, a day off a published roster and too short a rest', async () => {
    expectError(await propose({ colleagueId: w.agentId }), 422, 'SWAP_SELF', 'colleagueId');
    expectError(await propose({ colleagueId: 'nobody' }), 422, 'SWAP_NOT_SAME_TEAM');
    expectError(await propose({ requesterDay: '2027-02-27' }), 422, 'SWAP_DAY_PAST', 'requesterDay');
    expectError(await propose({ requesterDay: '2027-03-20', colleagueDay: '2027-03-20' }), 422, 'SWAP_NOT_ROSTERED');
    await addRoster(
      w.lead,
      w.teamId,
      '2027-04',
      shifts,
      [
        [w.agentId, '2027-04-05', 'E'],
        [w.mateId, '2027-04-05', 'L'],
      ],
      'draft',
    );
    expectError(await propose({ requesterDay: '2027-04-05', colleagueDay: '2027-04-05' }), 422, 'SWAP_NOT_ROSTERED');
    // Exchanging the 11th: the agent takes the late (ends 22:00) before their early of the 12th
    // (08:00): 10 hours of rest pass the default 8, and fail once the setting asks for 11.
    await w.admin.put('/api/settings/attendance.overtime.swapMinRestHours', { value: 11, reason: '测试休息时长' });
    expectError(await propose({ requesterDay: '2027-03-11', colleagueDay: '2027-03-11' }), 422, 'SWAP_REST_TOO_SHORT');
    await w.admin.put('/api/settings/attendance.overtime.swapMinRestHours', { value: 8, reason: '测试休息时长' });
    const ok = await propose({ requesterDay: '2027-03-11', colleagueDay: '2027-03-11' });
    expect(ok.status, ok.raw).toBe(200);
  });
});
