import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { workOf } from '../../test/work-list.js';
import { okData } from '../training/shared/training.testkit.js';
import { evaluationKit, theoryResult, trainees, type Kit } from './evaluation.testkit.js';

// The training manager's cohort results on the home page (issue 26): per cohort whose new-hire
// plan has ended, one item counting the trainees still to certify, due the plan's end day and
// opening the cohort board; a cohort still in training is absent, and certifying them all takes
// the item away.
const work = (c: Client) => workOf(c, 'evaluationCohortResults');

describe.each(DIALECTS)('cohort results work on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let people: Awaited<ReturnType<typeof trainees>>;
  let ended: string;
  let running: string;

  async function cohort(ids: string[], endDate: string, name: string) {
    const cohortId = okData(
      await kit.training.post('/api/training/cohorts', { name, startDate: '2027-02-01', employeeIds: ids }),
    ).id as string;
    okData(
      await kit.training.post('/api/training/plans', {
        title: `${name}岗前培训`,
        audience: 'new_hire',
        cohortId,
        startDate: '2027-02-01',
        endDate,
        status: 'active',
      }),
    );
    return cohortId;
  }

  beforeAll(async () => {
    setClock('2027-03-10T02:00:00Z'); // Wednesday 10:00 in the center
    kit = await evaluationKit(env);
    people = await trainees(env, 3, 'cw');
    ended = await cohort([people[0]!.employeeId, people[1]!.employeeId], '2027-03-05', '结业一班');
    running = await cohort([people[2]!.employeeId], '2027-03-20', '在训二班');
  }, 60_000);
  afterAll(() => setClock());

  it('lists the ended cohort with its count, due its end day, not the cohort still in training', async () => {
    const { items, counts } = await work(kit.training);
    const mine = items.filter((i) => [ended, running].some((id) => i.key.endsWith(id)));
    expect(mine).toEqual([
      {
        key: `evaluationCohortResults:${ended}`,
        kind: 'evaluationCohortResults',
        menu: 'evaluation-board',
        due: '2027-03-05',
        provisional: expect.any(Boolean), // the home module marks a year without calendar data
        overdueDays: 3,
        link: `/evaluation/cohorts/${ended}/board`,
        params: { cohort: '结业一班', count: 2 },
      },
    ]);
    expect(counts['evaluation-board']).toBe(items.length);
    expect((await work(await env.as('teamlead'))).items).toEqual([]);
  });

  it('counts down as trainees are certified and is gone when all are', async () => {
    const mineOf = async () => (await work(kit.training)).items.filter((i) => i.key.endsWith(ended));
    for (const [n, p] of [people[0]!, people[1]!].entries()) {
      await theoryResult(kit, p, 80);
      okData(
        await kit.training.post(`/api/evaluation/trainees/${p.employeeId}/certify`, {
          step: 'shadowing',
          note: '结业考核通过',
        }),
      );
      expect((await mineOf()).map((i) => i.params.count)).toEqual(n === 0 ? [1] : []);
    }
  }, 60_000);
});
