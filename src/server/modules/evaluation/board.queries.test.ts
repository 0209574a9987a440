import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { countQueries } from '../../test/query-count.js';
import { day, okData } from '../training/shared/training.testkit.js';
import { dailyScore, evaluationKit, practicalResult, trainees, type Kit } from './evaluation.testkit.js';

// Issue 23: the cohort board runs a fixed, small number of queries, whatever the cohort's size
// (it ran 16 + 2 per member before: each member’s mentoring and attendance on their own). The
// remaining 14 are one per fact table, most read through other modules’ batch functions.
const MOST = 14;

describe.each(DIALECTS)('cohort board queries on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let small: string;
  let large: string;

  const cohort = async (name: string, employeeIds: string[]) =>
    okData(await kit.training.post('/api/training/cohorts', { name, startDate: day(-14), employeeIds })).id as string;
  const boardQueries = async (id: string) => {
    const { result, sql } = await countQueries(env.handle.db, () =>
      kit.training.get(`/api/evaluation/cohorts/${id}/board`),
    );
    expect(result.status, result.raw).toBe(200);
    return { rows: result.body.data.rows as unknown[], sql };
  };

  beforeAll(async () => {
    kit = await evaluationKit(env);
    const people = await trainees(env, 4, 'boardq');
    for (const p of people) await dailyScore(kit, p.employeeId, '2026-11-02', 70);
    await practicalResult(kit, people[0].employeeId, [80, 80, 80, 80]);
    small = await cohort('查询小班', [people[0].employeeId]);
    large = await cohort(
      '查询班',
      people.map((p) => p.employeeId),
    );
    await boardQueries(large); // settings and sessions are cached after the first request
  }, 60_000);

  it(`answers in at most ${MOST} queries, the same for one member as for four`, async () => {
    const one = await boardQueries(small);
    const four = await boardQueries(large);
    expect(one.rows).toHaveLength(1);
    expect(four.rows).toHaveLength(4);
    expect(four.sql.length, four.sql.join('\n')).toBeLessThanOrEqual(MOST);
    expect(four.sql.length).toBe(one.sql.length);
  });
});
