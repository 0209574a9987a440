import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { setSetting } from '../practice/practice.testkit.js';

// The daily quiz in the learning-attitude part of the daily performance score (issue 20 item 4,
// SPEC §4): with drills.quizCountsInAttitude = 1 the scoring form's prefill suggests 30 × the
// share of the period's quiz questions answered correctly; with 0 (the default) nothing.

describe.each(DIALECTS)('quiz score as the attitude suggestion on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client, admin: Client;
  let traineeId: string;

  beforeAll(async () => {
    setClock('2026-10-14T02:00:00Z'); // Wednesday; the weekly period runs 2026-10-12 … 10-18
    [training, admin] = await Promise.all(['training', 'admin'].map((u) => env.as(u)));
    traineeId = await employeeIdOf(env.handle.db, 'trainee');
    for (const [day, correct, total] of [
      ['2026-10-12', 3, 4],
      ['2026-10-13', 4, 6],
      ['2026-10-11', 0, 10], // the week before: not counted
    ] as const)
      await env.handle.db
        .insertInto('drill_quizzes')
        .values({
          id: newId(),
          employee_id: traineeId,
          day,
          total,
          answered: total,
          correct,
          status: 'finished',
          started_at: `${day}T01:00:00.000Z`,
          finished_at: `${day}T01:05:00.000Z`,
        })
        .execute();
  }, 60_000);
  afterAll(() => setClock());

  const prefill = async () => {
    const res = await training.get(`/api/exams/daily/prefill?employeeId=${traineeId}&date=2026-10-14`);
    expect(res.status, res.raw).toBe(200);
    return res.body.data;
  };

  it('suggests nothing while the setting is off, and the period’s quiz share of 30 when on', async () => {
    expect((await prefill()).attitude).toBeNull();
    await setSetting(admin, 'drills.quizCountsInAttitude', 1);
    // 7 of 10 questions right in the period: 21 of 30.
    expect(await prefill()).toMatchObject({ periodStart: '2026-10-12', periodEnd: '2026-10-18', attitude: 21 });
    const earlier = await training.get(`/api/exams/daily/prefill?employeeId=${traineeId}&date=2026-10-01`);
    expect(earlier.body.data.attitude).toBeNull(); // no quiz in that period
  });
});
