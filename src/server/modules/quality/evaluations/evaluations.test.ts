import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, employeeIdOf, expectError, userIdOf } from '../../../test/helpers.js';
import { addInteractions, answers, okData } from '../forms/forms.testkit.js';
import { evaluationsKit, type EvaluationIds } from './evaluations.testkit.js';

// Evaluations through HTTP (SPEC §8, issue 7 item 4): the improvement suggestion required on a
// fail, side-by-side sessions without a stored interaction, who sees which evaluation, and the
// list's filters (the rest in evaluations.flow.test.ts).

describe.each(DIALECTS)('quality evaluations on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let qa: Client;
  let lead: Client;
  let agent: Client;
  let manager: Client;
  let formId: string;
  let ids: EvaluationIds;
  const day = '2026-11-20';

  beforeAll(async () => {
    ({ qa, lead, agent, manager, formId, ids } = await evaluationsKit(env));
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
});
