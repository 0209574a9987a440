import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock.js';
import { okData } from '../modules/training/shared/training.testkit.js';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { employeeIdOf } from '../test/helpers.js';
import { seedAttendanceDemo } from './attendance.js';

// The demo's attendance: shift templates, published rosters of CS1-1 and CS1-2 for last month and
// this month, last month's punches matched with a few exceptions, leave, overtime and a swap —
// built through the services, fast, and left alone by a second run.

describe.each(DIALECTS)('attendance demo on $name', (dialect) => {
  const env = useTestEnv(dialect);

  beforeAll(async () => {
    setClock('2026-12-16T02:00:00Z'); // a Wednesday: last month is November 2026
    const started = Date.now();
    await seedAttendanceDemo(env.handle.db);
    console.info(`attendance demo on ${dialect.name}: ${Date.now() - started} ms`); // a figure, never a timed test
    await seedAttendanceDemo(env.handle.db);
  }, 60_000);
  afterAll(() => setClock());

  it('shows last month with its exceptions, leave and overtime in the lead’s summary', async () => {
    const lead = await env.as('teamlead');
    const s = okData(await lead.get('/api/attendance/summary?month=2026-11'));
    const agentId = await employeeIdOf(env.handle.db, 'agent');
    const agent = s.rows.find((r: any) => r.employeeId === agentId);
    expect(agent).toMatchObject({ scheduledDays: 21, lateCount: 1, lateMinutes: 12, absentDays: 0.5 });
    expect(agent).toMatchObject({ overtimeToilHours: 2, toilLeftHours: 2 });
    expect(s.rows.some((r: any) => r.leaveDays.sick === 1)).toBe(true);
    const hr = await env.as('hr');
    const all = okData(await hr.get('/api/attendance/summary?month=2026-11')).rows;
    expect(all.reduce((n: number, r: any) => n + r.absentDays, 0)).toBe(1.5);
    expect(all.reduce((n: number, r: any) => n + r.missingPunches, 0)).toBe(1);
    expect(all.reduce((n: number, r: any) => n + r.earlyCount, 0)).toBe(1);
    // This month: worked up to yesterday, nothing missing.
    const now = okData(await hr.get('/api/attendance/summary?month=2026-12')).rows;
    expect(now.reduce((n: number, r: any) => n + r.absentDays + r.lateCount + r.missingPunches, 0)).toBe(0);
    expect(now.filter((r: any) => r.scheduledDays > 0).length).toBeGreaterThan(10);
  });

  it('leaves a personal leave waiting for the lead and a swap proposed', async () => {
    const lead = await env.as('teamlead');
    const leave = okData(await lead.get('/api/attendance/leave/requests?scope=to_decide'));
    expect(leave.some((r: any) => r.kindCode === 'personal')).toBe(true);
    const swaps = await env.handle.db.selectFrom('attendance_swaps').select('status').execute();
    expect(swaps.map((x) => x.status)).toEqual(['proposed']);
  });
});
