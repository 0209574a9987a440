import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { countRows, employeeIdOf, expectError } from '../../test/helpers.js';
import { evaluationKit, theoryResult, trainees, type Kit } from '../evaluation/evaluation.testkit.js';
import { hasOpenCase } from './case-facts.js';
import { INTERVIEW, newTrainee, noticeKinds, okData } from './elimination.testkit.js';
import { setClock } from '../../lib/clock.js';

// Opening a case (the preliminary list) and who sees it: a trainee who failed two theory exams
// in a row meets criterion 1 and the case keeps the evidence as it was; only trainees, one open
// case each; every step attempted too early is refused naming the missing step; a trainee sees
// only their own case, an agent none, a team lead of another team neither sees nor appeals.

describe.each(DIALECTS)('elimination cases on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let training: Client, hr: Client, teamlead: Client, agent: Client, otherTrainee: Client;
  let kit: Kit;
  let a: { employeeId: string; client: Client };
  let caseId: string;

  beforeAll(async () => {
    setClock();
    [training, hr, teamlead, agent, otherTrainee] = await Promise.all(
      ['training', 'hr', 'teamlead', 'agent', 'trainee'].map((u) => env.as(u)),
    );
    kit = await evaluationKit(env);
    const people = await trainees(env, 3, 'elimcase');
    const free = [];
    for (const p of people) if (!(await hasOpenCase(db(), p.employeeId))) free.push(p);
    a = free[0];
  }, 120_000);
  afterAll(() => setClock());

  it('opens a case from two failed theory exams, snapshotting the evidence', async () => {
    const open = (body: Record<string, unknown>) =>
      training.post('/api/elimination/cases', { summary: '理论考核连续两次不及格', ...body });
    await theoryResult(kit, a, 40);
    expectError(
      await open({ employeeId: a.employeeId, criterion: 'theory_fails' }),
      422,
      'CRITERION_NOT_MET',
      'criterion',
    );
    await theoryResult(kit, a, 50);
    expectError(
      await open({ employeeId: a.employeeId, criterion: 'practical_fails' }),
      422,
      'CRITERION_NOT_MET',
      'criterion',
    );
    expectError(
      await open({
        employeeId: await employeeIdOf(db(), 'agent'),
        criterion: 'teamwork',
        evidenceText: '书面证据足够长的描述',
      }),
      422,
      'ONLY_TRAINEES',
      'employeeId',
    );
    expectError(
      await open({ employeeId: a.employeeId, criterion: 'teamwork', evidenceText: '太短' }),
      422,
      'EVIDENCE_REQUIRED',
      'evidenceText',
    );
    expectError(
      await teamlead.post('/api/elimination/cases', {
        employeeId: a.employeeId,
        criterion: 'theory_fails',
        summary: '班组长无权提名',
      }),
      403,
      'FORBIDDEN',
    );

    caseId = okData(await open({ employeeId: a.employeeId, criterion: 'theory_fails' })).id;
    expect(await hasOpenCase(db(), a.employeeId)).toBe(true);
    expectError(
      await open({ employeeId: a.employeeId, criterion: 'theory_fails' }),
      409,
      'CASE_ALREADY_OPEN',
      'employeeId',
    );

    // A third, passing exam later does not rewrite what the case was opened on.
    await theoryResult(kit, a, 90);
    const c = okData(await training.get(`/api/elimination/cases/${caseId}`));
    expect(c).toMatchObject({
      status: 'listed',
      nextStep: 'interview',
      criterion: 'theory_fails',
      employee: { id: a.employeeId },
    });
    expect(c.evidence.items.map((e: any) => e.score)).toEqual([40, 50]);
    expect(c.can).toMatchObject({ interview: true, notice: false, decide: false });
  });

  it('refuses every step taken too early, naming the step that is missing', async () => {
    const step = (c: Client, path: string, body: unknown) => c.post(`/api/elimination/cases/${caseId}/${path}`, body);
    const decision = { decision: 'eliminate', reason: '直接淘汰此学员' };
    const talk = { heldAt: new Date().toISOString(), personView: '无', companyAssessment: '无', careerAdvice: '无' };
    for (const [c, path, body] of [
      [training, 'notice', {}],
      [hr, 'decision', decision],
      [hr, 'offboarding', { item: 'wages_settled' }],
      [hr, 'exit-talk', talk],
    ] as const) {
      const res = await step(c, path, body);
      expectError(res, 422, 'STEP_OUT_OF_ORDER');
      expect(res.body.errorMessage).toContain('missing step: interview');
    }
    const early = await step(a.client, 'appeals', { reason: '还没公示就申诉' });
    expectError(early, 422, 'STEP_OUT_OF_ORDER');
    expect(early.body.errorMessage).toContain('missing step: notice');
    expectError(
      await step(training, 'interview', { ...INTERVIEW, reasonsExplained: false, heldAt: new Date().toISOString() }),
      422,
      'REASONS_NOT_EXPLAINED',
      'reasonsExplained',
    );
    expectError(
      await step(training, 'interview', { ...INTERVIEW, heldAt: new Date(Date.now() + 3_600_000).toISOString() }),
      422,
      'DATE_IN_FUTURE',
      'heldAt',
    );

    okData(await step(training, 'interview', { ...INTERVIEW, heldAt: new Date(Date.now() - 60_000).toISOString() }));
    expectError(
      await step(training, 'interview', { ...INTERVIEW, heldAt: new Date().toISOString() }),
      409,
      'STEP_ALREADY_DONE',
    );
    const res = await step(hr, 'decision', decision);
    expectError(res, 422, 'STEP_OUT_OF_ORDER');
    expect(res.body.errorMessage).toContain('missing step: notice');
    expect((await step(hr, 'offboarding', { item: 'wages_settled' })).body.errorMessage).toContain(
      'missing step: notice',
    );

    okData(await step(training, 'notice', {}));
    expectError(await step(hr, 'decision', decision), 422, 'NOTICE_NOT_ENDED');
    expect((await step(hr, 'offboarding', { item: 'wages_settled' })).body.errorMessage).toContain(
      'missing step: decision',
    );
  });

  it('shows a trainee only their own case, an agent none, and keeps another team’s lead out', async () => {
    const mine = await a.client.get('/api/elimination/cases');
    expect(mine.body).toMatchObject({ total: 1, data: [{ id: caseId, status: 'notice', notice: { state: 'open' } }] });
    const own = okData(await a.client.get(`/api/elimination/cases/${caseId}`));
    expect(own.can).toMatchObject({ appeal: true, interview: false, notice: false, answer: false, decide: false });
    expect(own.steps.map((s: any) => s.kind)).toEqual(['listed', 'interview', 'notice']);

    for (const c of [otherTrainee, agent, teamlead]) {
      expect((await c.get('/api/elimination/cases')).body).toMatchObject({ total: 0, data: [] });
      expectError(await c.get(`/api/elimination/cases/${caseId}`), 404, 'NOT_FOUND');
    }
    const before = await countRows(db(), 'elimination_appeals');
    expectError(
      await teamlead.post(`/api/elimination/cases/${caseId}/appeals`, { reason: '别的班组长也想申诉' }),
      404,
      'NOT_FOUND',
    );
    expect(await countRows(db(), 'elimination_appeals')).toBe(before);
    expect((await hr.get('/api/elimination/cases?status=notice')).body.data.map((c: any) => c.id)).toContain(caseId);
    expect((await hr.get('/api/elimination/cases?status=closed')).body.data.map((c: any) => c.id)).not.toContain(
      caseId,
    );

    // The trainee appeals their own case; the training manager is told, with the header count.
    const count = okData(await training.get('/api/notifications/unread-count')).count;
    okData(await a.client.post(`/api/elimination/cases/${caseId}/appeals`, { reason: '第一次考试时生病，有医院证明' }));
    expect(okData(await training.get('/api/notifications/unread-count')).count).toBe(count + 1);
    expect((await noticeKinds(training)).at(-1)).toBe('elimination_appeal_filed');
    expect(await noticeKinds(a.client)).toEqual([
      'elimination_case_opened',
      'elimination_interview_recorded',
      'elimination_notice_published',
    ]);
    expect((await a.client.get(`/api/elimination/cases/${caseId}`)).body.data.openAppeals).toBe(1);
  });

  it('keeps attachments to documents and images of a visible case', async () => {
    const hrCase = await newTrainee(env, hr, 'CS1-1', '2026-01-05');
    const id = okData(
      await training.post('/api/elimination/cases', {
        employeeId: hrCase,
        criterion: 'service_attitude',
        summary: '服务态度导致客诉',
        evidenceText: '客户投诉单号 TS-001 及录音',
      }),
    ).id;
    const form = (name: string, content: string) => ({
      method: 'POST',
      url: `/api/elimination/cases/${id}/attachments`,
      payload: `--b\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n--b--\r\n`,
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    const up = okData(await training.raw(form('complaint.txt', '客户投诉记录')));
    expect(up).toMatchObject({ fileName: 'complaint.txt', size: Buffer.byteLength('客户投诉记录') });
    expectError(await training.raw(form('run.exe', 'MZ')), 400, 'BAD_FILE_TYPE', 'file');
    expectError(await training.raw(form('fake.pdf', 'not a pdf')), 400, 'ATTACHMENT_MISMATCH', 'file');
    const file = await hr.get(`/api/elimination/attachments/${up.id}`);
    expect([file.status, file.raw]).toEqual([200, '客户投诉记录']);
    expectError(await agent.get(`/api/elimination/attachments/${up.id}`), 404, 'NOT_FOUND');
    expect(okData(await training.get(`/api/elimination/cases/${id}`)).attachments).toHaveLength(1);
  });
});
