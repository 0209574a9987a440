import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { auditOf, employeeIdOf, expectError } from '../../test/helpers.js';
import { addInteractions } from '../quality/forms/forms.testkit.js';
import { catalogue, day, okData } from '../training/shared/training.testkit.js';
import { trainees, noticeKinds, record } from './discipline.testkit.js';

// Discipline records (issue 17 item 6) through the API: who records for whom (a team lead their
// team, a trainer their trainees, HR anyone; out of sight 404), the evidence rules, the person's
// one reply or appeal, HR's decision with its reason (audited, announced), expiry, and the
// records that count feeding elimination criterion 4 (SPEC §6 "other recorded misconduct").

describe.each(DIALECTS)('discipline records on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, lead: Client, agent: Client, qa: Client, manager: Client, training: Client, admin: Client;
  let agentId: string;
  let people: Awaited<ReturnType<typeof trainees>>;

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z'); // Wednesday 10:00 in Beijing, after the demo cohort's start
    [hr, lead, agent, qa, manager, training, admin] = await Promise.all(
      ['hr', 'teamlead', 'agent', 'qa', 'manager', 'training', 'admin'].map((u) => env.as(u)),
    );
    agentId = await employeeIdOf(db(), 'agent');
    await catalogue(env); // as in discipline.evidence.test.ts: the same starting data
    people = await trainees(env, 3);
  }, 60_000);
  afterAll(() => setClock());

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
});
