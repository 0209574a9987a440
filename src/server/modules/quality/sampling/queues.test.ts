import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { expectError, userIdOf } from '../../../test/helpers.js';
import { answers, okData, publishedForm } from '../forms/forms.testkit.js';
import { markSampleDone } from './sampling.service.js';
import { addWeek, operatingAgents, WEEK, type TestAgent } from './sampling.testkit.js';

// Work queues and quotas through HTTP (SPEC §8 "Several levels monitor", "Evaluator quotas";
// issue 7 item 3): who is given which samples, each evaluator's own queue and progress, quotas
// set by the QA lead, reassigning (audited), skipping, and closing a sample by an evaluation.

describe.each(DIALECTS)('queues and quotas on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client, qa: Client, teamlead: Client, agent: Client;
  let agents: TestAgent[];
  const uid: Record<string, string> = {};
  const team = new Map<string, TestAgent>();

  const open = (userId: string) =>
    db()
      .selectFrom('qa_samples')
      .selectAll()
      .where('assigned_user_id', '=', userId)
      .where('status', '=', 'open')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    [manager, qa, teamlead, agent] = [
      await env.as('manager'),
      await env.as('qa'),
      await env.as('teamlead'),
      await env.as('agent'),
    ];
    for (const u of ['manager', 'qa', 'teamlead', 'agent', 'admin']) uid[u] = await userIdOf(db(), u);
    agents = await operatingAgents(db());
    for (const a of agents) team.set(a.id, a);
    // One agent of each team takes calls: a week the three evaluators' quotas (5 a day each)
    // can score whole, so the assignment rules are tried here and the cut to capacity in
    // sampling.capacity*.test.ts.
    const seen = new Map<string, number>();
    const calling = agents.map((a) => {
      seen.set(a.team, (seen.get(a.team) ?? 0) + 1);
      return seen.get(a.team)! <= 1;
    });
    await addWeek(db(), agents, (i) => (calling[i] ? 20 : 0));
    okData(await manager.post('/api/quality/draws', { weekStart: WEEK, seed: 1 }));
  });

  it('gives a team lead samples of their own team only, a manager their department only, a QC any', async () => {
    const [mine, lead, qc] = [await open(uid.manager), await open(uid.teamlead), await open(uid.qa)];
    expect(lead.length).toBeGreaterThan(0);
    expect(lead.every((s) => team.get(s.agent_id)!.team === 'CS1-1')).toBe(true);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s) => team.get(s.agent_id)!.department === 'CS1')).toBe(true);
    expect(new Set(qc.map((s) => team.get(s.agent_id)!.department))).toEqual(new Set(['CS1', 'CS2', 'CMP', 'OUT']));
    const unassigned = await db()
      .selectFrom('qa_samples')
      .select('id')
      .where('assigned_user_id', 'is', null)
      .where('status', '=', 'open')
      .execute();
    expect(unassigned).toHaveLength(0);
    // The same quota for all three: the team's samples are shared, not all given to one.
    const cs11 = [...lead, ...mine, ...qc].filter((s) => team.get(s.agent_id)!.team === 'CS1-1');
    expect(lead.length).toBeGreaterThanOrEqual(Math.floor(cs11.length / 3) - 1);
  });

  it('shows each evaluator their own queue only, with progress against today’s quota; an agent has none', async () => {
    const q = okData(await qa.get('/api/quality/queue?pageSize=200'));
    expect(q.level).toBe('qc');
    expect(q.total).toBe((await open(uid.qa)).length);
    expect(q.items.every((s: any) => s.assignedUserId === uid.qa && s.status === 'open')).toBe(true);
    expect(q.items[0].why).toMatch(/hour band/);
    expect(q.progress).toEqual([
      { method: 'live', quota: 5, done: 0 },
      { method: 'recording', quota: 5, done: 0 },
      { method: 'side_by_side', quota: 3, done: 0 },
    ]);
    const l = okData(await teamlead.get('/api/quality/queue?pageSize=200'));
    expect(l.level).toBe('team_lead');
    expect(l.items.every((s: any) => s.assignedUserId === uid.teamlead)).toBe(true);
    expectError(await agent.get('/api/quality/queue'), 403, 'FORBIDDEN');
  });

  it('filters the evaluator’s own queue by agent and by team; the open count stays the whole queue’s', async () => {
    const mine = await open(uid.qa);
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const queue = async (query: string) => okData(await qa.get(`/api/quality/queue?pageSize=200&${query}`));
    // A team with some, not all, of qa's samples; one agent of it with some of them.
    const teamId = mine[0].team_id;
    const ofTeam = mine.filter((s) => s.team_id === teamId);
    expect(ofTeam.length).toBeLessThan(mine.length);
    const byTeam = await queue(`teamId=${teamId}`);
    expect(byTeam.total).toBe(ofTeam.length);
    expect(ids(byTeam.items)).toEqual(ids(ofTeam));
    expect(byTeam.open).toBe(mine.length);
    const agentId = ofTeam[0].agent_id;
    const ofAgent = mine.filter((s) => s.agent_id === agentId);
    const byAgent = await queue(`agentId=${agentId}`);
    expect(byAgent.total).toBe(ofAgent.length);
    expect(ids(byAgent.items)).toEqual(ids(ofAgent));
    expect(ids(await queue(`agentId=${agentId}&teamId=${teamId}`).then((q) => q.items))).toEqual(ids(ofAgent));
    // Both filters at once narrow each other: an agent of another team gives nothing.
    const elsewhere = mine.find((s) => s.team_id !== teamId)!.agent_id;
    expect((await queue(`agentId=${elsewhere}&teamId=${teamId}`)).total).toBe(0);
    // A filter never shows another evaluator's samples: the team lead's agent, in qa's queue, is qa's samples only.
    const theirs = (await open(uid.teamlead))[0];
    const shared = await queue(`agentId=${theirs.agent_id}`);
    expect(shared.items.map((s: any) => s.id)).not.toContain(theirs.id);
    expect(shared.items.every((s: any) => s.assignedUserId === uid.qa && s.agentId === theirs.agent_id)).toBe(true);
    // With the status filter: none done yet.
    expect((await queue(`agentId=${agentId}&status=done`)).total).toBe(0);
    // Validated like the other queries: an empty or oversized id is a 400 naming the field.
    expectError(await qa.get('/api/quality/queue?teamId='), 400, undefined, 'teamId');
    expectError(await qa.get(`/api/quality/queue?agentId=${'x'.repeat(65)}`), 400, undefined, 'agentId');
  });

  it('counts an evaluation saved today towards the evaluator’s quota of its method', async () => {
    const form = await publishedForm(manager);
    const sample = (await open(uid.manager))[0];
    okData(
      await manager.post('/api/quality/evaluations', {
        formId: form.id,
        method: 'recording',
        interactionId: sample.interaction_id,
        sampleId: sample.id,
        answers: answers(),
      }),
    );
    const q = okData(await manager.get('/api/quality/queue'));
    expect(q.level).toBe('manager');
    expect(q.progress.find((p: any) => p.method === 'recording')).toEqual({ method: 'recording', quota: 5, done: 1 });
    expect(q.progress.find((p: any) => p.method === 'live').done).toBe(0);
    const done = await db().selectFrom('qa_samples').selectAll().where('id', '=', sample.id).executeTakeFirstOrThrow();
    expect(done.status).toBe('done');
    expect(done.evaluation_id).toBeTruthy();
  });

  it('lets a QC score the interactions of their own samples only, and never close another evaluator’s sample', async () => {
    const form = await publishedForm(manager);
    const [mine] = (await open(uid.qa)).filter((s) => team.get(s.agent_id)!.department === 'CS2');
    okData(
      await qa.post('/api/quality/evaluations', {
        formId: form.id,
        method: 'recording',
        interactionId: mine.interaction_id,
        sampleId: mine.id,
        answers: answers(),
      }),
    );
    expect(
      (await db().selectFrom('qa_samples').select('status').where('id', '=', mine.id).executeTakeFirstOrThrow()).status,
    ).toBe('done');
    const theirs = (await open(uid.qa)).find((s) => team.get(s.agent_id)!.department === 'CS1')!;
    const before = await db().selectFrom('qa_evaluations').select('id').execute();
    expectError(
      await manager.post('/api/quality/evaluations', {
        formId: form.id,
        method: 'recording',
        interactionId: theirs.interaction_id,
        sampleId: theirs.id,
        answers: answers(),
      }),
      422,
      'SAMPLE_NOT_YOURS',
    );
    expect(await db().selectFrom('qa_evaluations').select('id').execute()).toHaveLength(before.length); // nothing half-written
  });

  it('lets the QA lead set one evaluator’s quota with a reason (audited); nobody else', async () => {
    expectError(
      await qa.put(`/api/quality/quotas/${uid.qa}`, { live: 9, recording: 9, sideBySide: 9, reason: '自己改' }),
      403,
      'FORBIDDEN',
    );
    okData(
      await manager.put(`/api/quality/quotas/${uid.qa}`, { live: 6, recording: 12, sideBySide: 2, reason: '话务量大' }),
    );
    const board = okData(await manager.get('/api/quality/quotas'));
    expect(board.find((e: any) => e.userId === uid.qa)).toMatchObject({
      level: 'qc',
      custom: true,
      quota: { live: 6, recording: 12, sideBySide: 2 },
    });
    expect(board.find((e: any) => e.userId === uid.teamlead)).toMatchObject({
      level: 'team_lead',
      custom: false,
      quota: { live: 5, recording: 5, sideBySide: 3 },
    });
    expect(board.map((e: any) => e.userId)).not.toContain(uid.admin);
    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'qa_quota')
      .where('entity_id', '=', uid.qa)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].reason).toBe('话务量大');
    expect(JSON.parse(audit[0].old_value!)).toEqual({ live: 5, recording: 5, sideBySide: 3 });
    expect(okData(await qa.get('/api/quality/queue')).progress[1]).toMatchObject({ method: 'recording', quota: 12 });
    expectError(
      await manager.put(`/api/quality/quotas/${uid.agent}`, {
        live: 1,
        recording: 1,
        sideBySide: 1,
        reason: '不是质检员',
      }),
      422,
      'NOT_AN_EVALUATOR',
    );
  });

  it('hands out a redraw by quota: an evaluator with quota 0 gets nothing, one with a larger quota more', async () => {
    okData(
      await manager.put(`/api/quality/quotas/${uid.teamlead}`, {
        live: 5,
        recording: 0,
        sideBySide: 3,
        reason: '本周带新人',
      }),
    );
    okData(await manager.post('/api/quality/draws', { weekStart: WEEK, seed: 1, replace: true }));
    expect(await open(uid.teamlead)).toHaveLength(0);
    const cs1 = (s: { agent_id: string }) => team.get(s.agent_id)!.department === 'CS1';
    const [m, q] = [(await open(uid.manager)).filter(cs1).length, (await open(uid.qa)).filter(cs1).length];
    expect(q).toBeGreaterThan(m); // recording quota 12 against 5
    okData(
      await manager.put(`/api/quality/quotas/${uid.teamlead}`, {
        live: 5,
        recording: 5,
        sideBySide: 3,
        reason: '恢复',
      }),
    );
  });

  it('lets a QA lead reassign open samples with a reason (audited), never across a team lead’s team', async () => {
    const qc = await open(uid.qa);
    const ownTeam = qc.filter((s) => team.get(s.agent_id)!.team === 'CS1-1').slice(0, 2);
    const otherTeam = qc.find((s) => team.get(s.agent_id)!.team === 'CS2-1')!;
    expectError(
      await manager.post('/api/quality/samples/reassign', {
        sampleIds: [otherTeam.id],
        userId: uid.teamlead,
        reason: '越组',
      }),
      404,
      'NOT_FOUND',
    ); // outside the manager's department: not even seen
    const admin = await env.as('admin');
    expectError(
      await admin.post('/api/quality/samples/reassign', {
        sampleIds: [otherTeam.id],
        userId: uid.teamlead,
        reason: '越组',
      }),
      422,
      'NOT_ELIGIBLE',
    );
    expectError(
      await admin.post('/api/quality/samples/reassign', {
        sampleIds: [ownTeam[0].id],
        userId: uid.agent,
        reason: '给坐席',
      }),
      422,
      'NOT_AN_EVALUATOR',
    );
    expectError(
      await qa.post('/api/quality/samples/reassign', {
        sampleIds: [ownTeam[0].id],
        userId: uid.teamlead,
        reason: '自己转',
      }),
      403,
      'FORBIDDEN',
    );
    const moved = okData(
      await manager.post('/api/quality/samples/reassign', {
        sampleIds: ownTeam.map((s) => s.id),
        userId: uid.teamlead,
        reason: '组长熟悉业务',
      }),
    );
    expect(moved.moved).toBe(2);
    const lead = okData(await teamlead.get('/api/quality/queue?pageSize=200'));
    expect(lead.items.map((s: any) => s.id)).toEqual(expect.arrayContaining(ownTeam.map((s) => s.id)));
    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'qa_sample')
      .where(
        'entity_id',
        'in',
        ownTeam.map((s) => s.id),
      )
      .execute();
    expect(audit).toHaveLength(2);
    expect(
      audit.every(
        (a) =>
          a.reason === '组长熟悉业务' &&
          JSON.parse(a.old_value!).assignedUserId === uid.qa &&
          JSON.parse(a.new_value!).assignedUserId === uid.teamlead,
      ),
    ).toBe(true);
    const notice = await db()
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', uid.teamlead)
      .where('kind', '=', 'quality_samples_assigned')
      .execute();
    expect(notice.map((n) => JSON.parse(n.params).count)).toContain(2);
  });

  it('lets the evaluator (or a lead) skip an open sample with a reason, once', async () => {
    const [mine] = await open(uid.qa);
    expectError(await teamlead.post(`/api/quality/samples/${mine.id}/skip`, { reason: '录音缺失' }), 404, 'NOT_FOUND');
    okData(await qa.post(`/api/quality/samples/${mine.id}/skip`, { reason: '录音缺失' }));
    const row = await db().selectFrom('qa_samples').selectAll().where('id', '=', mine.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'skipped', skip_reason: '录音缺失', skipped_by: uid.qa });
    expectError(await qa.post(`/api/quality/samples/${mine.id}/skip`, { reason: '再来一次' }), 409, 'SAMPLE_CLOSED');
    expectError(
      await (
        await env.as('admin')
      ).post('/api/quality/samples/reassign', { sampleIds: [mine.id], userId: uid.manager, reason: '已跳过' }),
      409,
      'SAMPLE_CLOSED',
    );
  });

  it('closes a sample once when its evaluation is saved (markSampleDone)', async () => {
    const [s] = await open(uid.qa);
    await db()
      .transaction()
      .execute((trx) => markSampleDone(trx, s.id, 'evaluation-elsewhere'));
    const row = await db().selectFrom('qa_samples').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', evaluation_id: 'evaluation-elsewhere', version: s.version + 1 });
    await expect(
      db()
        .transaction()
        .execute((trx) => markSampleDone(trx, s.id, 'again')),
    ).rejects.toMatchObject({ statusCode: 409, errorCode: 'SAMPLE_CLOSED' });
    await expect(
      db()
        .transaction()
        .execute((trx) => markSampleDone(trx, 'no-such-sample', 'x')),
    ).rejects.toMatchObject({ statusCode: 404 });
  });
});
