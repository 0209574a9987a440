import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../lib/actor.js';
import { setClock } from '../../../lib/clock.js';
import { AppError } from '../../../lib/errors.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { userIdOf } from '../../../test/helpers.js';
import { CLOCK, noticeKinds, rosterWorld, type RosterWorld } from './rosters.testkit.js';
import { scheduleOf, swapScheduleDays } from './schedule.service.js';

// swapScheduleDays, what the swaps part calls once a lead approves a swap: the two people
// exchange their entries, overlaps are refused, the change is recorded and both are told.
describe.each(DIALECTS)('schedule swaps on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let w: RosterWorld;
  let actor: Actor;
  let mate: string;
  const WEEK = '2027-03-15';
  beforeAll(async () => {
    setClock(CLOCK);
    w = await rosterWorld(env, 'S');
    mate = w.mates[0];
    actor = { userId: await userIdOf(env.handle.db, 'teamlead'), name: 'lead' } as Actor;
    const created = await w.lead.post('/api/attendance/rosters', { teamId: w.teamId, periodStart: WEEK, kind: 'week' });
    const id = created.body.data.id;
    const { D, N, E } = w.shifts;
    const cells = await w.lead.put(`/api/attendance/rosters/${id}/cells`, {
      version: 1,
      cells: [
        { employeeId: w.agentId, day: '2027-03-15', shiftId: D.id },
        { employeeId: w.agentId, day: '2027-03-16', shiftId: N.id },
        { employeeId: w.agentId, day: '2027-03-17', shiftId: null },
        { employeeId: mate, day: '2027-03-15', shiftId: E.id },
        { employeeId: mate, day: '2027-03-16', shiftId: null },
        { employeeId: mate, day: '2027-03-17', shiftId: E.id },
      ],
    });
    expect(cells.status, cells.raw).toBe(200);
    expect((await w.lead.post(`/api/attendance/rosters/${id}/publish`, { version: 2 })).status).toBe(200);
  });
  afterAll(() => setClock());

  const swap = (a: string, b: string, day: string, dayB = day) =>
    env.handle.db
      .transaction()
      .execute((trx) => swapScheduleDays(trx, actor, { employeeId: a, day }, { employeeId: b, day: dayB }, '互换'));
  const shiftOn = async (who: string, day: string) => (await scheduleOf(env.handle.db, [who], day, day))[0]?.shiftId;

  it('exchanges the two entries, records the change and tells both', async () => {
    await swap(w.agentId, mate, '2027-03-15');
    expect(await shiftOn(w.agentId, '2027-03-15')).toBe(w.shifts.E.id);
    expect(await shiftOn(mate, '2027-03-15')).toBe(w.shifts.D.id);
    const changes = await env.handle.db
      .selectFrom('attendance_schedule_changes')
      .selectAll()
      .where('day', '=', '2027-03-15')
      .where('source', '=', 'swap')
      .execute();
    expect(changes.map((c) => [c.employee_id, c.from_shift_id, c.to_shift_id, c.reason]).sort()).toEqual(
      [
        [w.agentId, w.shifts.D.id, w.shifts.E.id, '互换'],
        [mate, w.shifts.E.id, w.shifts.D.id, '互换'],
      ].sort(),
    );
    expect(await noticeKinds(w.agent)).toContain('attendance_schedule_swapped');
  });

  it('refuses a swap that puts an early shift right after a night shift, changing nothing', async () => {
    const err = await swap(w.agentId, mate, '2027-03-17').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).errorCode).toBe('ATTENDANCE_SHIFT_OVERLAP');
    expect((err as AppError).params).toMatchObject({ employeeId: w.agentId, day: '2027-03-17' });
    expect(await shiftOn(w.agentId, '2027-03-17')).toBeNull();
    expect(await shiftOn(mate, '2027-03-17')).toBe(w.shifts.E.id);
  });

  it('refuses days without entries and a swap with oneself', async () => {
    const missing = await swap(w.agentId, mate, '2027-03-20').catch((e: unknown) => e);
    expect((missing as AppError).errorCode).toBe('ATTENDANCE_SWAP_NOT_SCHEDULED');
    const self = await swap(w.agentId, w.agentId, '2027-03-15').catch((e: unknown) => e);
    expect((self as AppError).errorCode).toBe('ATTENDANCE_SWAP_SAME_PERSON');
  });
});
