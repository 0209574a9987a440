import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../lib/actor.js';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf, userIdOf } from '../../../test/helpers.js';
import { onAttendanceChange, type AttendanceChange } from '../shared/changes.js';
import { approvedLeaveOf, createLeaveFromException } from './leave.service.js';

// What the other attendance parts call: the clock's conversion of an exception into leave, and
// the approved leave on people's days, with the change hook told in the same transaction.

describe.each(DIALECTS)('leave for the other parts on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Actor;
  let agentId: string;
  const changes: AttendanceChange[] = [];

  beforeAll(async () => {
    setClock('2026-10-14T02:00:00Z');
    agentId = await employeeIdOf(db(), 'agent');
    const me = (await env.as('teamlead')).me;
    lead = { ...me, userId: await userIdOf(db(), 'teamlead'), roles: ['team_lead'] } as Actor;
    onAttendanceChange('leave-test', async (_trx, c) => {
      changes.push(c);
    });
  });
  afterAll(() => setClock());

  it('turns an exception into an approved one-day leave, seen by approvedLeaveOf, and refuses a second', async () => {
    const made = await db()
      .transaction()
      .execute((trx) =>
        createLeaveFromException(trx, lead, {
          employeeId: agentId,
          day: '2026-10-12',
          kind: 'personal',
          reason: '家中急事',
        }),
      );
    expect(made.days).toBe(1);
    expect(changes).toContainEqual({ employeeIds: [agentId], from: '2026-10-12', to: '2026-10-12', cause: 'leave' });
    const days = await approvedLeaveOf(db(), [agentId], '2026-10-01', '2026-10-31');
    expect(days).toEqual([{ employeeId: agentId, day: '2026-10-12', half: 'full', kind: 'personal', paid: false }]);
    await expect(
      db()
        .transaction()
        .execute((trx) =>
          createLeaveFromException(trx, lead, { employeeId: agentId, day: '2026-10-12', kind: 'sick', reason: '重复' }),
        ),
    ).rejects.toMatchObject({ errorCode: 'LEAVE_OVERLAP' });
    // A rostered Sunday (not a statutory working day) still converts, as one day.
    const sunday = await db()
      .transaction()
      .execute((trx) =>
        createLeaveFromException(trx, lead, {
          employeeId: agentId,
          day: '2026-10-11',
          kind: 'personal',
          reason: '排班日',
        }),
      );
    expect(sunday.days).toBe(1);
    await expect(
      db()
        .transaction()
        .execute((trx) =>
          createLeaveFromException(trx, lead, { employeeId: agentId, day: '2026-10-13', kind: 'nope', reason: '未知' }),
        ),
    ).rejects.toMatchObject({ errorCode: 'LEAVE_KIND_UNKNOWN' });
  });
});
