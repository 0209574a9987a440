import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { userIdOf } from '../../../test/helpers.js';
import { addEvaluators } from '../calibration/calibration.testkit.js';
import { okData } from '../forms/forms.testkit.js';
import { addWeek, operatingAgents, WEEK } from './sampling.testkit.js';

// Issue 17 item 4 through HTTP: with two evaluators at 5 recordings a day (every other
// evaluator's quota set to 0 by the QA lead), a week of 5 working days holds at most 50 samples;
// the draw says what the rules asked for, how many were left out and the evaluator-days that
// would cover them, and nobody's queue exceeds their week's quota.

describe.each(DIALECTS)('sampling within capacity on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client;
  let two: string[];

  beforeAll(async () => {
    manager = await env.as('manager');
    const agents = await operatingAgents(db());
    await addWeek(db(), agents, (i) => 40 + (i % 5) * 20);
    two = [await userIdOf(db(), 'qa'), (await addEvaluators(db(), ['cap2'])).cap2];
    const board = okData(await manager.get('/api/quality/quotas')) as { userId: string; mayScore: boolean }[];
    expect(board.filter((e) => two.includes(e.userId)).map((e) => e.mayScore)).toEqual([true, true]);
    for (const e of board) {
      const recording = two.includes(e.userId) ? 5 : 0;
      okData(
        await manager.put(`/api/quality/quotas/${e.userId}`, {
          live: 0,
          recording,
          sideBySide: 0,
          reason: '本周仅两名质检员在岗',
        }),
      );
    }
  });

  it('draws no more than two evaluators can score, says the shortfall, and fills each queue to the quota', async () => {
    const draw = okData(await manager.post('/api/quality/draws', { weekStart: WEEK, seed: 4242 }));
    expect(draw.samples).toBeLessThanOrEqual(50);
    expect(draw.capacity).toMatchObject({ capacity: 50, workingDays: 5, evaluators: 2, carried: 0 });
    expect(draw.capacity.demand).toBeGreaterThan(50);
    expect(draw.capacity.dropped).toBe(draw.capacity.demand - draw.samples);
    expect(draw.capacity.evaluatorDaysNeeded).toBe(Math.ceil(draw.capacity.dropped / 5));
    const perEvaluator = await db()
      .selectFrom('qa_samples')
      .select(['assigned_user_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('draw_id', '=', draw.id)
      .groupBy('assigned_user_id')
      .execute();
    for (const r of perEvaluator) {
      expect(two).toContain(r.assigned_user_id);
      expect(Number(r.n)).toBeLessThanOrEqual(25);
    }
    // New hires and probation agents come first; the regular agents share what is left evenly.
    const perAgent = okData(await manager.get(`/api/quality/draws/${draw.id}`)).perAgent as {
      samples: number;
      volume: number;
      rule: string;
    }[];
    const regular = perAgent
      .filter((a) => a.volume > 0 && (a.rule === 'share' || a.rule === 'minimum'))
      .map((a) => a.samples);
    expect(regular.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...regular) - Math.min(...regular)).toBeLessThanOrEqual(1);
  });
});
