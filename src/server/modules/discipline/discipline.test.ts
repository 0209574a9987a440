import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { auditOf, employeeIdOf, expectError } from '../../test/helpers.js';
import { criterion } from '../evaluation/evaluation.testkit.js';
import { multipart } from '../exams/shared/exams.testkit.js';
import { addInteractions } from '../quality/forms/forms.testkit.js';
import { at, catalogue, day, okData, schedule, type Kit } from '../training/shared/training.testkit.js';
import { createUser } from '../users/users.service.js';
import { cleanRecord, confirmedRecords } from './discipline.facts.js';

// Discipline records (issue 17 item 6) through the API: who records for whom (a team lead their
// team, a trainer their trainees, HR anyone; out of sight 404), the evidence rules, the person's
// one reply or appeal, HR's decision with its reason (audited, announced), expiry, and the
// records that count feeding elimination criterion 4 (SPEC §6 "other recorded misconduct").

/** Trainees of the new-hire team with a sign-in of their own (a password no common-password list holds). */
async function trainees(env: ReturnType<typeof useTestEnv>, n: number) {
  const db = env.handle.db;
  const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const team = await db.selectFrom('teams').select('id').where('code', '=', 'TRN-NH').executeTakeFirstOrThrow();
  const free = (
    await db
      .selectFrom('employees')
      .select(['id', 'name'])
      .where('team_id', '=', team.id)
      .orderBy('employee_no')
      .execute()
  ).filter((p) => !linked.has(p.id));
  const password = 'Discipline-Test-7x!';
  const out: { employeeId: string; client: Client }[] = [];
  for (const [i, p] of free.slice(0, n).entries()) {
    await createUser(
      db,
      null,
      { username: `disc${i + 1}`, displayName: p.name, roles: ['agent'], employeeId: p.id, password },
      { mustChange: false },
    );
    out.push({ employeeId: p.id, client: await env.as(`disc${i + 1}`, password) });
  }
  return out;
}

const noticeKinds = async (c: Client) =>
  ((await c.get('/api/notifications?pageSize=200')).body.data as { kind: string }[]).map((n) => n.kind);

describe.each(DIALECTS)('discipline records on $name', (dialect) => {
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

  const record = (c: Client, body: Record<string, unknown>) =>
    c.post('/api/discipline/records', {
      kind: 'rudeness',
      occurredOn: day(-1),
      description: '与客户争吵，使用不当言语',
      evidenceText: '班组长现场听到并记录',
      ...body,
    });

  it('lets a team lead record for their team with a linked call, tells the person and HR, and HR confirms after the reply', async () => {
    const [call] = await addInteractions(db(), agentId, day(-1));
    const [othersCall] = await addInteractions(db(), await employeeIdOf(db(), 'mentor'), day(-1));

    // Out of the lead's team (a trainee of the new-hire team): 404, as for nobody at all.
    expectError(await record(lead, { employeeId: people[0].employeeId }), 404, 'NOT_FOUND');
    expectError(await record(lead, { employeeId: '01a00000-0000-7000-8000-000000000000' }), 404, 'NOT_FOUND');
    expectError(await record(agent, { employeeId: agentId }), 403, 'FORBIDDEN');
    expectError(await record(manager, { employeeId: agentId }), 403, 'FORBIDDEN');
    expectError(await record(lead, { employeeId: lead.me.employeeId }), 422, 'SELF_RECORD', 'employeeId');
    expectError(await record(lead, { employeeId: agentId, occurredOn: day(1) }), 422, 'DATE_IN_FUTURE', 'occurredOn');
    expectError(
      await record(lead, { employeeId: agentId, occurredOn: '2025-11-01' }),
      422,
      'ALREADY_EXPIRED',
      'occurredOn',
    );
    expectError(
      await record(lead, { employeeId: agentId, evidenceText: null }),
      422,
      'EVIDENCE_MISSING',
      'evidenceText',
    );
    expectError(
      await record(lead, { employeeId: agentId, interactionId: othersCall }),
      422,
      'INTERACTION_NOT_THEIRS',
      'interactionId',
    );
    expectError(
      await record(lead, { employeeId: agentId, interactionId: 'no-such-call' }),
      422,
      'UNKNOWN_INTERACTION',
      'interactionId',
    );
    expect(await db().selectFrom('discipline_records').select('id').execute()).toEqual([]);

    const id = okData(await record(lead, { employeeId: agentId, evidenceText: null, interactionId: call })).id;
    expect(await noticeKinds(agent)).toContain('discipline_recorded');
    expect(await noticeKinds(hr)).toContain('discipline_to_decide');

    // Seen by the person, their lead and their center manager, HR; not by QA (404 as if absent).
    for (const c of [agent, lead, manager, hr, training])
      expect(okData(await c.get(`/api/discipline/records/${id}`)).id).toBe(id);
    expectError(await qa.get(`/api/discipline/records/${id}`), 404, 'NOT_FOUND');
    expect((await qa.get('/api/discipline/records')).body.total).toBe(0);
    const mine = await agent.get('/api/discipline/records');
    expect([mine.body.total, mine.body.data[0]]).toEqual([
      1,
      expect.objectContaining({ id, kind: 'rudeness', status: 'pending', counts: false, expiresOn: '2027-12-01' }),
    ]);
    expect(okData(await agent.get(`/api/discipline/records/${id}`)).can).toEqual({
      respond: true,
      decide: false,
      attach: false,
    });
    expect(okData(await hr.get(`/api/discipline/records/${id}`)).can).toEqual({
      respond: false,
      decide: true,
      attach: true,
    });

    // Only the person replies, once.
    expectError(
      await lead.post(`/api/discipline/records/${id}/response`, { kind: 'reply', text: '我替他说明情况' }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await qa.post(`/api/discipline/records/${id}/response`, { kind: 'reply', text: '我替他说明情况' }),
      404,
      'NOT_FOUND',
    );
    okData(
      await agent.post(`/api/discipline/records/${id}/response`, {
        kind: 'reply',
        text: '客户先辱骂，我情绪失控，已认识到错误',
      }),
    );
    expectError(
      await agent.post(`/api/discipline/records/${id}/response`, { kind: 'appeal', text: '我还是想申诉一下' }),
      409,
      'ALREADY_RESPONDED',
    );
    expect(await noticeKinds(lead)).toContain('discipline_replied');

    // HR decides with the reason; the lead cannot; a second decision is refused.
    expectError(
      await lead.post(`/api/discipline/records/${id}/decision`, { decision: 'confirm', reason: '事实清楚无误' }),
      403,
      'FORBIDDEN',
    );
    okData(
      await hr.post(`/api/discipline/records/${id}/decision`, { decision: 'confirm', reason: '录音证实，事实清楚' }),
    );
    expectError(
      await admin.post(`/api/discipline/records/${id}/decision`, { decision: 'withdraw', reason: '改判一下' }),
      409,
      'ALREADY_DECIDED',
    );
    const d = okData(await agent.get(`/api/discipline/records/${id}`));
    expect(d).toMatchObject({
      status: 'confirmed',
      counts: true,
      response: { kind: 'reply' },
      decision: { decision: 'confirm', reason: '录音证实，事实清楚', by: { name: hr.me.name } },
      interactionId: call,
    });
    expect(d.events.map((e: any) => e.kind)).toEqual(['recorded', 'reply', 'confirmed']);
    expect(d.events[0]).toMatchObject({
      actor: { name: lead.me.name },
      params: { kind: 'rudeness', occurredOn: day(-1), expiresOn: '2027-12-01' },
    });
    expect(await noticeKinds(agent)).toContain('discipline_confirmed');
    expect((await auditOf(db(), 'discipline_record', id)).map((a) => [a.action, a.reason])).toEqual([
      ['create', null],
      ['update', '客户先辱骂，我情绪失控，已认识到错误'],
      ['status_change', '录音证实，事实清楚'],
    ]);

    // The person's file shows the timeline as codes; an agent cannot read someone else's.
    const events = okData(await hr.get(`/api/discipline/people/${agentId}/events`));
    expect(events.map((e: any) => [e.recordId, e.recordKind, e.kind])).toEqual([
      [id, 'rudeness', 'recorded'],
      [id, 'rudeness', 'reply'],
      [id, 'rudeness', 'confirmed'],
    ]);
    expectError(await qa.get(`/api/discipline/people/${agentId}/events`), 404, 'NOT_FOUND');

    // Filters and paging say their total.
    okData(
      await record(lead, {
        employeeId: agentId,
        kind: 'lateness',
        occurredOn: day(-3),
        description: '早班迟到 40 分钟',
        evidenceText: '考勤机记录 09:40',
      }),
    );
    expectError(
      await record(lead, {
        employeeId: agentId,
        kind: 'lateness',
        occurredOn: day(-3),
        description: '早班迟到 40 分钟',
        evidenceText: '重复录入',
      }),
      409,
      'DUPLICATE_RECORD',
      'occurredOn',
    );
    const page1 = await lead.get(`/api/discipline/records?employeeId=${agentId}&pageSize=1`);
    expect([page1.body.total, page1.body.data.length, page1.body.data[0].id]).toEqual([2, 1, id]);
    expect((await lead.get('/api/discipline/records?status=pending')).body.data.map((r: any) => r.kind)).toEqual([
      'lateness',
    ]);
    expect((await lead.get('/api/discipline/records?state=active')).body.data.map((r: any) => r.id)).toEqual([id]);
    expect((await lead.get(`/api/discipline/records?kind=rudeness&from=${day(-1)}&to=${day(-1)}`)).body.total).toBe(1);
  });

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
