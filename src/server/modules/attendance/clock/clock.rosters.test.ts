import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { identity } from '../../people/identity.service.js';
import { at, myDays, punchCsv, upload } from './clock.testkit.js';

// The clock and the rosters part together, through both APIs: a lead rosters a week (a night
// shift and a Saturday make-up workday among them), publishes it, HR imports the punches, and the
// days are matched; a cell changed after publishing re-matches its day (onAttendanceChange).

describe.each(DIALECTS)('attendance clock with a published roster ($name)', (c) => {
  const env = useTestEnv(c);
  afterAll(() => setClock());
  beforeAll(() => setClock('2027-04-20T02:00:00Z'));

  it('rosters, publishes, imports and matches; a later change re-matches', async () => {
    const db = env.handle.db;
    const admin = await env.as('admin');
    const lead = await env.as('teamlead');
    const hr = await env.as('hr');
    const agent = await env.as('agent');
    const agentId = await employeeIdOf(db, 'agent');
    const me = (await identity(db, agentId))!;
    const shift = async (code: string, startTime: string, endTime: string) => {
      const res = await admin.post('/api/attendance/shifts', {
        code,
        name: code,
        startTime,
        endTime,
        breaks: [],
        skill: null,
        color: null,
        departmentId: null,
      });
      expect(res.status, res.raw).toBe(200);
      return res.body.data.id as string;
    };
    const day = await shift('CLKD', '09:00', '18:00');
    const night = await shift('CLKN', '22:00', '06:00');
    const created = await lead.post('/api/attendance/rosters', {
      teamId: me.teamId,
      periodStart: '2027-04-05',
      kind: 'week',
    });
    expect(created.status, created.raw).toBe(200);
    const rosterId = created.body.data.id as string;
    const cells = [
      { employeeId: agentId, day: '2027-04-05', shiftId: day },
      { employeeId: agentId, day: '2027-04-06', shiftId: night },
      { employeeId: agentId, day: '2027-04-07', shiftId: null },
      { employeeId: agentId, day: '2027-04-10', shiftId: day }, // a Saturday worked (调休上班)
    ];
    const put = await lead.put(`/api/attendance/rosters/${rosterId}/cells`, {
      version: 1,
      cells,
    });
    expect(put.status, put.raw).toBe(200);
    const version = put.body.data.version as number;
    const published = await lead.post(`/api/attendance/rosters/${rosterId}/publish`, { version });
    expect(published.status, published.raw).toBe(200);
    // published, nobody punched yet: absent
    expect((await myDays(agent, '2027-04-05', '2027-04-05')).get('2027-04-05')).toMatchObject({ outcome: 'absent' });

    const file = punchCsv([
      [me.employeeNo, '2027-04-05 09:07', null],
      [me.employeeNo, '2027-04-05 18:00', null],
      [me.employeeNo, '2027-04-06 21:58', null],
      [me.employeeNo, '2027-04-07 06:01', null],
      [me.employeeNo, '2027-04-10 08:55', null],
      [me.employeeNo, '2027-04-10 18:05', null],
    ]);
    expect((await upload(hr, 'import', 'april.csv', file)).status).toBe(200);
    const days = await myDays(agent, '2027-04-05', '2027-04-11');
    expect(days.get('2027-04-05')).toMatchObject({ outcome: 'late', lateMinutes: 7 });
    expect(days.get('2027-04-06')).toMatchObject({ outcome: 'on_time', lastOut: at('2027-04-07', '06:01') });
    expect(days.get('2027-04-07')).toMatchObject({ outcome: 'rest' });
    expect(days.get('2027-04-10')).toMatchObject({ outcome: 'on_time' });

    // after publishing, the lead moves 04-05 to the night shift: the day punches no longer fit it
    const v = (await lead.get(`/api/attendance/rosters?teamId=${me.teamId}&from=2027-04-05`)).body.data.roster.version;
    const change = await lead.put(`/api/attendance/rosters/${rosterId}/cells`, {
      version: v,
      cells: [{ employeeId: agentId, day: '2027-04-05', shiftId: night }],
      reason: '临时调班',
    });
    expect(change.status, change.raw).toBe(200);
    expect((await myDays(agent, '2027-04-05', '2027-04-05')).get('2027-04-05')?.outcome).not.toBe('late');
  });
});
