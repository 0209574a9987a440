import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { attendanceBreaches, attendanceCredit } from './attendance.facts.js';
import { craftDays, craftLeave, craftOvertime } from './summary.testkit.js';

// The monthly summary of a small crafted March 2027 (away from the demo's months), the facts the
// other modules read from the same days, the scope of who sees which rows, and the .xlsx export.

describe.each(DIALECTS)('attendance summary on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, lead: Client, agent: Client;
  let teamId: string, p1: string, p2: string, agentId: string;

  beforeAll(async () => {
    setClock('2027-04-10T04:00:00Z');
    const leadId = await employeeIdOf(db(), 'teamlead');
    agentId = await employeeIdOf(db(), 'agent');
    const team = await db()
      .selectFrom('employees')
      .select('team_id')
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    teamId = team.team_id;
    const members = await db()
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', teamId)
      .where('id', 'not in', [leadId, agentId])
      .where('status', 'not in', ['resigned', 'dismissed', 'eliminated'])
      .orderBy('employee_no')
      .execute();
    [p1, p2] = [members[0].id, members[1].id];
    await craftDays(db(), p1, teamId, [
      { day: '2027-03-01', outcome: 'on_time' },
      { day: '2027-03-02', outcome: 'late', late: 12 },
      { day: '2027-03-03', outcome: 'absent' },
      { day: '2027-03-04', outcome: 'early_leave', early: 20, resolution: 'excused' },
      { day: '2027-03-05', outcome: 'missing_out', resolution: 'confirmed' },
      { day: '2027-03-06', outcome: null },
      { day: '2027-03-08', outcome: 'half_day_absent', late: 40 },
      { day: '2027-03-10', outcome: 'on_leave' },
      { day: '2027-03-11', outcome: 'on_time' },
    ]);
    await craftLeave(db(), p1, { kind: 'annual', start: '2027-03-10', end: '2027-03-10', days: 1 });
    await craftLeave(db(), p1, { kind: 'sick', start: '2027-03-11', end: '2027-03-11', endHalf: 'am', days: 0.5 });
    // Leave over a weekend without roster entries: only the working days count.
    await craftLeave(db(), p2, { kind: 'personal', start: '2027-03-19', end: '2027-03-22', days: 2 });
    await craftOvertime(db(), p1, { day: '2027-03-13', hours: 2, compensation: 'toil', expiresOn: '2027-06-12' });
    await craftOvertime(db(), p1, { day: '2027-03-20', hours: 1.5, compensation: 'paid' });
    await craftDays(db(), agentId, teamId, [{ day: '2027-03-01', outcome: 'late', late: 7 }]);
    hr = await env.as('hr');
    lead = await env.as('teamlead');
    agent = await env.as('agent');
  }, 60_000);
  afterAll(() => setClock());

  it('adds up the crafted month per person', async () => {
    const res = await hr.get(`/api/attendance/summary?month=2027-03&teamId=${teamId}`);
    expect(res.status, res.raw).toBe(200);
    const s = res.body.data;
    expect(s).toMatchObject({ month: '2027-03', from: '2027-03-01', to: '2027-03-31' });
    expect(s.leaveKinds.map((k: any) => k.code).sort()).toEqual(['annual', 'personal', 'sick']);
    const row = s.rows.find((r: any) => r.employeeId === p1);
    expect(row).toMatchObject({
      teamId,
      scheduledDays: 8,
      scheduledHours: 64,
      // 480 + 468 (late 12) + 0 + 480 (excused) + 0 (missing) + 440 (late 40) + 0 (leave) + 240 (half leave)
      workedHours: 35.13,
      lateCount: 1,
      lateMinutes: 12,
      earlyCount: 0,
      absentDays: 1.5,
      missingPunches: 1,
      excusedDays: 1,
      leaveDays: { annual: 1, sick: 0.5 },
      leaveTotal: 1.5,
      overtimePaidHours: 1.5,
      overtimeToilHours: 2,
      toilLeftHours: 2,
    });
    const other = s.rows.find((r: any) => r.employeeId === p2);
    expect(other).toMatchObject({ scheduledDays: 0, leaveDays: { personal: 2 }, leaveTotal: 2, workedHours: 0 });
  });

  it('shows a lead their team, an agent only themself, and refuses an unknown team or month', async () => {
    const mine = (await lead.get('/api/attendance/summary?month=2027-03')).body.data.rows;
    expect(mine.length).toBeGreaterThan(2);
    expect(mine.every((r: any) => r.teamId === teamId)).toBe(true);
    const own = (await agent.get('/api/attendance/summary?month=2027-03')).body.data.rows;
    expect(own.map((r: any) => r.employeeId)).toEqual([agentId]);
    expect(own[0]).toMatchObject({ lateCount: 1, lateMinutes: 7 });
    const unknown = await hr.get('/api/attendance/summary?month=2027-03&teamId=no-such-team');
    expect(unknown.status).toBe(404);
    const bad = await hr.get('/api/attendance/summary?month=2027-13');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toContain('month');
  });

  it('downloads the month as .xlsx for payroll, audited as an export', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/attendance/summary/export.xlsx?month=2027-03&teamId=${teamId}&locale=en-US`,
      headers: { cookie: await cookieOf('hr') },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="attendance-2027-03.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows[0] as string[];
    expect(header.slice(0, 4)).toEqual(['Employee no.', 'Name', 'Team', 'Scheduled days']);
    expect(header).toContain('Annual leave (days)');
    const no = (await db().selectFrom('employees').select('employee_no').where('id', '=', p1).executeTakeFirstOrThrow())
      .employee_no;
    const line = rows.find((r) => r[0] === no)!;
    expect(line[header.indexOf('Absent days')]).toBe(1.5);
    expect(line[header.indexOf('Annual leave (days)')]).toBe(1);
    expect(line[header.indexOf('Time off in lieu left (hours)')]).toBe(2);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'new_value'])
      .where('action', '=', 'export')
      .execute();
    expect(audit.some((a) => String(a.new_value).includes('/summary/export.xlsx'))).toBe(true);
  });

  it('gives the other modules the breaches and the credit of the same days', async () => {
    const breaches = await attendanceBreaches(db(), [p1, p2], '2027-02-28T16:00:00.000Z');
    expect(breaches.map((b) => [b.day, b.outcome, b.minutes])).toEqual([
      ['2027-03-02', 'late', 12],
      ['2027-03-03', 'absent', 0],
      ['2027-03-05', 'missing_out', 0],
      ['2027-03-08', 'half_day_absent', 40],
    ]);
    expect(await attendanceBreaches(db(), [p1], '2027-03-04T16:00:00.000Z')).toHaveLength(2);
    const credit = await attendanceCredit(db(), [p1, p2], '2027-03-01', '2027-03-31');
    // 1 + 0.5 (late 12) + 0 + 1 (excused) + 0.5 (missing) + 0.5 (half day) + 1; the leave day left out
    expect(credit.get(p1)).toEqual({ credit: 4.5, counted: 7, scheduled: 8 });
    expect(credit.has(p2)).toBe(false);
  });

  async function cookieOf(username: string) {
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'Seatwise2026' },
    });
    return [login.headers['set-cookie']].flat()[0]!.split(';')[0];
  }
});
