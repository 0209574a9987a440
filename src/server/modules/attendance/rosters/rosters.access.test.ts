import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { countRows, departmentIdOf, expectError } from '../../../test/helpers.js';
import { CLOCK, WEEK1, grid, newRoster, rosterWorld, type RosterWorld } from './rosters.testkit.js';

// Who may set up shifts and change rosters (SPEC §1: a center manager their department, a team
// lead their team), and roster edits a user may send wrongly: the same cell twice, a shift of
// breaks only, stale versions, unknown people and shifts, two publishes at once.

const shift = { name: '测试班', startTime: '09:00', endTime: '17:00', breaks: [], skill: null, color: null };

describe.each(DIALECTS)('attendance rosters: access and bad input ($name)', (c) => {
  const env = useTestEnv(c);
  let w: RosterWorld;
  let manager: Client;
  let cs1: string, cs2: string;

  beforeAll(async () => {
    setClock(CLOCK);
    w = await rosterWorld(env, 'RA');
    manager = await env.as('manager'); // center manager of CS1
    cs1 = await departmentIdOf(env.handle.db, 'CS1');
    cs2 = await departmentIdOf(env.handle.db, 'CS2');
  }, 60_000);
  afterAll(() => setClock());

  it('keeps a center manager to the shift templates of their own center', async () => {
    const before = await countRows(env.handle.db, 'attendance_shifts');
    expectError(
      await manager.post('/api/attendance/shifts', { ...shift, code: 'RAM1', departmentId: cs2 }),
      403,
      'ATTENDANCE_SHIFT_NOT_YOUR_CENTER',
    );
    // A center-wide template is on every center's rosters: they may add one, not change one.
    expectError(
      await manager.put(`/api/attendance/shifts/${w.shifts.D.id}`, { version: 1, startTime: '10:00' }),
      403,
      'ATTENDANCE_SHIFT_NOT_YOUR_CENTER',
    );
    expect(await countRows(env.handle.db, 'attendance_shifts')).toBe(before);
    const wide = await manager.post('/api/attendance/shifts', { ...shift, code: 'RAM2', departmentId: null });
    expect(wide.status, wide.raw).toBe(200);
    expectError(
      await manager.put(`/api/attendance/shifts/${wide.body.data.id}`, { version: 1, active: false }),
      403,
      'ATTENDANCE_SHIFT_NOT_YOUR_CENTER',
    );
    // Their own center's: yes, but not moved to another center.
    const own = await manager.post('/api/attendance/shifts', { ...shift, code: 'RAM3', departmentId: cs1 });
    expect(own.status, own.raw).toBe(200);
    expectError(
      await manager.put(`/api/attendance/shifts/${own.body.data.id}`, { version: 1, departmentId: cs2 }),
      403,
      'ATTENDANCE_SHIFT_NOT_YOUR_CENTER',
    );
    const renamed = await manager.put(`/api/attendance/shifts/${own.body.data.id}`, { version: 1, name: '早班' });
    expect(renamed.status, renamed.raw).toBe(200);
    // HR sets up any center's; an agent none.
    const hrs = await w.hr.post('/api/attendance/shifts', { ...shift, code: 'RAH1', departmentId: cs2 });
    expect(hrs.status, hrs.raw).toBe(200);
    expectError(await w.agent.post('/api/attendance/shifts', { ...shift, code: 'RAA1', departmentId: null }), 403);
  });

  it('refuses a shift of breaks only', async () => {
    const res = await w.admin.post('/api/attendance/shifts', {
      ...shift,
      code: 'RAZ',
      endTime: '09:30',
      breaks: [{ start: '09:00', end: '09:30' }],
      departmentId: null,
    });
    expectError(res, 400, 'ATTENDANCE_SHIFT_NO_WORK', 'breaks');
    expectError(
      await w.admin.post('/api/attendance/shifts', { ...shift, code: 'RAZ', endTime: '09:00', departmentId: null }),
      400,
      'ATTENDANCE_SHIFT_END_EQUALS_START',
    );
  });

  it('hides drafts from agents and keeps other leads and agents off a roster', async () => {
    const id = await newRoster(w.lead, w.teamId, WEEK1);
    const cell = { employeeId: w.agentId, day: WEEK1, shiftId: w.shifts.D.id };
    expect((await w.lead.put(`/api/attendance/rosters/${id}/cells`, { version: 1, cells: [cell] })).status).toBe(200);
    const seen = await grid(w.agent, w.teamId, WEEK1);
    expect(seen.roster).toBeNull();
    expect(JSON.stringify(seen)).not.toContain(w.shifts.D.id);
    expectError(await w.otherLead.put(`/api/attendance/rosters/${id}/cells`, { version: 2, cells: [cell] }), 404);
    expectError(await w.otherLead.get(`/api/attendance/rosters?teamId=${w.teamId}&from=${WEEK1}`), 404);
    expectError(await w.agent.put(`/api/attendance/rosters/${id}/cells`, { version: 2, cells: [cell] }), 403);
    expectError(await w.agent.post(`/api/attendance/rosters/${id}/publish`, { version: 2 }), 403);
    expectError(await w.agent.get(`/api/attendance/rosters/template?rosterId=${id}&format=csv`), 403);
    expectError(
      await w.otherLead.post('/api/attendance/rosters', { teamId: w.teamId, periodStart: '2027-03-08', kind: 'week' }),
      404,
    );
  });

  it('answers wrong cells with a code and writes none of them', async () => {
    const id = await newRoster(w.lead, w.teamId, '2027-03-15');
    const put = (cells: unknown[], version = 1) =>
      w.lead.put(`/api/attendance/rosters/${id}/cells`, { version, cells });
    const d = (day: string, shiftId: string | null) => ({ employeeId: w.agentId, day, shiftId });
    const mate = { employeeId: w.mates[0], day: '2027-03-16', shiftId: w.shifts.D.id };
    expectError(
      await put([mate, d('2027-03-15', w.shifts.D.id), d('2027-03-15', w.shifts.E.id)]),
      422,
      'ATTENDANCE_ROSTER_DUPLICATE_CELL',
    );
    expectError(await put([mate, { ...mate, employeeId: 'nobody' }]), 422, 'ATTENDANCE_ROSTER_NOT_IN_TEAM');
    expectError(await put([mate, d('2027-03-15', 'noshift')]), 422, 'ATTENDANCE_SHIFT_UNKNOWN');
    expectError(await put([mate, d('2027-03-30', null)]), 422, 'ATTENDANCE_ROSTER_DAY_OUTSIDE');
    expectError(await put([d('2027-02-30', null)]), 400, 'VALIDATION_FAILED');
    expectError(await put([mate], 9), 409, 'VERSION_CONFLICT');
    const g = await grid(w.lead, w.teamId, '2027-03-15');
    expect(g.roster.version).toBe(1);
    expect(JSON.stringify(g.people)).not.toContain(w.shifts.D.id);
    // Two publishes at once: one wins, the other is told.
    const both = await Promise.all([
      w.lead.post(`/api/attendance/rosters/${id}/publish`, { version: 1 }),
      w.lead.post(`/api/attendance/rosters/${id}/publish`, { version: 1 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});
