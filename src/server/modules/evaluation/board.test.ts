import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { day, okData } from '../training/shared/training.testkit.js';
import { dailyScore, evaluationKit, practicalResult, theoryResult, trainees, type Kit } from './evaluation.testkit.js';

// The cohort board (issue 5 item 3): one row per trainee the caller may see, with theory and
// practical results, daily scores per period, attendance, mentoring phase, status and risk; the
// same as an .xlsx download.

describe.each(DIALECTS)('cohort board on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let people: Awaited<ReturnType<typeof trainees>>;
  let cohortId: string;

  beforeAll(async () => {
    kit = await evaluationKit(env);
    people = await trainees(env, 2, 'board');
    cohortId = okData(
      await kit.training.post('/api/training/cohorts', {
        name: '看板班',
        startDate: day(-14),
        employeeIds: people.map((p) => p.employeeId),
      }),
    ).id;
  }, 60_000);

  it('shows each trainee’s scores per exam and period, attendance, status and risk', async () => {
    const [a, b] = people;
    await theoryResult(kit, a, 50);
    await theoryResult(kit, b, 90);
    await practicalResult(kit, b.employeeId, [80, 80, 80, 80]);
    await dailyScore(kit, a.employeeId, '2026-11-02', 58);
    await dailyScore(kit, b.employeeId, '2026-11-09', 75);
    const board = okData(await kit.training.get(`/api/evaluation/cohorts/${cohortId}/board`));
    expect(board.cohort).toMatchObject({ id: cohortId, name: '看板班' });
    expect(board.periods).toEqual(['2026-11-02', '2026-11-09']);
    const rowA = board.rows.find((r: any) => r.employeeId === a.employeeId);
    const rowB = board.rows.find((r: any) => r.employeeId === b.employeeId);
    expect(rowA).toMatchObject({
      status: 'trainee',
      atRisk: true,
      met: false,
      daily: { '2026-11-02': 58 },
      dailyAverage: 58,
      practical: [],
    });
    expect(rowA.theory).toEqual([expect.objectContaining({ score: 50, passed: false })]);
    expect(rowA.criteria.find((c: any) => c.code === 'theory_fails')).toMatchObject({ atRisk: true });
    expect(rowB).toMatchObject({
      atRisk: false,
      met: false,
      daily: { '2026-11-09': 75 },
      attendance: null,
      mentoring: { mode: null, hours: 0 },
    });
    expect(rowB.practical).toEqual([expect.objectContaining({ score: 80, passed: true })]);

    // A workbook is binary; the harness client reads bodies as text, so fetch it with inject.
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'training', password: DEMO_PASSWORD },
    });
    const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0];
    const file = await env.app.inject({
      method: 'GET',
      url: `/api/evaluation/cohorts/${cohortId}/board.xlsx?locale=en-US`,
      headers: { cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(String(file.headers['content-type'])).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as never);
    expect(wb.worksheets[0].getRow(1).values).toEqual(
      expect.arrayContaining(['Employee no.', 'Daily 2026-11-02', 'Risk']),
    );
    expect(String(file.headers['content-disposition'])).toMatch(/filename\*=UTF-8''.+-board\.xlsx$/);
    // No ?locale=: the reader's own language (the training manager's is zh-CN) names the file.
    const zh = await env.app.inject({
      method: 'GET',
      url: `/api/evaluation/cohorts/${cohortId}/board.xlsx`,
      headers: { cookie },
    });
    expect(decodeURIComponent(String(zh.headers['content-disposition']))).toMatch(/-看板\.xlsx$/);
    const wbZh = new ExcelJS.Workbook();
    await wbZh.xlsx.load(zh.rawPayload as never);
    expect(wbZh.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining(['工号', '风险']));
  });

  it('shows a team lead only the members of their team, and refuses an agent', async () => {
    const lead = await env.as('teamlead');
    expect(okData(await lead.get(`/api/evaluation/cohorts/${cohortId}/board`)).rows).toEqual([]);
    expect((await (await env.as('agent')).get(`/api/evaluation/cohorts/${cohortId}/board`)).status).toBe(403);
    expect((await kit.training.get('/api/evaluation/cohorts/no-such-cohort/board')).status).toBe(404);
  });

  it('gives a retake its own column, worded by the reader’s language rather than by the server', async () => {
    const [, b] = people;
    // b's theory result becomes a second sitting (the exam's retake rules are exams' own tests).
    const attempt = await env.handle.db
      .selectFrom('exam_attempts')
      .select(['id'])
      .where('employee_id', '=', b.employeeId)
      .executeTakeFirstOrThrow();
    await env.handle.db.updateTable('exam_attempts').set({ attempt_no: 2 }).where('id', '=', attempt.id).execute();
    const rowB = okData(await kit.training.get(`/api/evaluation/cohorts/${cohortId}/board`)).rows.find(
      (r: any) => r.employeeId === b.employeeId,
    );
    expect(rowB.theory).toEqual([expect.objectContaining({ attempt: 2, score: 90 })]);
    expect(rowB.theory[0].title).not.toMatch(/第\d+次/);
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'training', password: DEMO_PASSWORD },
    });
    const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0];
    const headers = async (locale: string) => {
      const file = await env.app.inject({
        method: 'GET',
        url: `/api/evaluation/cohorts/${cohortId}/board.xlsx?locale=${locale}`,
        headers: { cookie },
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.rawPayload as never);
      return (wb.worksheets[0].getRow(1).values as unknown[]).map(String);
    };
    expect(await headers('en-US')).toContain(`Theory: ${rowB.theory[0].title} (attempt 2)`);
    expect(await headers('zh-CN')).toContain(`理论: ${rowB.theory[0].title}（第2次）`);
  });
});
