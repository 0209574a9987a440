import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { addAttempt, addExam, addFeedback, addPlan, addQa, addSession } from './levels.testkit.js';
import { addCenterMonth, addLearner, addMonth, addRollupPerson } from './rollups.testkit.js';

// The four levels through the API (issue 22 item 3), on records whose figures are known: a
// new-hire program with 6 learners in the center manager's department and 2 elsewhere (levels
// 1–3, the manager sees 6), and an on-the-job course whose trained people gained 10 QA points
// while a comparison group gained 2 (level 4: a difference in differences of 8).

const PRE = [50, 55, 60, 65, 70, 45, 52, 58];
const GAIN = [20, 25, 15, 20, 22, 18, 20, 20]; // mean 20
const E = [-1, 1, -2, 2, 0]; // noise that sums to 0 every 5 people

describe.each(DIALECTS)('four levels on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let training: Client;
  let manager: Client;
  let plan: string;
  let course: string;
  let preExam: string;
  let postExam: string;

  beforeAll(async () => {
    training = await env.as('training');
    manager = await env.as('manager');
    await publishedForm(await env.as('admin')); // the scorecard the QA below is scored on
    const managerTeam = (
      await db()
        .selectFrom('employees')
        .select('team_id')
        .where('id', '=', await employeeIdOf(db(), 'manager'))
        .executeTakeFirstOrThrow()
    ).team_id;
    const teams = await db().selectFrom('teams').select(['id', 'department_id']).execute();
    const mine = teams.find((t) => t.id === managerTeam)!;
    const other = teams.find((t) => t.department_id !== mine.department_id)!;
    const at = (t: typeof mine) => ({ teamId: t.id, departmentId: t.department_id });

    // levels 1–3: a new-hire program in January 2029
    plan = await addPlan(db(), {
      title: '2029年1月新人班',
      audience: 'new_hire',
      start: '2029-01-02',
      end: '2029-01-31',
    });
    const people: string[] = [];
    for (let i = 0; i < 8; i++) people.push(await addLearner(db(), { ...at(i < 6 ? mine : other), program_id: plan }));
    const { sessionId } = await addSession(db(), plan, '2029-01-10', people);
    for (const [i, id] of people.entries()) await addFeedback(db(), sessionId, id, [4, 5, i % 2 ? 3 : 5], `建议${i}`);
    preExam = await addExam(db(), '入职前测');
    postExam = await addExam(db(), '结业考试');
    for (const [i, id] of people.entries()) {
      await addAttempt(db(), preExam, id, '2029-01-02', PRE[i]);
      await addAttempt(db(), postExam, id, '2029-01-30', PRE[i] + GAIN[i]);
      await addAttempt(db(), postExam, id, '2029-02-05', 100, 2); // a retake: never counted
      await addQa(db(), id, '2029-02-10', 70); // day 10
      await addQa(db(), id, '2029-03-20', 80); // day 48
      await addQa(db(), id, '2029-04-25', 90); // day 84
      await addQa(db(), id, '2029-06-01', 10); // past 90 days: not counted
    }
    await addCenterMonth(db(), '2029-02', { n: 10, sum: 800, sumSq: 64_100 });
    await addCenterMonth(db(), '2029-03', { n: 10, sum: 700, sumSq: 49_100 });
    await addCenterMonth(db(), '2029-04', { n: 10, sum: 900, sumSq: 81_100 });

    // level 4: an on-the-job course in March 2030; windows Jan–Feb and Apr–May
    course = await addPlan(db(), {
      title: '2030年3月投诉处理',
      audience: 'on_the_job',
      start: '2030-03-01',
      end: '2030-03-31',
    });
    const trainedIds: string[] = [];
    for (let i = 0; i < 30; i++) {
      const trained = i < 10;
      // the trained are those enrolled in the course's sessions (below)
      const id = trained ? await addLearner(db(), at(mine)) : await addRollupPerson(db(), at(mine));
      if (trained) trainedIds.push(id);
      const before = 70 + (i % 7);
      const change = (trained ? 10 : 2) + E[i % 5];
      for (const m of ['2030-01', '2030-02'])
        await addMonth(db(), id, m, { qa: before, fcr: 70, aht: 300 + (i % 3) * 10, csat: 4 });
      for (const m of ['2030-04', '2030-05'])
        await addMonth(db(), id, m, {
          qa: before + change,
          fcr: trained ? 75 : 70,
          aht: 300 + (i % 3) * 10 - (trained ? 30 : 0),
          csat: 4,
        });
    }
    await addSession(db(), course, '2030-03-10', trainedIds);
  }, 120_000);

  it('level 1: the three feedback scores with n, and the latest comments', async () => {
    const res = await training.get(`/api/analytics/levels/programs/${plan}`);
    expect(res.status, res.raw).toBe(200);
    const { program, l1 } = res.body.data;
    expect(program.people).toBe(8);
    expect(l1.sessions).toBe(1);
    expect(l1.content).toMatchObject({ n: 8, value: 4 });
    expect(l1.trainer).toMatchObject({ n: 8, value: 5 });
    expect(l1.method.n).toBe(8);
    expect(l1.method.value).toBeCloseTo(4, 10);
    expect(l1.method.low).toBeLessThan(4);
    expect(l1.comments).toHaveLength(8);
  });

  it('level 2: first attempts in the plan’s dates, Wilson pass rate, and a paired pre/post gain', async () => {
    const before = (await training.get(`/api/analytics/levels/programs/${plan}`)).body.data.l2;
    expect(before.score.n).toBe(16); // pre and post first attempts; the retake is not one
    expect(before.passRate).toMatchObject({ n: 16, k: 11 }); // pre ≥ 60: 3 of 8; post: all 8
    expect(before.passRate.low).toBeLessThan(11 / 16);
    expect(before.pairs).toEqual([]);

    const exams = (await training.get(`/api/analytics/levels/programs/${plan}/exams`)).body.data;
    expect(exams.map((e: { title: string; people: number }) => [e.title, e.people]).sort()).toEqual([
      ['入职前测', 8],
      ['结业考试', 8],
    ]);
    expectError(
      await training.post(`/api/analytics/levels/programs/${plan}/pairs`, { preExamId: preExam, postExamId: preExam }),
      400,
      'PAIR_SAME_EXAM',
    );
    const made = await training.post(`/api/analytics/levels/programs/${plan}/pairs`, {
      preExamId: preExam,
      postExamId: postExam,
    });
    expect(made.status, made.raw).toBe(200);
    expect(made.body.data.gain.n).toBe(8);
    expect(made.body.data.gain.value).toBeCloseTo(20, 10);
    expect(made.body.data.gain.low).toBeGreaterThan(15);
    expectError(
      await training.post(`/api/analytics/levels/programs/${plan}/pairs`, { preExamId: preExam, postExamId: postExam }),
      409,
      'PAIR_EXISTS',
    );
    expectError(
      await manager.post(`/api/analytics/levels/programs/${plan}/pairs`, { preExamId: postExam, postExamId: preExam }),
      403,
    );
    // the center manager sees the gain of their own 6 people only
    const seen = (await manager.get(`/api/analytics/levels/programs/${plan}`)).body.data.l2.pairs[0];
    expect(seen.gain.n).toBe(6);
    expect(seen.gain.value).toBeCloseTo(20, 10);
    expect((await training.delete(`/api/analytics/levels/pairs/${made.body.data.id}`)).status).toBe(200);
    expect((await training.get(`/api/analytics/levels/programs/${plan}`)).body.data.l2.pairs).toEqual([]);
  });

  it('level 3: QA in the first 30/60/90 days after the end against the center in the same months', async () => {
    const { windows } = (await training.get(`/api/analytics/levels/programs/${plan}`)).body.data.l3;
    expect(windows.map((w: { days: number }) => w.days)).toEqual([30, 60, 90]);
    // the plan ended 31 Jan: 30 days reach 2 Mar, so the center's February and March count
    expect(windows[0]).toMatchObject({ people: 8, score: { n: 8, value: 70 }, center: { n: 20, value: 75 } });
    expect(windows[0].difference).toBeCloseTo(-5, 10);
    expect(windows[1].score).toMatchObject({ n: 16, value: 75 });
    expect(windows[1].center).toMatchObject({ n: 30, value: 80 });
    expect(windows[2].score).toMatchObject({ n: 24, value: 80 }); // the June score is past 90 days
    expect(windows[2].center).toMatchObject({ n: 30, value: 80 });
  });

  it('level 4: KPIs before and after, trained against the comparison group, as a difference in differences', async () => {
    const res = await training.get(`/api/analytics/levels/programs/${course}`);
    expect(res.status, res.raw).toBe(200);
    const { l4 } = res.body.data;
    expect(l4.before).toEqual({ from: '2030-01', to: '2030-02' });
    expect(l4.after).toEqual({ from: '2030-04', to: '2030-05' });
    const kpi = (k: string) => l4.kpis.find((x: { kpi: string }) => x.kpi === k);
    expect(kpi('qa').effect.n).toBe(30);
    expect(kpi('qa').trainedChange).toMatchObject({ n: 10, value: 10 });
    expect(kpi('qa').comparisonChange).toMatchObject({ n: 20, value: 2 });
    expect(kpi('qa').effect.value).toBeCloseTo(8, 10);
    expect(kpi('qa').effect.low).toBeGreaterThan(6);
    expect(kpi('qa').effect.high).toBeLessThan(10);
    expect(kpi('fcr').effect.value).toBeCloseTo(5, 10);
    expect(kpi('aht')).toMatchObject({ better: 'lower' });
    expect(kpi('aht').effect.value).toBeCloseTo(-30, 10);
    expect(kpi('csat').effect.value).toBeCloseTo(0, 10);
  });

  it('counts only the people in the reader’s scope, and needs analytics.view', async () => {
    const seen = (await manager.get(`/api/analytics/levels/programs/${plan}`)).body.data;
    expect(seen.program.people).toBe(6);
    expect(seen.l1.content.n).toBe(6);
    expect(seen.l3.windows[0].score.n).toBe(6);
    const listed = (await manager.get('/api/analytics/levels?from=2029-01&to=2029-01')).body.data;
    expect(listed.find((r: { id: string }) => r.id === plan)).toMatchObject({
      people: 6,
      feedback: { n: 6 },
      examScore: { n: 12 },
      qa90: { n: 18 },
    });
    expectError(await (await env.as('agent')).get(`/api/analytics/levels/programs/${plan}`), 403);
    expectError(await training.get('/api/analytics/levels/programs/no-such-plan'), 404, 'NOT_FOUND');
  });

  it('lists programs by end month with each level’s headline and n', async () => {
    const res = await training.get('/api/analytics/levels?from=2029-01&to=2029-01');
    expect(res.status, res.raw).toBe(200);
    const row = res.body.data.find((r: { id: string }) => r.id === plan);
    expect(row).toMatchObject({
      people: 8,
      examScore: { n: 16 },
      passRate: { n: 16, k: 11 },
      qa90: { n: 24, value: 80 },
    });
    expect(row.feedback.n).toBe(8);
    expect(row.center90).toBeCloseTo(80, 10);
    expect(res.body.data.some((r: { id: string }) => r.id === course)).toBe(false);
    const later = (await training.get('/api/analytics/levels?from=2030-03')).body.data;
    expect(later.map((r: { id: string }) => r.id)).toContain(course);
    expect(later.map((r: { id: string }) => r.id)).not.toContain(plan);
    expectError(await training.get('/api/analytics/levels?from=2029-13'), 400, 'VALIDATION_FAILED', 'from');
  });

  it('counts only the center manager’s people in the overview', async () => {
    const all = (await training.get('/api/analytics/levels?from=2029-01&to=2029-01')).body.data;
    const mine = (await manager.get('/api/analytics/levels?from=2029-01&to=2029-01')).body.data;
    const [a, m] = [all, mine].map((rows) => rows.find((r: { id: string }) => r.id === plan));
    expect(m).toMatchObject({ people: 6, feedback: { n: 6 } });
    expect(m.examScore.n).toBeGreaterThan(0);
    expect(m.examScore.n).toBeLessThan(a.examScore.n);
    expect(m.qa90.n).toBeGreaterThan(0);
    expect(m.qa90.n).toBeLessThan(a.qa90.n);
  });
});
