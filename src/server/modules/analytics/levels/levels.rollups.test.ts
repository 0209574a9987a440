import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { buildFactsCenter, type FactsCenter } from '../facts/facts.testkit.js';
import { refreshAnalytics } from '../facts/refresh.js';

// Levels and effects over rollups the facts part rebuilt from the records (issue 22): the
// constructed center of facts.testkit.ts (program P: six hires, P1–P3 in the center manager's
// department; trainer 1 taught P1–P5 most, trainer 2 P6 and Q1–Q4), run through refreshAnalytics,
// then read as a training manager and as the center manager.

describe.each(DIALECTS)('levels and effects over rebuilt rollups on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let training: Client;
  let manager: Client;
  let c: FactsCenter;

  beforeAll(async () => {
    setClock('2026-06-01T04:00:00Z');
    training = await env.as('training');
    manager = await env.as('manager');
    const insideTeamId = (
      await db()
        .selectFrom('employees')
        .select('team_id')
        .where('id', '=', await employeeIdOf(db(), 'manager'))
        .executeTakeFirstOrThrow()
    ).team_id;
    c = await buildFactsCenter(db(), {
      insideTeamId,
      mentors: [await employeeIdOf(db(), 'mentor'), await employeeIdOf(db(), 'teamlead')],
    });
    await refreshAnalytics(db());
  }, 120_000);

  afterAll(() => setClock());

  it('a program’s people are its cohort and enrolled, within the reader’s scope', async () => {
    const all = await training.get(`/api/analytics/levels/programs/${c.programP}`);
    expect(all.status, all.raw).toBe(200);
    expect(all.body.data.program).toMatchObject({ title: '分析项目P', people: 6 });
    const seen = (await manager.get(`/api/analytics/levels/programs/${c.programP}`)).body.data;
    expect(seen.program.people).toBe(3);
    const listed = (await training.get('/api/analytics/levels?from=2025-02&to=2025-03')).body.data;
    expect(listed.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([c.programP, c.programQ]));
  });

  it('a trainer’s learners, their 6-month retention and a name, from the rebuilt people rollup', async () => {
    const data = (await training.get('/api/analytics/effects?kind=trainer')).body.data;
    const t1 = data.rows.find((r: { key: string }) => r.key === c.trainer1);
    const t2 = data.rows.find((r: { key: string }) => r.key === c.trainer2);
    expect(t1).toMatchObject({ learners: 5, ranked: true, retention: { n: 5, raw: 0.4 } }); // P1–P3 left within 6 months
    expect(t2).toMatchObject({ learners: 5, retention: { n: 5, raw: 0.6 } }); // Q1, Q2 left
    expect(t1.label).toBe('分析讲师甲');
    const mine = (await manager.get('/api/analytics/effects?kind=trainer')).body.data;
    expect(mine.rows.find((r: { key: string }) => r.key === c.trainer1).learners).toBe(3);
    expect(mine.rows.some((r: { key: string }) => r.key === c.trainer2)).toBe(false);
    const mentors = (await training.get(`/api/analytics/effects?kind=mentor&programId=${c.programP}`)).body.data;
    expect(mentors.rows.map((r: { key: string; learners: number }) => [r.key, r.learners]).sort()).toEqual(
      [
        [c.mentor1, 1],
        [c.mentor2, 1],
      ].sort(),
    );
  });
});
