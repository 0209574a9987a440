import { beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, employeeIdOf, expectError, idsInTeams, userIdOf } from '../../../test/helpers.js';
import { applyFinalResult } from './evaluations.service.js';
import { addInteractions, answers, okData, publishedForm } from '../forms/forms.testkit.js';

// Evaluations through HTTP (SPEC §8, issue 7 item 4): the improvement suggestion required on a
// fail, side-by-side sessions without a stored interaction, who sees which evaluation, the
// paused evaluator refused, and a dispute's final result beside the original.

describe.each(DIALECTS)('quality evaluations on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let qa: Client;
  let lead: Client;
  let agent: Client;
  let manager: Client;
  let formId: string;
  let ids: { agent: string; mentor: string; otherTeam: string; otherDept: string };
  const day = '2026-11-20';

  beforeAll(async () => {
    qa = await env.as('qa');
    lead = await env.as('teamlead');
    agent = await env.as('agent');
    manager = await env.as('manager');
    formId = (await publishedForm(qa)).id;
    const cs1 = await idsInTeams(db(), ['CS1-1']);
    const [cs12] = await idsInTeams(db(), ['CS1-2']);
    const [cs21] = await idsInTeams(db(), ['CS2-1']);
    ids = {
      agent: await employeeIdOf(db(), 'agent'),
      mentor: await employeeIdOf(db(), 'mentor'),
      otherTeam: cs12,
      otherDept: cs21,
    };
    expect(cs1).toContain(ids.agent);
  });

  const score = (c: Client, body: Record<string, unknown>) =>
    c.post('/api/quality/evaluations', { formId, method: 'recording', ...body });

  it('requires an improvement suggestion below the pass score or on a critical failure, and writes nothing without it', async () => {
    const [i1, i2, i3] = await addInteractions(db(), ids.agent, day, 3);
    const before = await countRows(db(), 'qa_evaluations');
    expectError(
      await score(lead, { interactionId: i1, answers: answers({ need: 0, greet: 0 }) }),
      422,
      'SUGGESTION_REQUIRED',
      'suggestion',
    );
    // 90 points but the evaluation-critical item failed: score 0, still a suggestion is required.
    expectError(
      await score(lead, { interactionId: i1, answers: answers({ compliant: 0 }) }),
      422,
      'SUGGESTION_REQUIRED',
      'suggestion',
    );
    // Section-critical failure above the pass score: not passed, so required too.
    expectError(await score(lead, { interactionId: i1, answers: answers({ verify: 0 }) }), 422, 'SUGGESTION_REQUIRED');
    expectError(
      await score(lead, { interactionId: i1, answers: answers({ compliant: 0 }), suggestion: { kind: 'sit_beside' } }),
      422,
      'STRONG_AGENT_REQUIRED',
      'suggestion.employeeId',
    );
    expect(await countRows(db(), 'qa_evaluations')).toBe(before);

    const sat = okData(
      await score(lead, {
        interactionId: i1,
        answers: answers({ compliant: 0 }, { compliant: '未使用规范用语' }),
        comment: '需改进',
        suggestion: { kind: 'sit_beside', employeeId: ids.mentor, note: '跟听两天' },
      }),
    );
    expect(sat).toMatchObject({ score: 0, passed: false, criticalFailure: 'evaluation' });
    const detail = okData(await lead.get(`/api/quality/evaluations/${sat.id}`));
    expect(detail).toMatchObject({
      comment: '需改进',
      suggestion: { kind: 'sit_beside', employeeId: ids.mentor, note: '跟听两天' },
      agentStatus: 'regular',
    });
    expect(detail.suggestion.employeeName).toBeTruthy();
    expect(detail.answers.compliant).toEqual({ value: 0, comment: '未使用规范用语' });
    expect(detail.interaction).toMatchObject({ id: i1, recordingUrl: `https://rec.test/${i1}.wav` });
    // A passing evaluation needs none; the same evaluator cannot score the same interaction twice.
    okData(await score(lead, { interactionId: i2, answers: answers() }));
    expectError(await score(lead, { interactionId: i2, answers: answers() }), 409, 'ALREADY_SCORED');
    expectError(
      await score(lead, { interactionId: i3, answers: answers({ need: null }) }),
      422,
      'NA_NOT_ALLOWED',
      'answers.need',
    );
    const partial = answers();
    delete partial.privacy;
    expectError(await score(lead, { interactionId: i3, answers: partial }), 422, 'ANSWER_MISSING', 'answers.privacy');
    expect((await auditOf(db(), 'qa_evaluation', sat.id))[0]).toMatchObject({ action: 'create' });
  });

  it('scores a side-by-side session without a stored interaction; a recording review needs one', async () => {
    const s = okData(
      await qa.post('/api/quality/evaluations', {
        formId,
        method: 'side_by_side',
        agentId: ids.otherDept,
        day,
        businessType: '信用卡',
        answers: answers(),
      }),
    );
    const d = okData(await qa.get(`/api/quality/evaluations/${s.id}`));
    expect(d).toMatchObject({
      interactionId: null,
      interaction: null,
      method: 'side_by_side',
      day,
      businessType: '信用卡',
    });
    expectError(
      await qa.post('/api/quality/evaluations', {
        formId,
        method: 'recording',
        agentId: ids.otherDept,
        answers: answers(),
      }),
      422,
      'INTERACTION_REQUIRED',
      'interactionId',
    );
    expectError(
      await qa.post('/api/quality/evaluations', { formId, method: 'side_by_side', answers: answers() }),
      422,
      'AGENT_REQUIRED',
      'agentId',
    );
    expectError(
      await qa.post('/api/quality/evaluations', {
        formId,
        method: 'live',
        agentId: ids.otherDept,
        day: '2099-01-01',
        answers: answers(),
      }),
      422,
      'DAY_IN_FUTURE',
      'day',
    );
    expectError(
      await lead.post('/api/quality/evaluations', {
        formId,
        method: 'side_by_side',
        agentId: await employeeIdOf(db(), 'teamlead'),
        answers: answers(),
      }),
      422,
      'SELF_EVALUATION',
    );
    // A QA evaluator sees only themselves among people, yet can name the agent they sit beside.
    const name = (
      await db().selectFrom('employees').select('name').where('id', '=', ids.otherDept).executeTakeFirstOrThrow()
    ).name;
    expect(
      (okData(await qa.get(`/api/quality/agents?q=${encodeURIComponent(name)}`)) as any[]).map((a) => a.id),
    ).toContain(ids.otherDept);
    expectError(await agent.get('/api/quality/agents'), 403, 'FORBIDDEN');
  });

  it('shows each role only the evaluations it may see', async () => {
    const [mine] = await addInteractions(db(), ids.agent, '2026-11-18');
    const [sameDept] = await addInteractions(db(), ids.otherTeam, '2026-11-18');
    const [otherDept] = await addInteractions(db(), ids.otherDept, '2026-11-18');
    const adminClient = await env.as('admin');
    const eAgent = okData(await score(adminClient, { interactionId: mine, answers: answers() })).id;
    const eSameDept = okData(await score(adminClient, { interactionId: sameDept, answers: answers() })).id;
    const eOther = okData(await score(adminClient, { interactionId: otherDept, answers: answers() })).id;
    const listed = async (c: Client, q = '') =>
      (okData(await c.get(`/api/quality/evaluations?pageSize=200${q}`)) as any[]).map((e) => e.id);

    // The agent: only their own, in the list and one by one.
    const agentSees = await listed(agent);
    expect(agentSees).toContain(eAgent);
    expect(agentSees).not.toContain(eSameDept);
    expect(
      (okData(await agent.get(`/api/quality/evaluations?mine=1&pageSize=200`)) as any[]).every(
        (e) => e.agentId === ids.agent,
      ),
    ).toBe(true);
    expectError(await agent.get(`/api/quality/evaluations/${eSameDept}`), 404, 'NOT_FOUND');
    expect(okData(await agent.get(`/api/quality/evaluations/${eAgent}`)).content.sections).toHaveLength(3);
    expect(okData(await agent.get(`/api/quality/evaluations?agentId=${ids.otherDept}`)) as any[]).toEqual([]);
    // The team lead: their team, not the next team.
    expect(await listed(lead)).toContain(eAgent);
    expect(await listed(lead)).not.toContain(eSameDept);
    // The manager: their department.
    const managerSees = await listed(manager);
    expect(managerSees).toEqual(expect.arrayContaining([eAgent, eSameDept]));
    expect(managerSees).not.toContain(eOther);
    // A QA evaluator: only what they scored (and, with sampling, what is assigned to them).
    const qaSees = await listed(qa);
    expect(qaSees).not.toContain(eAgent);
    expect(qaSees.length).toBeGreaterThan(0);
    const qaUser = await userIdOf(db(), 'qa');
    expect(
      (okData(await qa.get('/api/quality/evaluations?pageSize=200')) as any[]).every(
        (e) => e.evaluatorUserId === qaUser,
      ),
    ).toBe(true);
    expectError(await qa.get(`/api/quality/interactions/${otherDept}/context`), 404, 'NOT_FOUND');
    // HR sees everything.
    expect(await listed(await env.as('hr'))).toEqual(expect.arrayContaining([eAgent, eSameDept, eOther]));
    // The interaction context for a team lead in scope.
    expect(okData(await lead.get(`/api/quality/interactions/${mine}/context`))).toMatchObject({
      agentId: ids.agent,
      evaluationIds: [eAgent],
    });
    expectError(await lead.get(`/api/quality/interactions/${otherDept}/context`), 404, 'NOT_FOUND');
    expectError(
      await lead.post('/api/quality/evaluations', {
        formId,
        method: 'recording',
        interactionId: otherDept,
        answers: answers(),
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('filters the list by agent, evaluator, dates, form and result', async () => {
    const q = async (s: string) => okData(await manager.get(`/api/quality/evaluations?pageSize=200&${s}`)) as any[];
    expect((await q(`agentId=${ids.agent}`)).every((e) => e.agentId === ids.agent)).toBe(true);
    expect((await q('passed=0')).every((e) => !e.passed)).toBe(true);
    expect(
      (await q('from=2026-11-19&to=2026-11-20')).every((e) => e.day >= '2026-11-19' && e.day <= '2026-11-20'),
    ).toBe(true);
    expect((await q(`formId=${formId}&passed=1`)).length).toBeGreaterThan(0);
  });

  it('refuses a paused evaluator and one not yet certified (oversight gate)', async () => {
    const leadUser = await userIdOf(db(), 'teamlead');
    const at = nowIso();
    await db()
      .insertInto('qa_evaluator_status')
      .values({
        user_id: leadUser,
        stage: 'certified',
        paused: 1,
        paused_reason: '评分偏高',
        paused_at: at,
        version: 1,
        created_at: at,
        updated_at: at,
      } as never)
      .execute();
    const [i] = await addInteractions(db(), ids.agent, day);
    const before = await countRows(db(), 'qa_evaluations');
    expectError(await score(lead, { interactionId: i, answers: answers() }), 422, 'EVALUATOR_PAUSED');
    await db()
      .updateTable('qa_evaluator_status')
      .set({ paused: 0, stage: 'co_scoring' })
      .where('user_id', '=', leadUser)
      .execute();
    expectError(await score(lead, { interactionId: i, answers: answers() }), 422, 'EVALUATOR_NOT_CERTIFIED');
    expect(await countRows(db(), 'qa_evaluations')).toBe(before);
    await db().updateTable('qa_evaluator_status').set({ stage: 'certified' }).where('user_id', '=', leadUser).execute();
    okData(await score(lead, { interactionId: i, answers: answers() }));
  });

  it('sets a final result beside the original (dispute decision) with the same scoring', async () => {
    const [i] = await addInteractions(db(), ids.agent, day);
    const e = okData(
      await score(lead, { interactionId: i, answers: answers({ accurate: 4 }), suggestion: { kind: 'retraining' } }),
    );
    expect(e).toMatchObject({ score: 40, passed: false, criticalFailure: 'section' });
    const supervisor = { userId: await userIdOf(db(), 'teamlead'), name: '班组长' };
    const out = await db()
      .transaction()
      .execute((trx) => applyFinalResult(trx, e.id, { accurate: { value: 8 } }, supervisor, '复核后认定解答基本准确'));
    expect(out).toEqual({ finalScore: 92, passed: true, criticalFailure: 'none' });
    const d = okData(await agent.get(`/api/quality/evaluations/${e.id}`));
    expect(d).toMatchObject({ score: 40, finalScore: 92, passed: true, criticalFailure: 'none' });
    expect(d.answers.accurate.value).toBe(4);
    expect(d.finalAnswers.accurate.value).toBe(8);
    const log = await auditOf(db(), 'qa_evaluation', e.id);
    expect(log.at(-1)).toMatchObject({ action: 'update', reason: '复核后认定解答基本准确' });
    await expect(
      db()
        .transaction()
        .execute((trx) => applyFinalResult(trx, e.id, { accurate: { value: 11 } }, supervisor, '越界')),
    ).rejects.toMatchObject({ errorCode: 'VALUE_OUT_OF_RANGE' });
    expect(okData(await agent.get(`/api/quality/evaluations/${e.id}`)).finalScore).toBe(92);
  });

  it('lets a QA evaluator open and score an interaction assigned to them by a sample, closing the sample and opening feedback', async () => {
    const [i] = await addInteractions(db(), ids.otherDept, '2026-11-17');
    const qaUser = await userIdOf(db(), 'qa');
    expectError(await qa.get(`/api/quality/interactions/${i}/context`), 404, 'NOT_FOUND');
    const at = nowIso();
    const drawId = `draw-${i}`;
    await db()
      .insertInto('qa_sampling_draws')
      .values({
        id: drawId,
        week_start: '2026-11-16',
        seed: 1,
        status: 'current',
        agents: 1,
        interactions: 1,
        samples: 1,
        unassigned: 0,
        plan: '{}',
        duration_ms: 1,
        created_by: null,
        created_at: at,
      })
      .execute();
    const team = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select(['e.team_id', 't.department_id'])
      .where('e.id', '=', ids.otherDept)
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('qa_samples')
      .values({
        id: `s-${i}`,
        draw_id: drawId,
        week_start: '2026-11-16',
        interaction_id: i,
        agent_id: ids.otherDept,
        team_id: team.team_id,
        department_id: team.department_id,
        day: '2026-11-17',
        started_at: at,
        hour_band: 10,
        business_type: '信用卡',
        channel: 'voice',
        method: 'recording',
        reason: '{}',
        why: '随机',
        status: 'open',
        assigned_user_id: qaUser,
        assigned_at: at,
        evaluation_id: null,
        done_at: null,
        skip_reason: null,
        skipped_by: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    expect(okData(await qa.get(`/api/quality/interactions/${i}/context`))).toMatchObject({
      id: i,
      recordingUrl: `https://rec.test/${i}.wav`,
    });
    const e = okData(
      await qa.post('/api/quality/evaluations', {
        formId,
        method: 'recording',
        interactionId: i,
        sampleId: `s-${i}`,
        answers: answers(),
      }),
    );
    expect(
      await db()
        .selectFrom('qa_samples')
        .select(['status', 'evaluation_id'])
        .where('id', '=', `s-${i}`)
        .executeTakeFirst(),
    ).toEqual({ status: 'done', evaluation_id: e.id });
    expect(
      await db()
        .selectFrom('qa_feedback')
        .select(['status', 'kind'])
        .where('evaluation_id', '=', e.id)
        .executeTakeFirst(),
    ).toEqual({ status: 'pending', kind: 'individual' });
    // A closed sample cannot be scored again (and the failed attempt writes nothing).
    const [j] = await addInteractions(db(), ids.otherDept, '2026-11-17');
    expectError(
      await qa.post('/api/quality/evaluations', {
        formId,
        method: 'recording',
        interactionId: j,
        sampleId: `s-${i}`,
        answers: answers(),
      }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await lead.post('/api/quality/evaluations', {
        formId,
        method: 'recording',
        interactionId: await addInteractions(db(), ids.agent, day).then((x) => x[0]),
        sampleId: `s-${i}`,
        answers: answers(),
      }),
      409,
      'SAMPLE_CLOSED',
    );
  });

  it('keeps one evaluation when the same scoring is submitted twice at once', async () => {
    const [i] = await addInteractions(db(), ids.agent, day);
    const both = await Promise.all([
      score(lead, { interactionId: i, answers: answers() }),
      score(lead, { interactionId: i, answers: answers() }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expectError(
      both.find((r) => r.status === 409)!,
      409,
      'ALREADY_SCORED',
    );
    expect(
      Number(
        (
          await db()
            .selectFrom('qa_evaluations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('interaction_id', '=', i)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(1);
  });

  it('records the agent status when scored, so trainee errors can be told apart', async () => {
    const [probation] = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('t.code', '=', 'CS1-1')
      .where('e.status', '=', 'probation')
      .execute();
    const [i] = await addInteractions(db(), probation.id, day);
    const e = okData(await score(lead, { interactionId: i, answers: answers() }));
    expect(okData(await lead.get(`/api/quality/evaluations/${e.id}`)).agentStatus).toBe('probation');
  });
});
