import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { employeeIdOf, expectError } from '../../test/helpers.js';
import { criterion } from '../evaluation/evaluation.testkit.js';
import { multipart } from '../exams/shared/exams.testkit.js';
import { at, catalogue, day, okData, schedule, type Kit } from '../training/shared/training.testkit.js';
import { cleanRecord, confirmedRecords } from './discipline.facts.js';
import { trainees, noticeKinds, record } from './discipline.testkit.js';

// Discipline records (issue 17 item 6) through the API, continued from discipline.test.ts: the
// evidence files, and a trainer's record for a trainee feeding elimination criterion 4 (SPEC §6
// "other recorded misconduct") until it expires.

describe.each(DIALECTS)('discipline evidence and trainee records on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, lead: Client, agent: Client, qa: Client, manager: Client, training: Client, admin: Client;
  let agentId: string, kit: Kit;
  let people: Awaited<ReturnType<typeof trainees>>;

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z'); // Wednesday 10:00 in Beijing, after the demo cohort's start
    [hr, lead, agent, qa, manager, training, admin] = await Promise.all(
      ['hr', 'teamlead', 'agent', 'qa', 'manager', 'training', 'admin'].map((u) => env.as(u)),
    );
    agentId = await employeeIdOf(db(), 'agent');
    kit = await catalogue(env);
    people = await trainees(env, 3);
  }, 60_000);
  afterAll(() => setClock());

  it('attaches evidence files for the recorder and HR before the decision, downloadable by whoever sees the record', async () => {
    const id = okData(
      await record(lead, {
        employeeId: agentId,
        kind: 'rule_breach',
        description: '工作时间使用私人手机',
        occurredOn: day(-2),
      }),
    ).id;
    const file = multipart('现场照片说明.txt', '14:05 现场拍照，手机放在工位上');
    const up = (c: Client) =>
      c.raw({
        method: 'POST',
        url: `/api/discipline/records/${id}/attachments`,
        payload: file.payload,
        headers: file.headers,
      });
    const a = okData(await up(lead));
    expect(a).toMatchObject({
      fileName: '现场照片说明.txt',
      size: Buffer.byteLength('14:05 现场拍照，手机放在工位上'),
    });
    expectError(await up(manager), 403, 'FORBIDDEN');
    const bad = multipart('x.exe', 'MZ');
    expectError(
      await lead.raw({
        method: 'POST',
        url: `/api/discipline/records/${id}/attachments`,
        payload: bad.payload,
        headers: bad.headers,
      }),
      400,
      'BAD_FILE_TYPE',
      'file',
    );
    const got = await agent.raw({ method: 'GET', url: `/api/discipline/attachments/${a.id}` });
    expect([got.status, got.raw]).toEqual([200, '14:05 现场拍照，手机放在工位上']);
    expectError(await qa.get(`/api/discipline/attachments/${a.id}`), 404, 'NOT_FOUND');
    okData(
      await hr.post(`/api/discipline/records/${id}/decision`, { decision: 'withdraw', reason: '私人手机已报备，撤销' }),
    );
    expectError(await up(hr), 409, 'ALREADY_DECIDED');
    expect(okData(await lead.get(`/api/discipline/records/${id}`))).toMatchObject({
      status: 'withdrawn',
      counts: false,
      attachments: [{ id: a.id }],
    });
    expectError(
      await agent.post(`/api/discipline/records/${id}/response`, { kind: 'appeal', text: '已撤销还能申诉吗' }),
      409,
      'RECORD_WITHDRAWN',
    );
  });

  it('lets a trainer record for their trainees with the attendance record as evidence, and feeds criterion 4 until it expires', async () => {
    const [g, h] = people;
    const evaluate = async () =>
      criterion(okData(await training.get(`/api/evaluation/trainees/${g.employeeId}`)), 'attendance_breaches');
    const base = (await evaluate()).facts.count as number; // the demo fortnight may hold one breach already
    const s = await schedule(kit, {
      room: 'D1',
      startsAt: at(day(-2), '09:00'),
      endsAt: at(day(-2), '12:00'),
      employeeIds: [g.employeeId, h.employeeId],
    });
    const teacher = await env.as('trainer'); // signs in after the session exists: the trainees are in sight now
    okData(
      await teacher.put(`/api/training/sessions/${s}/attendance`, {
        records: [
          { employeeId: g.employeeId, status: 'late', minutes: 35 },
          { employeeId: h.employeeId, status: 'present' },
        ],
      }),
    );

    expectError(await record(teacher, { employeeId: agentId }), 404, 'NOT_FOUND');
    expectError(
      await record(teacher, {
        employeeId: h.employeeId,
        kind: 'lateness',
        occurredOn: day(-2),
        attendanceSessionId: s,
      }),
      422,
      'ATTENDANCE_MISMATCH',
      'attendanceSessionId',
    );
    expectError(
      await record(teacher, { employeeId: people[2].employeeId, kind: 'other', attendanceSessionId: s }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await record(hr, { employeeId: people[2].employeeId, kind: 'other', attendanceSessionId: s }),
      422,
      'NO_ATTENDANCE_RECORD',
      'attendanceSessionId',
    );
    const late = okData(
      await record(teacher, {
        employeeId: g.employeeId,
        kind: 'lateness',
        occurredOn: day(-2),
        description: '上午课程迟到 35 分钟',
        evidenceText: null,
        attendanceSessionId: s,
      }),
    ).id;
    okData(await hr.post(`/api/discipline/records/${late}/decision`, { decision: 'confirm', reason: '考勤记录属实' }));
    // The same lateness as the attendance breach: counted once.
    expect(await evaluate()).toMatchObject({ met: false, facts: { count: base + 1, misconduct: 0 } });

    // Other misconduct, confirmed, meets the criterion on its own with the record as evidence.
    const rude = okData(
      await record(hr, {
        employeeId: g.employeeId,
        kind: 'data_security',
        description: '将客户手机号抄写在便签上带出',
        occurredOn: day(-1),
      }),
    ).id;
    expect(await evaluate()).toMatchObject({ met: false, facts: { misconduct: 0 } }); // pending does not count
    okData(
      await hr.post(`/api/discipline/records/${rude}/decision`, { decision: 'confirm', reason: '监控与便签实物为证' }),
    );
    let c = await evaluate();
    expect(c).toMatchObject({ met: true, facts: { count: base + 1, misconduct: 1, misconductThreshold: 1 } });
    // The lateness is the attendance breach already shown; the other record is shown as itself.
    expect(c.evidence.filter((e: any) => e.kind === 'discipline').map((e: any) => [e.id, e.detail])).toEqual([
      [rude, 'data_security'],
    ]);
    // The training manager can open an elimination case on it, the evidence snapshotted.
    const caseId = okData(
      await training.post('/api/elimination/cases', {
        employeeId: g.employeeId,
        criterion: 'attendance_breaches',
        summary: '违反信息安全规定',
      }),
    ).id;
    expect(
      okData(await training.get(`/api/elimination/cases/${caseId}`)).evidence.items.map((e: any) => e.id),
    ).toContain(rude);

    // The threshold is a setting: at 2, one record is one short.
    okData(await admin.put('/api/settings/evaluation.misconductRecords', { value: 2, reason: '测试：两次才算' }));
    expect(await evaluate()).toMatchObject({ met: false, atRisk: true });
    okData(await admin.put('/api/settings/evaluation.misconductRecords', { value: 1, reason: '恢复默认' }));

    // The person appeals the confirmed record: it stops counting until HR answers; HR's answer is final.
    okData(
      await g.client.post(`/api/discipline/records/${rude}/response`, {
        kind: 'appeal',
        text: '便签是同事的，不是我写的',
      }),
    );
    expect(await noticeKinds(hr)).toContain('discipline_appealed');
    expect(await evaluate()).toMatchObject({ met: false, facts: { misconduct: 0 } });
    okData(
      await hr.post(`/api/discipline/records/${rude}/decision`, {
        decision: 'confirm',
        reason: '笔迹核对为本人所写，维持',
      }),
    );
    c = await evaluate();
    expect(c.met).toBe(true);
    expect(
      okData(await hr.get(`/api/discipline/records/${rude}`)).events.map((e: any) => [e.kind, e.params.from]),
    ).toEqual([
      ['recorded', undefined],
      ['confirmed', 'pending'],
      ['appeal', 'confirmed'],
      ['confirmed', 'appealed'],
    ]);

    // Records that count, and the clean-record check, for other modules.
    expect((await confirmedRecords(db(), [g.employeeId])).map((r) => r.id)).toEqual([late, rude]);
    expect(await cleanRecord(db(), g.employeeId, { from: day(-30), to: day(0) })).toBe(false);
    expect(await cleanRecord(db(), h.employeeId, { from: day(-30), to: day(0) })).toBe(true);

    // A year later both have expired: they no longer count anywhere.
    setClock('2027-12-01T02:00:00Z');
    expect(await cleanRecord(db(), g.employeeId, { from: '2026-11-01', to: '2027-12-01' })).toBe(true);
    expect((await hr.get(`/api/discipline/records?employeeId=${g.employeeId}&state=expired`)).body.total).toBe(2);
    expect(okData(await hr.get(`/api/discipline/records/${rude}`))).toMatchObject({ expired: true, counts: false });
    setClock('2026-12-02T02:00:00Z');
  });
});
