import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { teamIdOf } from '../../test/helpers.js';
import { craftDays } from '../attendance/summary/summary.testkit.js';
import { okData } from '../training/shared/training.testkit.js';
import { criterion } from './evaluation.testkit.js';

// Criterion 4 of SPEC §6 counts the unexcused lateness, early leave and absence of rostered days
// (the attendance module) beside training's, each with its day as evidence (kind attendance_day);
// a day the lead excused or turned into leave does not count. March 2027, away from the demo.

describe.each(DIALECTS)('criterion 4 from rostered attendance on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let teamId: string, a: string;

  beforeAll(async () => {
    setClock('2027-04-10T04:00:00Z');
    teamId = await teamIdOf(env.handle.db, 'TRN-NH');
    a = (
      await env.handle.db
        .selectFrom('employees')
        .select('id')
        .where('team_id', '=', teamId)
        .orderBy('employee_no', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
    training = await env.as('training');
  }, 60_000);
  afterAll(() => setClock());

  const c4 = async () => criterion(okData(await training.get(`/api/evaluation/trainees/${a}`)), 'attendance_breaches');

  it('two unexcused days put the trainee at risk, an excused one and leave do not count, a third meets it', async () => {
    await craftDays(env.handle.db, a, teamId, [
      { day: '2027-03-01', outcome: 'late', late: 14 },
      { day: '2027-03-02', outcome: 'on_time' },
      { day: '2027-03-03', outcome: 'absent', resolution: 'excused' },
      { day: '2027-03-04', outcome: 'early_leave', early: 25, resolution: 'confirmed' },
      { day: '2027-03-05', outcome: 'absent', resolution: 'leave' },
    ]);
    let c = await c4();
    expect(c).toMatchObject({ met: false, atRisk: true, facts: { count: 2, threshold: 3 } });
    expect(c.evidence.map((e: any) => [e.kind, e.date, e.detail, e.minutes])).toEqual([
      ['attendance_day', '2027-03-01', 'late', 14],
      ['attendance_day', '2027-03-04', 'early_leave', 25],
    ]);
    expect(c.evidence[0]).toMatchObject({ id: `${a}/2027-03-01`, refId: a });

    await craftDays(env.handle.db, a, teamId, [{ day: '2027-03-08', outcome: 'absent' }]);
    c = await c4();
    expect(c).toMatchObject({ met: true, facts: { count: 3 } });
    expect(c.evidence.map((e: any) => e.date)).toEqual(['2027-03-01', '2027-03-04', '2027-03-08']);
  });
});
