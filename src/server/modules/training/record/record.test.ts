import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { registerRecordScores } from '../index.js';
import { at, catalogue, day, okData, schedule, utc, type Kit } from '../shared/training.testkit.js';
import { addToPool } from '../../mentorship/pool/pool.testkit.js';

// The training record (培训档案, issue 3 item 7): plans, sessions with attendance and leave,
// the attendance score, materials, scores (from the exams seam), certificates and mentoring —
// and its .xlsx export, opened here with exceljs.

registerRecordScores(async (_db, employeeId) => [
  {
    kind: 'theory',
    title: `理论考核（${employeeId.slice(-4)}）`,
    score: 86,
    passMark: 60,
    passed: true,
    date: '2026-11-20',
  },
  // A line the server words by code (as elimination's case history does): the export words it per language.
  {
    kind: 'elimination',
    title: '',
    label: { code: 'elimination.notice', params: { from: '2026-11-21', to: '2026-11-27' } },
    score: null,
    passMark: null,
    passed: null,
    date: '2026-11-21',
  },
]);

describe.each(DIALECTS)('training record on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let trainee: Client;
  let me: string;
  let sessions: string[];

  // A workbook is binary; the harness client reads bodies as text, so fetch it with inject.
  const download = async (username: string, url: string) => {
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0];
    const res = await env.app.inject({ method: 'GET', url, headers: { cookie } });
    return { res, body: res.rawPayload };
  };

  beforeAll(async () => {
    kit = await catalogue(env);
    trainee = await env.as('trainee');
    me = await employeeIdOf(env.handle.db, 'trainee');
    const cohort = okData(
      await kit.manager.post('/api/training/cohorts', {
        name: '2026年11月新员工班',
        startDate: day(-7),
        employeeIds: [me],
      }),
    ).id;
    const plan = okData(
      await kit.manager.post('/api/training/plans', {
        title: '新员工岗前培训',
        audience: 'new_hire',
        cohortId: cohort,
        startDate: day(-7),
        endDate: day(30),
        status: 'active',
        phases: [
          {
            name: '课堂培训',
            kind: 'classroom',
            startDate: day(-7),
            endDate: day(5),
            courseIds: [kit.courseA, kit.courseB],
          },
        ],
      }),
    ).id;
    const d = day(-2);
    sessions = [
      await schedule(kit, {
        planId: plan,
        room: '301',
        startsAt: at(d, '09:00'),
        endsAt: at(d, '12:00'),
        employeeIds: [me],
      }),
      await schedule(kit, {
        courseId: kit.courseB,
        planId: plan,
        room: '301',
        startsAt: at(d, '13:00'),
        endsAt: at(d, '15:00'),
        employeeIds: [me],
      }),
    ];
    const trainer = await env.as('trainer');
    okData(
      await trainer.put(`/api/training/sessions/${sessions[0]}/attendance`, {
        records: [{ employeeId: me, status: 'late', minutes: 5 }],
      }),
    );
    okData(
      await trainer.put(`/api/training/sessions/${sessions[1]}/attendance`, {
        records: [{ employeeId: me, status: 'present' }],
      }),
    );
    okData(await trainee.post(`/api/training/sessions/${sessions[0]}/feedback`, { content: 4, trainer: 5, method: 4 }));
    okData(
      await kit.manager.post(`/api/training/courses/${kit.courseA}/materials`, {
        kind: 'video',
        title: '产品介绍视频',
        url: 'https://kb.example.com/v/1',
        dueOffsetDays: 1,
      }),
    );
    okData(
      await kit.manager.post(`/api/training/records/${me}/certificates`, {
        name: '信息安全合格证',
        issuer: '培训发展室',
        issuedOn: day(-1),
        courseId: kit.courseA,
      }),
    );
    await addToPool(env.handle.db, [await employeeIdOf(env.handle.db, 'mentor')]); // issue 20: a mentor comes from the pool
    okData(
      await kit.manager.post('/api/training/mentoring/assignments', {
        traineeId: me,
        mentorId: await employeeIdOf(env.handle.db, 'mentor'),
        mode: 'one_to_one',
        startDate: day(0),
        planId: plan,
      }),
    );
  });

  it('shows every plan, session, attendance, score, certificate and mentoring phase', async () => {
    const r = okData(await trainee.get('/api/training/records/me'));
    expect(r.employee).toMatchObject({
      id: me,
      teamName: '新员工培训班',
      departmentName: '培训发展室',
      status: 'trainee',
    });
    expect(r.plans).toEqual([
      expect.objectContaining({
        title: '新员工岗前培训',
        audience: 'new_hire',
        cohortName: '2026年11月新员工班',
        status: 'active',
      }),
    ]);
    expect(r.sessions.map((s: any) => [s.sessionId, s.attendance, s.minutes, s.feedbackGiven])).toEqual([
      [sessions[0], 'late', 5, true],
      [sessions[1], 'present', null, false],
    ]);
    expect(r.sessions[0]).toMatchObject({
      courseTitle: '产品知识',
      contentArea: 'business_systems',
      trainerName: expect.any(String),
      startsAt: utc(at(day(-2), '09:00')),
    });
    expect(r.attendance).toMatchObject({ score: 27, counted: 2 }); // 30 × (0.8 + 1) / 2
    expect(r.materials).toEqual({ required: 1, completed: 0 });
    expect(r.scores).toEqual([
      expect.objectContaining({ kind: 'theory', score: 86, passed: true }),
      expect.objectContaining({
        kind: 'elimination',
        title: '',
        label: { code: 'elimination.notice', params: { from: '2026-11-21', to: '2026-11-27' } },
      }),
    ]);
    expect(r.certificates).toEqual([
      expect.objectContaining({ name: '信息安全合格证', courseTitle: '产品知识', issuedOn: day(-1) }),
    ]);
    expect(r.mentoring).toEqual([
      expect.objectContaining({ mode: 'one_to_one', status: 'active', hours: 0, problemsOpen: 0 }),
    ]);
  });

  it('exports a real .xlsx in Chinese, or English on request', async () => {
    const { res, body } = await download('trainee', `/api/training/records/${me}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概况', '培训计划', '培训场次与考勤', '成绩', '证书', '带教']);
    const summary = wb.getWorksheet('概况')!;
    expect(summary.getRow(1).getCell(7).value).toBe('考勤得分');
    expect(summary.getRow(2).getCell(7).value).toBe(27);
    const rows = wb.getWorksheet('培训场次与考勤')!;
    expect(rows.rowCount).toBe(3);
    expect(rows.getRow(2).values).toEqual(
      expect.arrayContaining(['产品知识', '业务知识与系统操作', '课堂讲授', `${day(-2)} 09:00`, '迟到', 5, '是']),
    );
    expect(wb.getWorksheet('带教')!.getRow(2).getCell(1).value).toBe('一对一');
    expect(wb.getWorksheet('成绩')!.getRow(3).values).toEqual(
      expect.arrayContaining(['淘汰流程', '淘汰流程 · 公示 2026-11-21 至 2026-11-27']),
    );
    expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('培训档案-')}`);

    const en = await download('trainee', '/api/training/records/me/export.xlsx?locale=en-US');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(en.body as never);
    expect(wb2.worksheets[0].name).toBe('Summary');
    expect(wb2.getWorksheet('Sessions & attendance')!.getRow(2).values).toEqual(expect.arrayContaining(['late']));
    expect(wb2.getWorksheet('Scores')!.getRow(3).values).toEqual(
      expect.arrayContaining(['Elimination', 'Elimination · notice posted 2026-11-21 to 2026-11-27']),
    );
    expect(String(en.res.headers['content-disposition'])).toContain("filename*=UTF-8''training-record-");
    // Without ?locale= the reader's own language decides: an English-speaking user gets English.
    const seeded = await env.handle.db
      .updateTable('users')
      .set({ locale: 'en-US' })
      .where('username', '=', 'trainee')
      .execute();
    expect(seeded.length).toBe(1);
    const own = await download('trainee', '/api/training/records/me/export.xlsx');
    const wb3 = new ExcelJS.Workbook();
    await wb3.xlsx.load(own.body as never);
    expect(wb3.worksheets[0].name).toBe('Summary');
    await env.handle.db.updateTable('users').set({ locale: 'zh-CN' }).where('username', '=', 'trainee').execute();
  });

  it('refuses bad certificates and bad record requests', async () => {
    expectError(
      await kit.manager.post(`/api/training/records/${me}/certificates`, {
        name: '证书',
        issuedOn: day(0),
        expiresOn: day(-1),
      }),
      422,
      'BAD_DATE_RANGE',
      'expiresOn',
    );
    expectError(
      await kit.manager.post(`/api/training/records/${me}/certificates`, { name: '证书', issuedOn: '2026-13-01' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await kit.manager.post(`/api/training/records/${me}/certificates`, {
        name: '证书',
        issuedOn: day(0),
        courseId: 'nope',
      }),
      422,
      'UNKNOWN_COURSE',
    );
    expectError(
      await kit.manager.post('/api/training/records/nobody/certificates', { name: '证书', issuedOn: day(0) }),
      404,
      'NOT_FOUND',
    );
    expectError(await kit.manager.get('/api/training/records/me/export.xlsx?locale=fr-FR'), 400, 'VALIDATION_FAILED');
    // The training manager has no record of their own here, but "me" still resolves to them.
    expect(okData(await kit.manager.get('/api/training/records/me')).sessions).toEqual([]);
  });
});
