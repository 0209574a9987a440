import { beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, expectError, userIdOf } from '../../../test/helpers.js';
import { applyFinalResult } from './evaluations.service.js';
import { addInteractions, answers, okData } from '../forms/forms.testkit.js';
import { evaluationsKit, type EvaluationIds } from './evaluations.testkit.js';

// Evaluations through HTTP (SPEC §8, issue 7 item 4), continued from evaluations.test.ts: the
// paused evaluator refused, a dispute's final result beside the original, scoring a sampled
// interaction, a double submission, and the agent's status kept with the score.

describe.each(DIALECTS)('quality evaluations: gate, final result, samples on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let qa: Client;
  let lead: Client;
  let agent: Client;
  let formId: string;
  let ids: EvaluationIds;
  const day = '2026-11-20';

  beforeAll(async () => {
    ({ qa, lead, agent, formId, ids } = await evaluationsKit(env));
  });

  const score = (c: Client, body: Record<string, unknown>) =>
    c.post('/api/quality/evaluations', { formId, method: 'recording', ...body });

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
