import { describe, expect, it } from 'vitest';
import { seedDemoInteractions } from '../../../demo/interactions.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays } from '../../../lib/clock.js';
import { seedQualityDemo } from '../../../demo/quality.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { okData } from './forms.testkit.js';

// The demo's month of quality monitoring: three published forms, about three evaluations per
// agent per week that keep their form version, scores that follow skill, and one lenient
// evaluator (qa3) that the oversight page must be able to find.

describe.each(DIALECTS)('quality demo on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('loads forms, evaluations and the lenient evaluator, once', async () => {
    const db = env.handle.db;
    // The demo is seeded up to yesterday by the one clock, whatever day the suite runs on.
    const endDay = addDays(await todayInCenter(db), -1);
    await seedDemoInteractions(env.handle, { endDay });
    const started = Date.now();
    const n = await seedQualityDemo(db);
    console.info(`quality demo on ${dialect.name}: ${n} evaluations in ${Date.now() - started} ms`); // a figure, never a timed test
    expect(await seedQualityDemo(db)).toBe(0);

    const qa = await env.as('qa');
    const forms = okData(await qa.get('/api/quality/forms')) as any[];
    expect(forms.map((f) => f.kind).sort()).toEqual(['inbound', 'nonvoice', 'outbound']);
    expect(forms.every((f) => f.publishedVersion !== null)).toBe(true);
    expect(forms.find((f) => f.kind === 'inbound').publishedVersion).toBe(2);

    const agents = await db.selectFrom('qa_evaluations').select('agent_id').distinct().execute();
    expect(agents.length).toBeGreaterThan(25);
    expect(n / agents.length).toBeGreaterThanOrEqual(12); // ≥ 3 a week over the month

    const rows = await db
      .selectFrom('qa_evaluations as e')
      .innerJoin('users as u', 'u.id', 'e.evaluator_user_id')
      .innerJoin('qa_form_versions as v', 'v.id', 'e.form_version_id')
      .select([
        'u.username',
        'e.score',
        'e.agent_status',
        'e.passed',
        'e.suggestion_kind',
        'v.number',
        'v.form_id',
        'e.scored_at',
        'v.published_at',
      ])
      .execute();
    expect(rows.every((r) => r.scored_at >= r.published_at!)).toBe(true); // scored on the version published then
    expect(new Set(rows.map((r) => r.number))).toEqual(new Set([1, 2]));
    expect(rows.filter((r) => !r.passed).every((r) => r.suggestion_kind)).toBe(true);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const by = (f: (r: (typeof rows)[number]) => boolean) => mean(rows.filter(f).map((r) => r.score));
    const lenient = by((r) => r.username === 'qa3') - by((r) => r.username === 'qa' || r.username === 'qa2');
    expect(lenient).toBeGreaterThan(6);
    expect(lenient).toBeLessThan(13);
    expect(by((r) => r.agent_status === 'probation')).toBeLessThan(by((r) => r.agent_status === 'regular') - 5);

    const qa3 = await env.as('qa3');
    expect(qa3.me.roles).toEqual(['qa_evaluator']);
    const mine = await qa3.get('/api/quality/evaluations?pageSize=5');
    expect(mine.body.total).toBe(rows.filter((r) => r.username === 'qa3').length);
  }, 60_000);
});
