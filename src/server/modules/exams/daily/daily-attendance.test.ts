import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { teamIdOf } from '../../../test/helpers.js';
import { craftDays } from '../../attendance/summary/summary.testkit.js';
import { at, catalogue, learners, okData, schedule } from '../../training/shared/training.testkit.js';

// The daily-performance attendance prefill (SPEC §4, §10) counts training sessions and rostered
// days together, each with the same credit; a week in May 2027, away from the demo data.

describe.each(DIALECTS)('daily-performance attendance from sessions and rostered days on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let people: Awaited<ReturnType<typeof learners>>;

  beforeAll(async () => {
    setClock('2027-05-20T04:00:00Z');
    training = await env.as('training');
    people = await learners(env, 2, 'dlyatt');
  }, 60_000);
  afterAll(() => setClock());

  it('combines present credit over counted sessions and days', async () => {
    const [a, b] = people;
    const kit = await catalogue(env);
    const trainer = await env.as('trainer');
    for (const [from, to, status] of [
      ['09:00', '10:00', 'present'],
      ['10:00', '11:00', 'absent'],
    ] as const) {
      const s = await schedule(kit, {
        room: 'D3',
        startsAt: at('2027-05-10', from),
        endsAt: at('2027-05-10', to),
        employeeIds: [a.employeeId],
      });
      okData(
        await trainer.put(`/api/training/sessions/${s}/attendance`, {
          records: [{ employeeId: a.employeeId, status }],
        }),
      );
    }
    const teamId = await teamIdOf(env.handle.db, 'TRN-NH');
    await craftDays(env.handle.db, a.employeeId, teamId, [
      { day: '2027-05-11', outcome: 'on_time' },
      { day: '2027-05-12', outcome: 'late', late: 20 },
      { day: '2027-05-13', outcome: 'rest' },
    ]);
    await craftDays(env.handle.db, b.employeeId, teamId, [
      { day: '2027-05-11', outcome: 'on_time' },
      { day: '2027-05-12', outcome: 'absent', resolution: 'confirmed' },
    ]);
    // 30 × (1 + 0 + 1 + 0.5) / 4 = 18.75 → 18.8
    const pre = okData(await training.get(`/api/exams/daily/prefill?employeeId=${a.employeeId}&date=2027-05-12`));
    expect(pre).toMatchObject({ periodStart: '2027-05-10', attendance: 18.8 });
    // Rostered days alone: 30 × 1 / 2
    const onlyDays = okData(await training.get(`/api/exams/daily/prefill?employeeId=${b.employeeId}&date=2027-05-12`));
    expect(onlyDays.attendance).toBe(15);
    // Nothing in the period → entered by hand.
    const none = okData(await training.get(`/api/exams/daily/prefill?employeeId=${b.employeeId}&date=2027-05-19`));
    expect(none.attendance).toBeNull();
  });
});
