import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { CLOCK, grid, newRoster, noticeKinds, rosterWorld, WEEK1, type RosterWorld } from './rosters.testkit.js';

// Shift templates, rosters and "my schedule" through the API (issue 19 item 1).
describe.each(DIALECTS)('rosters on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let w: RosterWorld;
  beforeAll(async () => {
    setClock(CLOCK);
    w = await rosterWorld(env, 'R');
  });
  afterAll(() => setClock());

  it('keeps shift templates: derived work minutes, bad times refused, codes unique, versions checked', async () => {
    const list = (await w.agent.get('/api/attendance/shifts')).body.data as any[];
    const night = list.find((s) => s.code === w.shifts.N.code);
    expect(night).toMatchObject({ workMinutes: 510, crossesMidnight: true });
    const base = {
      code: 'RX',
      name: 'X',
      startTime: '09:00',
      endTime: '09:00',
      breaks: [],
      skill: null,
      color: null,
      departmentId: null,
    };
    expectError(
      await w.admin.post('/api/attendance/shifts', base),
      400,
      'ATTENDANCE_SHIFT_END_EQUALS_START',
      'endTime',
    );
    expectError(
      await w.admin.post('/api/attendance/shifts', {
        ...base,
        endTime: '17:00',
        breaks: [{ start: '18:00', end: '18:30' }],
      }),
      400,
      'ATTENDANCE_SHIFT_BREAK_OUTSIDE',
      'breaks.0',
    );
    expectError(
      await w.admin.post('/api/attendance/shifts', { ...base, code: w.shifts.D.code, endTime: '17:00' }),
      409,
      'ATTENDANCE_SHIFT_CODE_TAKEN',
    );
    expectError(await w.agent.post('/api/attendance/shifts', { ...base, endTime: '17:00' }), 403, 'FORBIDDEN');
    const put = await w.admin.put(`/api/attendance/shifts/${night.id}`, { name: '夜班', version: 1 });
    expect(put.status, put.raw).toBe(200);
    expect(put.body.data).toMatchObject({ name: '夜班', version: 2, workMinutes: 510 });
    expectError(
      await w.admin.put(`/api/attendance/shifts/${night.id}`, { name: '夜', version: 1 }),
      409,
      'VERSION_CONFLICT',
    );
  });

  it('refuses a night shift running into the next day’s early shift, naming the person and day', async () => {
    const id = await newRoster(w.lead, w.teamId, WEEK1);
    const res = await w.lead.put(`/api/attendance/rosters/${id}/cells`, {
      version: 1,
      cells: [
        { employeeId: w.agentId, day: '2027-03-01', shiftId: w.shifts.N.id },
        { employeeId: w.agentId, day: '2027-03-02', shiftId: w.shifts.E.id },
      ],
    });
    expectError(res, 422, 'ATTENDANCE_SHIFT_OVERLAP');
    expect(res.body.params).toMatchObject({ employeeId: w.agentId, day: '2027-03-02' });
    expect(res.body.params.name).toBeTruthy();
    // night then a day shift (09:00) is fine, and the grid shows the totals
    const ok = await w.lead.put(`/api/attendance/rosters/${id}/cells`, {
      version: 1,
      cells: [
        { employeeId: w.agentId, day: '2027-03-01', shiftId: w.shifts.N.id },
        { employeeId: w.agentId, day: '2027-03-02', shiftId: w.shifts.D.id },
        { employeeId: w.agentId, day: '2027-03-03', shiftId: null },
        { employeeId: w.mates[0], day: '2027-03-02', shiftId: w.shifts.D.id },
      ],
    });
    expect(ok.status, ok.raw).toBe(200);
    expect(ok.body.data).toEqual({ changed: 4, version: 2 });
    const g = await grid(w.lead, w.teamId, '2027-03-03');
    expect(g.roster).toMatchObject({ id, status: 'draft', version: 2 });
    expect(g.days).toHaveLength(7);
    const me = g.people.find((p: any) => p.employeeId === w.agentId);
    expect(me).toMatchObject({ workMinutes: 510 + 480, workDays: 2, restDays: 1 });
    expect(me.cells).toEqual({ '2027-03-01': w.shifts.N.id, '2027-03-02': w.shifts.D.id, '2027-03-03': null });
    expect(g.headcount['2027-03-02'][w.shifts.D.id]).toBe(2);
  });

  it('refuses a shift template of another center on the team’s roster', async () => {
    const db = env.handle.db;
    const team = await db
      .selectFrom('teams')
      .select('department_id')
      .where('id', '=', w.teamId)
      .executeTakeFirstOrThrow();
    const other = await db
      .selectFrom('departments')
      .select('id')
      .where('id', '<>', team.department_id)
      .executeTakeFirstOrThrow();
    const shift = await w.admin.post('/api/attendance/shifts', {
      code: 'ROC',
      name: '他中心',
      startTime: '09:00',
      endTime: '17:00',
      breaks: [],
      skill: null,
      color: null,
      departmentId: other.id,
    });
    expect(shift.status, shift.raw).toBe(200);
    const g = await grid(w.lead, w.teamId, WEEK1);
    expect(g.departmentId).toBe(team.department_id);
    const res = await w.lead.put(`/api/attendance/rosters/${g.roster.id}/cells`, {
      version: g.roster.version,
      cells: [{ employeeId: w.agentId, day: '2027-03-06', shiftId: shift.body.data.id }],
    });
    expectError(res, 422, 'ATTENDANCE_SHIFT_OTHER_CENTER');
  });

  it('lets a lead edit only their own team’s roster', async () => {
    const g = await grid(w.lead, w.teamId, WEEK1);
    const res = await w.otherLead.put(`/api/attendance/rosters/${g.roster.id}/cells`, {
      version: g.roster.version,
      cells: [{ employeeId: w.agentId, day: '2027-03-04', shiftId: w.shifts.D.id }],
    });
    expect([403, 404]).toContain(res.status);
    expectError(
      await w.otherLead.post('/api/attendance/rosters', { teamId: w.teamId, periodStart: '2027-03-29', kind: 'week' }),
      404,
      'NOT_FOUND',
    );
    expectError(await w.otherLead.get(`/api/attendance/rosters?teamId=${w.teamId}&from=${WEEK1}`), 404, 'NOT_FOUND');
  });

  it('shows agents only published rosters; publishing tells the team', async () => {
    expect((await w.agent.get(`/api/attendance/my/schedule?from=${WEEK1}&to=2027-03-07`)).body.data).toEqual([]);
    expect((await grid(w.agent, w.teamId, WEEK1)).roster).toBeNull();
    const g = await grid(w.lead, w.teamId, WEEK1);
    const pub = await w.lead.post(`/api/attendance/rosters/${g.roster.id}/publish`, { version: g.roster.version });
    expect(pub.status, pub.raw).toBe(200);
    expectError(
      await w.lead.post(`/api/attendance/rosters/${g.roster.id}/publish`, { version: pub.body.data.version }),
      409,
      'ATTENDANCE_ROSTER_PUBLISHED',
    );
    expect(await noticeKinds(w.agent)).toContain('attendance_roster_published');
    const mine = (await w.agent.get(`/api/attendance/my/schedule?from=${WEEK1}&to=2027-03-07`)).body.data;
    expect(mine.map((d: any) => [d.day, d.code])).toEqual([
      ['2027-03-01', w.shifts.N.code],
      ['2027-03-02', w.shifts.D.code],
      ['2027-03-03', null],
    ]);
    expect(mine[0]).toMatchObject({
      startsAt: '2027-03-01T14:00:00.000Z',
      endsAt: '2027-03-01T23:00:00.000Z',
      startTime: '22:00',
    });
    expect((await grid(w.agent, w.teamId, WEEK1)).roster.status).toBe('published');
  });

  it('records, audits and notifies a change after publishing', async () => {
    const db = env.handle.db;
    const g = await grid(w.lead, w.teamId, WEEK1);
    const res = await w.lead.put(`/api/attendance/rosters/${g.roster.id}/cells`, {
      version: g.roster.version,
      cells: [{ employeeId: w.agentId, day: '2027-03-05', shiftId: w.shifts.D.id }],
      reason: '补人手',
    });
    expect(res.status, res.raw).toBe(200);
    const changes = await db
      .selectFrom('attendance_schedule_changes')
      .selectAll()
      .where('employee_id', '=', w.agentId)
      .execute();
    expect(changes).toEqual([
      expect.objectContaining({
        day: '2027-03-05',
        from_shift_id: null,
        to_shift_id: w.shifts.D.id,
        source: 'edit',
        reason: '补人手',
      }),
    ]);
    expect(await noticeKinds(w.agent)).toContain('attendance_schedule_changed');
    const audits = await db
      .selectFrom('audit_log')
      .select('reason')
      .where('entity', '=', 'attendance_roster')
      .where('entity_id', '=', g.roster.id)
      .execute();
    expect(audits.map((a) => a.reason)).toContain('补人手');
  });

  it('copies the previous week weekday by weekday', async () => {
    const id = await newRoster(w.lead, w.teamId, '2027-03-08', { copyFromPrevious: true });
    const g = await grid(w.lead, w.teamId, '2027-03-08');
    expect(g.roster.id).toBe(id);
    const me = g.people.find((p: any) => p.employeeId === w.agentId);
    expect(me.cells).toEqual({
      '2027-03-08': w.shifts.N.id,
      '2027-03-09': w.shifts.D.id,
      '2027-03-10': null,
      '2027-03-12': w.shifts.D.id,
    });
    expectError(
      await w.lead.post('/api/attendance/rosters', {
        teamId: w.teamId,
        periodStart: '2027-04-05',
        kind: 'week',
        copyFromPrevious: true,
      }),
      422,
      'ATTENDANCE_ROSTER_NO_PREVIOUS',
    );
    expectError(
      await w.lead.post('/api/attendance/rosters', { teamId: w.teamId, periodStart: '2027-03-08', kind: 'week' }),
      409,
      'ATTENDANCE_ROSTER_EXISTS',
    );
    expectError(
      await w.lead.post('/api/attendance/rosters', { teamId: w.teamId, periodStart: '2027-03-10', kind: 'week' }),
      400,
      'ATTENDANCE_ROSTER_BAD_START',
    );
  });
});
