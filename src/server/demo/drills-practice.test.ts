import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock.js';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { countRows, employeeIdOf } from '../test/helpers.js';
import { seedDrillsDemo } from './drills.js';
import { seedDrillsPracticeDemo } from './drills-practice.js';

// The drills practice demo (demo/drills-practice.ts): weeks of review history behind the decks
// demo, varied enough for the team view to show differences, the demo trainee's quiz of today
// done, and a second run that changes nothing.

describe.each(DIALECTS)('drills practice demo on $name', (dialect) => {
  const env = useTestEnv(dialect);
  beforeAll(() => setClock('2026-10-14T06:00:00Z')); // Wednesday 14:00 in Beijing
  afterAll(() => setClock());

  it('writes a varied history and today’s quiz once', async () => {
    const db = env.handle.db;
    await seedDrillsDemo(db);
    await seedDrillsPracticeDemo(db);
    const counts = async () =>
      Promise.all(
        (['drill_states', 'drill_reviews', 'drill_days', 'drill_quizzes', 'drill_quiz_items'] as const).map((t) =>
          countRows(db, t),
        ),
      );
    const first = await counts();
    expect(first[1]).toBeGreaterThan(1000);
    await seedDrillsPracticeDemo(db);
    expect(await counts()).toEqual(first);

    // Nothing lies ahead of the clock; the history reaches back three weeks and more.
    const span = await db
      .selectFrom('drill_reviews')
      .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('reviewed_at').as('last')])
      .executeTakeFirstOrThrow();
    expect(span.first! <= '2026-09-23').toBe(true);
    expect(span.last! <= '2026-10-14T06:00:00.000Z').toBe(true);

    const lead = await env.as('teamlead');
    const team = (await lead.get('/api/drills/team?from=2026-09-20&to=2026-10-14')).body.data;
    const minutes = new Set(team.people.map((p: { minutes: number }) => p.minutes));
    expect(minutes.size).toBeGreaterThan(3);
    expect(team.people.some((p: { masteryPercent: number | null }) => (p.masteryPercent ?? 0) > 0)).toBe(true);
    expect(team.people.some((p: { goalDays: number }) => p.goalDays > 0)).toBe(true);
    expect(team.mostMissed.length).toBeGreaterThan(0);

    const trainee = await env.as('trainee');
    const quiz = (await trainee.get('/api/drills/quiz/today')).body.data;
    expect(quiz).toMatchObject({ day: '2026-10-14', status: 'finished' });
    expect(quiz.percent).toBeLessThan(100);
    const traineeId = await employeeIdOf(db, 'trainee');
    expect((await db.selectFrom('drill_reviews').select('id').where('quiz_id', '=', quiz.id).execute()).length).toBe(
      quiz.total,
    );
    expect(traineeId).toBe(quiz.employeeId);
  });
});
