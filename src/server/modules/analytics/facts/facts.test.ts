import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { buildFactsCenter, type FactsCenter } from './facts.testkit.js';
import { centerMonths, groupLabels, personMonths, selectPeople } from './people.query.js';
import { refreshIfDue } from './refresh.job.js';
import { refreshAnalytics } from './refresh.js';

// The warehouse loader (issue 22): the rollups of a small constructed center (facts.testkit.ts)
// checked row by row, the state endpoint, the rebuild on demand and who may ask for it.
describe.each(DIALECTS)('analytics facts ($name)', (dialect) => {
  const env = useTestEnv(dialect);
  let c: FactsCenter;
  let before: Map<string, { qa_count: number; handled: number }>;

  beforeAll(async () => {
    setClock('2026-12-01T04:00:00Z');
    const db = env.handle.db;
    await refreshAnalytics(db);
    before = new Map((await centerMonths(db, '2025-03', '2025-04')).map((m) => [m.month, m]));
    const manager = await employeeIdOf(db, 'manager');
    const insideTeamId = (
      await db.selectFrom('employees').select('team_id').where('id', '=', manager).executeTakeFirstOrThrow()
    ).team_id;
    c = await buildFactsCenter(db, {
      insideTeamId,
      mentors: [await employeeIdOf(db, 'mentor'), await employeeIdOf(db, 'agent')],
    });
  });
  afterAll(() => setClock());

  it('POST facts/refresh rebuilds the rollups; GET facts/state says when (training manager)', async () => {
    const training = await env.as('training');
    const res = await training.post('/api/analytics/facts/refresh');
    expect(res.status).toBe(200);
    expect(res.body.data.asOf).toBe('2026-12-01T04:00:00.000Z');
    expect(res.body.data.people).toBeGreaterThanOrEqual(10);
    const state = await training.get('/api/analytics/facts/state');
    expect(state.body.data).toEqual(res.body.data);
    const manager = await env.as('manager');
    expect((await manager.get('/api/analytics/facts/state')).status).toBe(200);
  });

  it('only analytics.manage rebuilds, only analytics.view reads the state', async () => {
    expectError(await (await env.as('manager')).post('/api/analytics/facts/refresh'), 403);
    expectError(await (await env.as('trainer')).post('/api/analytics/facts/refresh'), 403);
    expectError(await (await env.as('agent')).get('/api/analytics/facts/state'), 403);
    expect((await env.anonymous.get('/api/analytics/facts/state')).status).toBe(401);
  });

  it('one row per person: hire spell, exit and kind, criterion, program, trainer, mentor, live day', async () => {
    const rows = await selectPeople(env.handle.db, { kind: 'all' }, { programId: c.programP });
    const by = new Map(rows.map((r) => [r.employee_id, r]));
    const row = (k: string) => by.get(c.people[k]!)!;
    expect(rows).toHaveLength(6);
    expect(row('P1')).toMatchObject({
      hire_date: '2025-01-06',
      hire_month: '2025-01',
      exit_date: '2025-02-05',
      exit_kind: 'eliminated',
      exit_criterion: 'theory_fails', // the closed case that eliminated, not the older retained one
      program_id: c.programP,
      cohort_id: c.cohortP,
      trainer_id: c.trainer1,
      department_id: c.insideDept,
      live_date: null,
      mentor_id: null,
    });
    expect(row('P2')).toMatchObject({ exit_date: '2025-04-06', exit_kind: 'resigned', exit_criterion: null });
    expect(row('P3')).toMatchObject({ live_date: '2025-03-01', exit_date: '2025-07-05', exit_kind: 'dismissed' });
    expect(row('P4')).toMatchObject({ live_date: '2025-03-01', exit_date: null, mentor_id: c.mentor1 });
    expect(row('P5')).toMatchObject({ trainer_id: c.trainer1, mentor_id: c.mentor2 }); // 1–1 tie: the first met
    expect(row('P6')).toMatchObject({ exit_date: null, exit_kind: null, trainer_id: c.trainer2 }); // exit before re-hire
    const q = await selectPeople(env.handle.db, { kind: 'all' }, { programId: c.programQ, trainerId: c.trainer2 });
    expect(q.map((r) => r.hire_month)).toEqual(['2025-02', '2025-02', '2025-02', '2025-02']);
  });

  it('person months sum QA and KPI counters; center months grow by the same', async () => {
    const db = env.handle.db;
    const months = await personMonths(db, [c.people.P4!, c.people.P5!], '2025-03', '2025-04');
    const p4 = months.filter((m) => m.employee_id === c.people.P4);
    expect(p4.map((m) => m.month)).toEqual(['2025-03', '2025-04']);
    expect(p4[0]).toMatchObject({ qa_count: 2, qa_sum: 170, qa_sum_sq: 14500, qa_passed: 2, handled: 15 });
    expect(p4[0]).toMatchObject({ talk_sum: 1600, hold_sum: 150, wrap_sum: 300, fcr_yes: 11, fcr_known: 14 });
    expect(p4[0]).toMatchObject({ csat_sum: 60, csat_count: 14 });
    expect(p4[1]).toMatchObject({ qa_count: 1, qa_sum: 70, handled: 0 });
    const p5 = months.find((m) => m.employee_id === c.people.P5)!;
    expect(p5).toMatchObject({ qa_count: 1, qa_sum: 50, qa_passed: 0, handled: 8, fcr_yes: 2 });
    const after = new Map((await centerMonths(db, '2025-03', '2025-04')).map((m) => [m.month, m]));
    const grew = (m: string, k: 'qa_count' | 'handled') =>
      Number(after.get(m)?.[k] ?? 0) - Number(before.get(m)?.[k] ?? 0);
    expect([grew('2025-03', 'qa_count'), grew('2025-03', 'handled'), grew('2025-04', 'qa_count')]).toEqual([3, 23, 1]);
  });

  it('a rebuild replaces the rows: a later exit shows, nothing doubles', async () => {
    const db = env.handle.db;
    const count = async () => (await selectPeople(db, { kind: 'all' }, {})).length;
    const n = await count();
    await db
      .insertInto('employee_status_history')
      .values({
        id: `x-${c.people.P5}`,
        employee_id: c.people.P5!,
        from_status: 'regular',
        to_status: 'resigned',
        effective_date: '2026-01-10',
        reason: 'test',
        changed_by: null,
        created_at: '2026-01-10T00:00:00.000Z',
      })
      .execute();
    await refreshAnalytics(db);
    expect(await count()).toBe(n);
    const p5 = (await selectPeople(db, { kind: 'all' }, { programId: c.programP })).find(
      (r) => r.employee_id === c.people.P5,
    );
    expect(p5).toMatchObject({ exit_kind: 'resigned', exit_date: '2026-01-10' });
  });

  it('the scope limits the people: a department, a team, named people', async () => {
    const db = env.handle.db;
    const limited = (s: Partial<{ departmentIds: string[]; teamIds: string[]; employeeIds: string[] }>) =>
      selectPeople(
        db,
        { kind: 'limited', departmentIds: [], teamIds: [], employeeIds: [], ...s },
        { programId: c.programP },
      );
    expect((await limited({ departmentIds: [c.insideDept] })).map((r) => r.name).sort()).toEqual([
      '分析P1',
      '分析P2',
      '分析P3',
    ]);
    expect((await limited({ employeeIds: [c.people.P6!] })).map((r) => r.name)).toEqual(['分析P6']);
    expect(await limited({})).toEqual([]);
    expect(
      await selectPeople(db, { kind: 'all' }, { hiredFrom: '2025-02', hiredTo: '2025-02', programId: c.programP }),
    ).toEqual([]);
  });

  it('group labels: program title, trainer, mentor and department names, the month itself', async () => {
    const db = env.handle.db;
    expect((await groupLabels(db, 'program', [c.programP])).get(c.programP)).toBe('分析项目P');
    expect((await groupLabels(db, 'trainer', [c.trainer2])).get(c.trainer2)).toBe('分析讲师乙');
    expect((await groupLabels(db, 'department', [c.outsideDept])).get(c.outsideDept)).toBe('分析测试处');
    expect((await groupLabels(db, 'mentor', [c.mentor1])).get(c.mentor1)).toBeTruthy();
    expect((await groupLabels(db, 'hire_month', ['2025-01'])).get('2025-01')).toBe('2025-01');
    expect((await groupLabels(db, 'program', ['nope'])).get('nope')).toBe('nope');
  });

  it('the background task rebuilds only when the rollups are analytics.refreshMinutes old', async () => {
    const db = env.handle.db;
    const { asOf } = await refreshAnalytics(db);
    const t = Date.parse(asOf);
    expect(await refreshIfDue(db, t + 59 * 60_000)).toBe(false);
    expect(await refreshIfDue(db, t + 60 * 60_000)).toBe(true);
  });
});
