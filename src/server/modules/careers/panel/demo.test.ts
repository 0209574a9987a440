import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCareersPanelDemo } from '../../../demo/careers-panel.js';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { okData } from '../../training/shared/training.testkit.js';

// The panel's demo: last quarter's round, run to the end — entries, one declined, four candidates
// scored with one panel sheet missing, the results out and the two chosen (the `mentor` account
// among them) in a management-training cohort — dated in that quarter, left alone by a second run.

describe.each(DIALECTS)('careers panel demo on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let roundId: string;

  beforeAll(async () => {
    setClock('2026-12-07T02:00:00Z'); // the fourth quarter: the demo round is the third's
    await seedCareersPanelDemo(env.handle.db);
    await seedCareersPanelDemo(env.handle.db);
    const rounds = await env.handle.db.selectFrom('career_rounds').selectAll().execute();
    expect(rounds.map((r) => [r.name, r.status])).toEqual([['2026年第三季度储备团队长竞聘', 'results_published']]);
    roundId = rounds[0].id;
    expect(rounds[0].talk_day! < '2026-10-01' && rounds[0].nominations_open >= '2026-07-01').toBe(true);
  }, 60_000);
  afterAll(() => setClock());

  it('shows HR the scored round with the missing panel sheet, and everyone the published results', async () => {
    const view = okData(await (await env.as('hr')).get(`/api/careers/panel/rounds/${roundId}`));
    expect(view.candidates).toHaveLength(4);
    expect(view.scorers.map((s: any) => s.kind)).toEqual(['panel', 'panel', 'panel', 'peer', 'peer', 'peer']);
    const missing = view.candidates.filter((c: any) => c.panel.missing.length);
    expect(missing).toHaveLength(1);
    expect(missing[0].panel).toMatchObject({ n: 2, of: 3 });
    expect(missing[0].panel.missing[0].employeeId).toBe(await employeeIdOf(env.handle.db, 'teamlead'));

    const results = okData(await (await env.as('agent')).get(`/api/careers/panel/rounds/${roundId}/results`));
    expect(results.results.filter((r: any) => r.outcome === 'chosen')).toHaveLength(2);
    expect(results.results[0]).toMatchObject({
      employeeId: await employeeIdOf(env.handle.db, 'mentor'),
      outcome: 'chosen',
    });
  });

  it('puts the chosen in the cohort and the steps on their record', async () => {
    const mentor = await env.as('mentor');
    const path = okData(await mentor.get('/api/careers/path/me'));
    const kinds = path.record.filter((r: any) => r.roundId === roundId).map((r: any) => r.kind);
    expect(kinds).toEqual([
      'management_training_enrolled',
      'reserve_chosen',
      'reserve_shortlisted',
      'reserve_nominated',
    ]);
    const round = await env.handle.db.selectFrom('career_rounds').select('cohort_id').executeTakeFirstOrThrow();
    const cohort = okData(await (await env.as('training')).get(`/api/training/cohorts/${round.cohort_id}`));
    expect(cohort.members).toHaveLength(2);
    expect(cohort.name).toBe('2026年第三季度储备团队长管理培训班');
  });
});
