import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { approvedLeaveOf } from './leave.service.js';
import { agentIdOf, decide, detail, file, filed, otherTeam } from './leave.testkit.js';

// Leave requests through the API (issue 19 item 3, SPEC §10): the chain per length, kind and
// after the fact; who decides which step (an agent never, a lead only their team, HR only at the
// HR step); working days over National Day; annual balance; evidence; cancelling.

describe.each(DIALECTS)('leave requests on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agent: Client, lead: Client, manager: Client, hr: Client;
  let agentId: string;

  beforeAll(async () => {
    setClock('2026-09-21T02:00:00Z'); // Monday 10:00 in Beijing, a week before National Day
    [agent, lead, manager, hr] = await Promise.all(['agent', 'teamlead', 'manager', 'hr'].map((u) => env.as(u)));
    agentId = await agentIdOf(env);
    // 16 years of work: 10 days of annual leave.
    const set = await hr.put(`/api/attendance/leave/profiles/${agentId}`, { careerStartDay: '2010-03-01' });
    expect(set.status, set.raw).toBe(200);
    expect(set.body.data.annual).toMatchObject({ entitlement: 10, used: 0, pending: 0, left: 10 });
  }, 60_000);
  afterAll(() => setClock());

  it('lets only the team lead decide a one-day request; an agent, the manager and HR may not', async () => {
    const r = await filed(agent, { startDay: '2026-09-23', endDay: '2026-09-23' });
    expect(r).toMatchObject({ days: 1, chain: ['team_lead'] });
    const queue = await lead.get('/api/attendance/leave/requests?scope=to_decide');
    expect(queue.body.data.map((x: { id: string }) => x.id)).toContain(r.id);
    expectError(await decide(agent, r.id, 'approve'), 403, 'FORBIDDEN');
    expectError(await decide(manager, r.id, 'approve'), 403, 'LEAVE_NOT_YOUR_STEP');
    expectError(await decide(hr, r.id, 'approve'), 403, 'LEAVE_NOT_YOUR_STEP');
    const ok = await decide(lead, r.id, 'approve');
    expect(ok.body.data.status).toBe('approved');
    expectError(await decide(lead, r.id, 'approve'), 409, 'LEAVE_NOT_PENDING');
    expect(await approvedLeaveOf(db(), [agentId], '2026-09-23', '2026-09-23')).toEqual([
      { employeeId: agentId, day: '2026-09-23', half: 'full', kind: 'personal', paid: false },
    ]);
  });

  it('keeps a lead to their own team', async () => {
    const other = await otherTeam(env);
    const theirs = await filed(hr, { employeeId: other.personId, startDay: '2026-09-24', endDay: '2026-09-24' });
    expect(theirs.chain).toEqual(['team_lead']);
    expectError(await decide(lead, theirs.id, 'approve'), 404, 'NOT_FOUND');
    const mine = await filed(agent, { startDay: '2026-09-22', endDay: '2026-09-22', startHalf: 'pm' });
    expectError(await decide(other.leadClient, mine.id, 'approve'), 404, 'NOT_FOUND');
    expect((await decide(other.leadClient, theirs.id, 'reject', '人手不足')).body.data.status).toBe('rejected');
    // An agent files only for themselves.
    expectError(await file(agent, { employeeId: other.personId, startDay: '2026-09-24', endDay: '2026-09-24' }), 403);
  });

  it('counts working days over National Day and walks the chain lead → manager → HR', async () => {
    const r = await filed(agent, { kindCode: 'annual', startDay: '2026-09-28', endDay: '2026-10-12' });
    // 28, 29, 30 Sep + 8, 9, 10 (make-up Saturday) + 12 Oct; the holiday week counts nothing.
    expect(r).toMatchObject({ days: 7, chain: ['team_lead', 'center_manager', 'hr'] });
    expectError(await decide(hr, r.id, 'approve'), 403, 'LEAVE_NOT_YOUR_STEP');
    expect((await decide(lead, r.id, 'approve')).body.data.status).toBe('pending');
    expectError(await decide(lead, r.id, 'approve'), 403, 'LEAVE_NOT_YOUR_STEP');
    expectError(await decide(hr, r.id, 'approve'), 403, 'LEAVE_NOT_YOUR_STEP');
    expect((await decide(manager, r.id, 'approve')).body.data.status).toBe('pending');
    expect((await decide(hr, r.id, 'approve')).body.data.status).toBe('approved');
    const steps = (await detail(agent, r.id)).steps;
    expect(steps.map((s: { status: string }) => s.status)).toEqual(['approved', 'approved', 'approved']);

    // 3 days left; 4 more are refused with the figures, 3 pass.
    const beyond = await file(agent, { kindCode: 'annual', startDay: '2026-11-02', endDay: '2026-11-05' });
    expectError(beyond, 422, 'LEAVE_BEYOND_BALANCE', 'endDay');
    expect(beyond.body.params).toMatchObject({ left: 3, days: 4, entitlement: 10 });
    const bal = await agent.get('/api/attendance/leave/balances');
    expect(bal.body.data.annual).toMatchObject({ entitlement: 10, used: 7, pending: 0, left: 3 });
  });

  it('adds the center manager after the fact, and HR for kinds that always need it', async () => {
    const late = await filed(agent, { startDay: '2026-09-18', endDay: '2026-09-18', startHalf: 'pm' });
    expect(late).toMatchObject({ days: 0.5, chain: ['team_lead', 'center_manager'] });
    expect((await detail(agent, late.id)).afterTheFact).toBe(true);
    const special = await filed(agent, { kindCode: 'special', startDay: '2026-11-09', endDay: '2026-11-09' });
    expect(special.chain).toEqual(['team_lead', 'hr']);
    const preview = await agent.post('/api/attendance/leave/requests/preview', {
      kindCode: 'personal',
      startDay: '2026-11-10',
      endDay: '2026-11-12',
    });
    expect(preview.body.data).toMatchObject({ days: 3, afterTheFact: false, chain: ['team_lead', 'center_manager'] });
  });

  it('takes the chain limits and the annual days from the settings', async () => {
    const admin = await env.as('admin');
    const put = async (key: string, value: number) => {
      const res = await admin.put(`/api/settings/attendance.leave.${key}`, { value, reason: '测试审批设置' });
      expect(res.status, res.raw).toBe(200);
    };
    const preview = async (endDay: string) =>
      (
        await agent.post('/api/attendance/leave/requests/preview', {
          kindCode: 'personal',
          startDay: '2026-11-10',
          endDay,
        })
      ).body.data;
    try {
      expect(await preview('2026-11-11')).toMatchObject({ days: 2, chain: ['team_lead', 'center_manager'] });
      await put('leadMaxDays', 2);
      expect(await preview('2026-11-11')).toMatchObject({ days: 2, chain: ['team_lead'] });
      expect(await preview('2026-11-13')).toMatchObject({ days: 4, chain: ['team_lead', 'center_manager', 'hr'] });
      await put('managerMaxDays', 4);
      expect(await preview('2026-11-13')).toMatchObject({ days: 4, chain: ['team_lead', 'center_manager'] });
      // 16 years of work: the 10-to-20-year figure.
      await put('annualDaysFrom10Years', 12);
      expect((await agent.get('/api/attendance/leave/balances')).body.data.annual.entitlement).toBe(12);
    } finally {
      await put('leadMaxDays', 1);
      await put('managerMaxDays', 3);
      await put('annualDaysFrom10Years', 10);
    }
    expect((await agent.get('/api/attendance/leave/balances')).body.data.annual.entitlement).toBe(10);
  });

  it('refuses an overlap and an end before the start; needs a sick note past the threshold', async () => {
    expectError(await file(agent, { startDay: '2026-09-23', endDay: '2026-09-24' }), 409, 'LEAVE_OVERLAP', 'startDay');
    expectError(await file(agent, { startDay: '2026-11-20', endDay: '2026-11-19' }), 400, 'LEAVE_END_BEFORE_START');
    const sick = await filed(agent, { kindCode: 'sick', startDay: '2026-11-16', endDay: '2026-11-18' });
    expect((await detail(agent, sick.id)).evidenceRequired).toBe(true);
    expectError(await decide(lead, sick.id, 'approve'), 422, 'LEAVE_EVIDENCE_MISSING');
    const up = await agent.raw({
      method: 'POST',
      url: `/api/attendance/leave/requests/${sick.id}/attachments`,
      payload:
        '--b\r\nContent-Disposition: form-data; name="file"; filename="病假条.txt"\r\nContent-Type: text/plain\r\n\r\n医院证明 三天\r\n--b--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(up.status, up.raw).toBe(200);
    expect((await decide(lead, sick.id, 'approve')).body.data.status).toBe('pending');
    const down = await lead.get(`/api/attendance/leave/attachments/${up.body.data.id}`);
    expect(down.status).toBe(200);
    expect(down.raw).toContain('医院证明');
  });

  it('re-opens the days when an approved request is cancelled before it starts', async () => {
    const r = await filed(agent, { kindCode: 'annual', startDay: '2026-12-01', endDay: '2026-12-01' });
    await decide(lead, r.id, 'approve');
    expect(await approvedLeaveOf(db(), [agentId], '2026-12-01', '2026-12-01')).toHaveLength(1);
    expect((await agent.get('/api/attendance/leave/balances')).body.data.annual.left).toBe(2);
    expectError(await lead.post(`/api/attendance/leave/requests/${r.id}/cancel`), 403);
    const done = await agent.post(`/api/attendance/leave/requests/${r.id}/cancel`);
    expect(done.status, done.raw).toBe(200);
    expect(await approvedLeaveOf(db(), [agentId], '2026-12-01', '2026-12-01')).toEqual([]);
    expect((await agent.get('/api/attendance/leave/balances')).body.data.annual.left).toBe(3);
    expect((await filed(agent, { startDay: '2026-12-01', endDay: '2026-12-01' })).days).toBe(1);
    // Leave that has started stays; the lead is asked instead.
    const past = await filed(agent, { startDay: '2026-09-21', endDay: '2026-09-21', startHalf: 'pm' });
    expectError(await agent.post(`/api/attendance/leave/requests/${past.id}/cancel`), 422, 'LEAVE_ALREADY_STARTED');
  });
});
