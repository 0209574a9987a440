import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { countQueries } from '../../../test/query-count.js';
import { queryPlan, scansWhole } from '../../../test/query-plan.js';
import * as sampling from '../sampling/queues.repo.js';
import * as work from './work.repo.js';

// Issue 23: counting what evaluators scored in a window reads an index, never the whole of
// qa_evaluations (one evaluator: qa_evaluations_evaluator_idx; everyone, for the sample queue's
// quotas: qa_evaluations_scored_idx), on both dialects.
describe.each(DIALECTS)('scoredBetween on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('reads an index of qa_evaluations, not the whole table', async () => {
    const db = env.handle.db;
    const start = '2026-11-01T00:00:00.000Z';
    const end = '2026-12-01T00:00:00.000Z';
    const { ran } = await countQueries(db, async () => {
      await work.scoredBetween(db, 'someone', start, end);
      await sampling.scoredBetween(db, start, end);
      await sampling.scoredBetween(db, start, end, 'someone');
    });
    expect(ran).toHaveLength(3);
    for (const q of ran) {
      const plan = await queryPlan(env.handle, q);
      expect(scansWhole(plan, 'qa_evaluations'), `${q.sql}\n${plan.join('\n')}`).toBe(false);
      expect(plan.join('\n')).toMatch(/qa_evaluations_(evaluator|scored)_idx/);
    }
  });
});
