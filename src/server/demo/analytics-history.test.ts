import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock.js';
import { refreshAnalytics } from '../modules/analytics/facts/refresh.js';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { seedAnalyticsHistoryDemo, type HistorySummary } from './analytics-history.js';
import { PROGRAMS } from './analytics-model.js';
import { OTJ } from './analytics-otj.js';
import { seedQualityDemo } from './quality.js';
import { seedTrainingDemo } from './training.js';

// The training-proof demo (issue 22): two years of monthly cohorts through three programs, with
// exits of every kind (the eliminated through closed cases), about 55% kept after a year, QA and
// KPIs, and an on-the-job course with a real effect — enough for every analytics page to show
// something. Read back through the rollups the pages read.

const add = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);

describe.each(DIALECTS)('analytics history demo on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let summary: HistorySummary | null;

  beforeAll(async () => {
    setClock('2026-12-07T04:00:00Z');
    await seedTrainingDemo(db());
    await seedQualityDemo(db()); // the scorecards
    const started = Date.now();
    summary = await seedAnalyticsHistoryDemo(db());
    console.info(`analytics history demo on ${dialect.name}: ${Date.now() - started} ms`); // a figure, not a test
    expect(await seedAnalyticsHistoryDemo(db())).toBeNull(); // loaded once
    await refreshAnalytics(db());
  }, 120_000);
  afterAll(() => setClock());

  it('hires monthly cohorts through three programs and four trainers, with exits of every kind', async () => {
    expect(summary!.people).toBeGreaterThan(150);
    const people = await db()
      .selectFrom('analytics_people')
      .selectAll()
      .where('hire_date', '>=', '2024-11-01')
      .execute();
    const history = people.filter((p) => p.hire_date < '2026-11-01' && p.program_id);
    expect(new Set(history.map((p) => p.hire_month)).size).toBe(24);
    const plans = await db().selectFrom('training_plans').select(['id', 'title']).execute();
    const programOf = new Map(plans.map((p) => [p.id, p.title]));
    expect(new Set(history.map((p) => programOf.get(p.program_id!)))).toEqual(new Set(PROGRAMS.map((p) => p.title)));
    expect(new Set(history.map((p) => p.trainer_id)).size).toBe(4);
    expect(new Set(history.map((p) => p.mentor_id).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    for (const kind of ['eliminated', 'resigned', 'dismissed'])
      expect(history.filter((p) => p.exit_kind === kind).length).toBeGreaterThan(0);
    // Most exits come in the first three months.
    const exits = history.filter((p) => p.exit_date);
    const early = exits.filter((p) => p.exit_date! < add(p.hire_date, 92));
    expect(early.length / exits.length).toBeGreaterThan(0.5);

    // About 55% of those hired a year or more ago are still here a year after hire; the fast program keeps fewer.
    const keptAtYear = (rows: typeof history) => {
      const old = rows.filter((p) => add(p.hire_date, 365) <= '2026-12-07');
      return old.filter((p) => !p.exit_date || p.exit_date >= add(p.hire_date, 365)).length / old.length;
    };
    expect(keptAtYear(history)).toBeGreaterThan(0.45);
    expect(keptAtYear(history)).toBeLessThan(0.65);
    const byTitle = (t: string) => history.filter((p) => programOf.get(p.program_id!) === t);
    expect(keptAtYear(byTitle(PROGRAMS[0].title))).toBeGreaterThan(keptAtYear(byTitle(PROGRAMS[1].title)));
  });

  it('eliminates only through closed cases whose criterion is the exit’s, and keeps statuses in step', async () => {
    const gone = await db()
      .selectFrom('analytics_people')
      .select(['employee_id', 'exit_criterion', 'exit_date'])
      .where('exit_kind', '=', 'eliminated')
      .execute();
    const cases = await db().selectFrom('elimination_cases').selectAll().where('status', '=', 'closed').execute();
    for (const p of gone) {
      const c = cases.find((x) => x.employee_id === p.employee_id);
      expect(c).toMatchObject({ decision: 'eliminate', criterion: p.exit_criterion });
    }
    const mismatched = await db()
      .selectFrom('employees as e')
      .select('e.id')
      .where('e.employee_no', '>=', 'E3001')
      .where((eb) =>
        eb(
          'e.status',
          '!=',
          eb
            .selectFrom('employee_status_history as h')
            .select('h.to_status')
            .whereRef('h.employee_id', '=', 'e.id')
            .orderBy('h.effective_date', 'desc')
            .limit(1),
        ),
      )
      .execute();
    expect(mismatched).toHaveLength(0);
  });

  it('has exams with retakes, feedback, QA in the first 90 days and later, and KPIs every month', async () => {
    const attempts = await db().selectFrom('exam_attempts').select(['attempt_no', 'passed']).execute();
    expect(attempts.some((a) => a.attempt_no === 2)).toBe(true);
    expect(attempts.some((a) => a.passed === 0) && attempts.some((a) => a.passed === 1)).toBe(true);
    expect((await db().selectFrom('training_feedback').select('id').execute()).length).toBeGreaterThan(500);
    const months = await db().selectFrom('analytics_center_months').selectAll().orderBy('month').execute();
    const history = months.filter((m) => m.month >= '2024-12' && m.month <= '2026-11');
    expect(history).toHaveLength(24);
    for (const m of history) expect(m.qa_count > 0 && m.handled > 0 && m.fcr_known > 0).toBe(true);
  });

  it('gives last quarter’s on-the-job course a real effect on first-contact resolution', async () => {
    const plan = await db()
      .selectFrom('training_plans')
      .select('id')
      .where('title', '=', OTJ.title)
      .executeTakeFirstOrThrow();
    const trained = new Set(
      (
        await db()
          .selectFrom('training_enrollments as e')
          .innerJoin('training_sessions as s', 's.id', 'e.session_id')
          .select('e.employee_id')
          .where('s.plan_id', '=', plan.id)
          .execute()
      ).map((r) => r.employee_id),
    );
    expect(trained.size).toBeGreaterThan(10);
    const rows = await db()
      .selectFrom('analytics_person_months')
      .select(['employee_id', 'month', 'fcr_yes', 'fcr_known'])
      .where('month', 'in', ['2026-05', '2026-06', '2026-08', '2026-09'])
      .execute();
    const change = (group: boolean) => {
      const sum = (after: boolean) => {
        const r = rows.filter((x) => trained.has(x.employee_id) === group && x.month > '2026-07' === after);
        return r.reduce((s, x) => s + x.fcr_yes, 0) / r.reduce((s, x) => s + x.fcr_known, 0);
      };
      return sum(true) - sum(false);
    };
    expect(change(true) - change(false)).toBeGreaterThan(0.02);
  });
});
