import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { teamIdOf } from '../../../test/helpers.js';
import { craftDays } from '../../attendance/summary/summary.testkit.js';
import { at, catalogue, learners, okData, schedule } from '../../training/shared/training.testkit.js';
import { addAttendanceSums, attendanceKpi, attendanceSums } from './attendance.input.js';

// The attendance KPI (SPEC §9) reads the roster when the person has working days on a published
// roster in the period, and training attendance otherwise; both with training's credit rule.
// May 2027, away from the demo data.

describe.each(DIALECTS)('appraisal attendance from the schedule or training on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let people: Awaited<ReturnType<typeof learners>>;
  const period = { from: '2027-05-01', to: '2027-05-31' };

  beforeAll(async () => {
    setClock('2027-06-10T04:00:00Z');
    people = await learners(env, 3, 'apatt');
    trainer = await env.as('trainer');
    const kit = await catalogue(env);
    const [onlyTraining, both] = people;
    // Two sessions on 10 May: present and absent for both people → training gives 1 of 2.
    for (const [from, to, status] of [
      ['09:00', '10:00', 'present'],
      ['10:00', '11:00', 'absent'],
    ] as const) {
      const s = await schedule(kit, {
        room: 'A7',
        startsAt: at('2027-05-10', from),
        endsAt: at('2027-05-10', to),
        employeeIds: [onlyTraining.employeeId, both.employeeId],
      });
      okData(
        await trainer.put(`/api/training/sessions/${s}/attendance`, {
          records: [
            { employeeId: onlyTraining.employeeId, status },
            { employeeId: both.employeeId, status },
          ],
        }),
      );
    }
    // `both` is also on the roster: three days, one late by 5 minutes (0.8), one on leave.
    const teamId = await teamIdOf(env.handle.db, 'TRN-NH');
    await craftDays(env.handle.db, both.employeeId, teamId, [
      { day: '2027-05-03', outcome: 'on_time' },
      { day: '2027-05-04', outcome: 'late', late: 5 },
      { day: '2027-05-05', outcome: 'on_leave' },
      { day: '2027-05-08', outcome: null },
    ]);
  }, 90_000);
  afterAll(() => setClock());

  it('takes rostered days for a person with a schedule, training for the others', async () => {
    const [onlyTraining, both, neither] = people;
    const sums = await attendanceSums(
      env.handle.db,
      [onlyTraining.employeeId, both.employeeId, neither.employeeId],
      period,
    );
    expect(sums.get(onlyTraining.employeeId)).toEqual({ credit: 1, counted: 2 });
    expect(sums.get(both.employeeId)).toEqual({ credit: 1.8, counted: 2 });
    expect(sums.has(neither.employeeId)).toBe(false);
    const who = { personId: both.employeeId };
    expect(attendanceKpi(sums.get(both.employeeId)!, who, period)).toMatchObject({ value: 90, source: 'data' });
    // A team's figure adds the members' counts.
    const team = addAttendanceSums([sums.get(onlyTraining.employeeId), sums.get(both.employeeId)])!;
    expect(attendanceKpi(team, who, period).value).toBe(70);
  });
});
