import { describe, expect, it } from 'vitest';
import { seedDemoInteractions } from '../../../demo/interactions.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays } from '../../../lib/clock.js';
import { seedQualityDemo } from '../../../demo/quality.js';
import { seedQualityFeedbackDemo } from '../../../demo/quality-feedback.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { countRows, ensureCalendarYears } from '../../../test/helpers.js';
import { okData } from '../forms/forms.testkit.js';

// The demo's feedback, disputes, summary actions and red lines on top of its month of
// evaluations: a task for every evaluation, most given, some late, some overdue; one open
// dispute by the demo agent for the team lead to decide; a red-line list; loaded once.

describe.each(DIALECTS)('quality feedback demo on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('loads feedback for every evaluation, one open dispute, actions and red lines, once', async () => {
    const db = env.handle.db;
    // The demo is seeded up to yesterday by the one clock, whatever day the suite runs on, on a
    // calendar that covers its weeks (deadlines in a year without data would be provisional).
    const today = await todayInCenter(db);
    await ensureCalendarYears(env, addDays(today, -60), addDays(today, 14));
    await seedDemoInteractions(env.handle, { endDay: addDays(today, -1) });
    await seedQualityDemo(db);
    const started = Date.now();
    await seedQualityFeedbackDemo(db);
    console.info(`quality feedback demo on ${dialect.name}: ${Date.now() - started} ms`); // a figure, never a timed test
    const tasks = await countRows(db, 'qa_feedback');
    expect(tasks).toBe(await countRows(db, 'qa_evaluations'));
    await seedQualityFeedbackDemo(db);
    expect(await countRows(db, 'qa_feedback')).toBe(tasks);
    expect(await countRows(db, 'qa_red_lines')).toBe(3);

    const manager = await env.as('manager');
    const counts = okData(await manager.get('/api/quality/feedback/by-evaluator')) as any[];
    const total = (k: string) => counts.reduce((s, c) => s + c[k], 0);
    expect(total('onTime')).toBeGreaterThan(total('late'));
    expect(total('late')).toBeGreaterThan(0);
    expect(total('overdue')).toBeGreaterThan(0);

    const lead = await env.as('teamlead');
    const open = okData(await lead.get('/api/quality/disputes?toReview=true')) as any[];
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ status: 'open', mayDecide: true, scope: 'items' });
    expect(open[0].items.length).toBeGreaterThan(0);
    const agent = await env.as('agent');
    expect(okData(await agent.get(`/api/quality/evaluations/${open[0].evaluationId}/feedback`))).toMatchObject({
      isAgent: true,
      dispute: { id: open[0].id },
    });

    expect(await countRows(db, 'qa_summary_actions')).toBeGreaterThan(0);
    expect(await countRows(db, 'qa_followups')).toBeGreaterThan(0);
    const closed = await db.selectFrom('qa_followups').select('id').where('status', '=', 'closed').execute();
    expect(closed.length).toBeGreaterThan(0); // later evaluations solved some problems
  }, 120_000);
});
