import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import {
  auditOf,
  countRows,
  daysFromToday,
  employeeIdOf,
  expectError,
  today,
  userIdOf,
} from '../../../test/helpers.js';
import { addEvaluators } from '../calibration/calibration.testkit.js';
import { addInteractions, answers, okData, publishedForm } from '../forms/forms.testkit.js';
import { evaluators } from '../sampling/queues.service.js';
import { qaScoreInputs } from './qa-inputs.js';

// Evaluator fitness through HTTP (issue 17 item 3, SPEC §8 "an evaluator whose scores are
// generally too high or too low is stopped, retrained and recalibrated"):
//   fitlax scores every calibration call 100 against a consensus of 82 (greet no, need 3): +18,
//   far past quality.fitness.maxDeviation (5) over 2 scores (minCalibrations 2); fitfair matches it.
//   The consensus raises a flag and tells the QA leads; the lead suspends fitlax: scoring answers
//   403 EVALUATOR_SUSPENDED, the draw passes them by, their evaluations of the window are marked
//   and leave the agent's appraisal inputs until confirmed or rescored; a passed recalibration
//   closed after the suspension lets the lead reinstate them.
describe.each(DIALECTS)('evaluator fitness on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client;
  let lax: Client;
  let fair: Client;
  let formId: string;
  let users: Record<string, string>;
  let agentId: string;
  const evalDay = daysFromToday(-3);
  const CONSENSUS = { greet: 0, need: 3 };

  beforeAll(async () => {
    lead = await env.as('manager');
    users = await addEvaluators(db(), ['fitlax', 'fitfair']);
    [lax, fair] = await Promise.all([env.as('fitlax'), env.as('fitfair')]);
    formId = (await publishedForm(lead)).id;
    agentId = await employeeIdOf(db(), 'agent');
  });

  const sideBySide = (c: Client, over: Record<string, number | null> = {}, day = evalDay) =>
    c.post('/api/quality/evaluations', { formId, method: 'side_by_side', agentId, day, answers: answers(over) });

  /** A closed calibration session on two fresh calls: fitlax answers `laxAnswers`, fitfair and the consensus CONSENSUS. */
  async function calibrate(laxAnswers: Record<string, number | null>) {
    const calls = await addInteractions(db(), agentId, daysFromToday(-1), 2);
    const { id } = okData(
      await lead.post('/api/quality/calibrations', {
        title: '适任校准',
        formId,
        interactionIds: calls,
        evaluatorUserIds: [users.fitlax, users.fitfair],
      }),
    );
    for (const call of calls) {
      okData(
        await lax.post(`/api/quality/calibrations/${id}/scores`, { interactionId: call, answers: answers(laxAnswers) }),
      );
      okData(
        await fair.post(`/api/quality/calibrations/${id}/scores`, { interactionId: call, answers: answers(CONSENSUS) }),
      );
    }
    okData(await lead.post(`/api/quality/calibrations/${id}/close`));
    for (const call of calls)
      okData(
        await lead.put(`/api/quality/calibrations/${id}/consensus`, {
          interactionId: call,
          answers: answers(CONSENSUS),
        }),
      );
    return id as string;
  }
  const row = async (userId: string) =>
    (
      okData(await lead.get('/api/quality/evaluators')).evaluators as {
        userId: string;
        fitness: Record<string, unknown>;
      }[]
    ).find((r) => r.userId === userId)!;
  const inputs = () => qaScoreInputs(db(), agentId, daysFromToday(-30), today());

  it('flags, suspends, keeps the flagged evaluations out of appraisal inputs until re-reviewed, and reinstates after a passed recalibration', async () => {
    // Before: fitlax scores three evaluations, fitfair one; all count.
    const laxEvals: string[] = [];
    const overrides: Record<string, number | null>[] = [{}, { privacy: null }, { verify: null }];
    for (const over of overrides) laxEvals.push(okData(await sideBySide(lax, over)).id as string);
    const fairEval = okData(await sideBySide(fair, CONSENSUS)).id as string;
    expect((await inputs()).map((i) => i.evaluationId).sort()).toEqual([...laxEvals, fairEval].sort());

    const first = await calibrate({});
    const flagged = await row(users.fitlax);
    expect(flagged.fitness).toMatchObject({
      state: 'flagged',
      meanDeviation: 18,
      calibrations: 2,
      maxDeviation: 5,
      minCalibrations: 2,
    });
    expect((await row(users.fitfair)).fitness).toMatchObject({ state: 'ok', meanDeviation: 0 });
    // The QA leads (manager, admin) are told once, not the evaluator; a second consensus raises no second alert.
    const alerts = () =>
      db()
        .selectFrom('notifications')
        .select(['user_id', 'params'])
        .where('kind', '=', 'quality_evaluator_flagged')
        .execute();
    const leads = [await userIdOf(db(), 'manager'), await userIdOf(db(), 'admin')];
    expect((await alerts()).map((a) => a.user_id).sort()).toEqual(expect.arrayContaining(leads));
    expect((await alerts()).map((a) => a.user_id)).not.toContain(users.fitlax);
    const alertCount = (await alerts()).length;

    // Only a QA lead suspends, with a reason.
    expectError(await fair.post(`/api/quality/evaluators/${users.fitlax}/suspend`, { reason: 'x' }), 403);
    expectError(await lead.post(`/api/quality/evaluators/${users.fitlax}/suspend`, { reason: '' }), 400);
    const s = okData(
      await lead.post(`/api/quality/evaluators/${users.fitlax}/suspend`, { reason: '校准平均偏高 18 分' }),
    );
    expect(s.marked).toBe(3);
    expectError(
      await lead.post(`/api/quality/evaluators/${users.fitlax}/suspend`, { reason: 'again' }),
      409,
      'ALREADY_SUSPENDED',
    );
    expect((await row(users.fitlax)).fitness).toMatchObject({
      state: 'suspended',
      suspendReason: '校准平均偏高 18 分',
      marksOpen: 3,
      markedTo: today(),
    });

    // A suspended evaluator is refused and nothing is written; the draw gives them nothing.
    const before = await countRows(db(), 'qa_evaluations');
    expectError(await sideBySide(lax), 403, 'EVALUATOR_SUSPENDED');
    expect(await countRows(db(), 'qa_evaluations')).toBe(before);
    const pool = (await evaluators(db())).find((e) => e.userId === users.fitlax)!;
    expect(pool).toMatchObject({ mayScore: false, weight: 0 });
    okData(await sideBySide(fair, CONSENSUS)); // others keep scoring

    // The marked evaluations carry a warning in the list and the detail, and leave the agent's appraisal inputs.
    const list = okData(await lead.get(`/api/quality/evaluations?agentId=${agentId}&pageSize=100`)) as {
      id: string;
      fitnessMark: { state: string } | null;
    }[];
    for (const id of laxEvals) expect(list.find((e) => e.id === id)!.fitnessMark).toMatchObject({ state: 'flagged' });
    expect(list.find((e) => e.id === fairEval)!.fitnessMark).toBeNull();
    expect(okData(await lead.get(`/api/quality/evaluations/${laxEvals[0]}`)).fitnessMark).toMatchObject({
      state: 'flagged',
      reviewedAt: null,
    });
    const during = (await inputs()).map((i) => i.evaluationId);
    for (const id of laxEvals) expect(during).not.toContain(id);
    expect(during).toContain(fairEval);

    // Re-review: confirm one, rescore another; each comes back (the rescored one with its new final score).
    expectError(
      await fair.post(`/api/quality/evaluations/${laxEvals[0]}/fitness-review`, { action: 'confirm', reason: 'x' }),
      403,
    );
    expect(
      okData(
        await lead.post(`/api/quality/evaluations/${laxEvals[0]}/fitness-review`, {
          action: 'confirm',
          reason: '复听无误',
        }),
      ),
    ).toMatchObject({ state: 'confirmed' });
    expectError(
      await lead.post(`/api/quality/evaluations/${laxEvals[0]}/fitness-review`, { action: 'confirm', reason: 'again' }),
      409,
      'MARK_REVIEWED',
    );
    expect(
      okData(
        await lead.post(`/api/quality/evaluations/${laxEvals[1]}/fitness-review`, {
          action: 'rescore',
          reason: '复评',
          answers: { greet: { value: 0 } },
        }),
      ),
    ).toMatchObject({ state: 'rescored', finalScore: 88.89 });
    expectError(
      await lead.post(`/api/quality/evaluations/${fairEval}/fitness-review`, { action: 'confirm', reason: 'x' }),
      404,
    );
    const after = await inputs();
    expect(after.map((i) => i.evaluationId)).toEqual(expect.arrayContaining([laxEvals[0], laxEvals[1], fairEval]));
    expect(after.map((i) => i.evaluationId)).not.toContain(laxEvals[2]);
    expect(after.find((i) => i.evaluationId === laxEvals[1])).toMatchObject({
      finalScore: 88.89,
      reviewed: 'rescored',
    });

    // Reinstating needs a passed recalibration closed after the suspension.
    expectError(
      await lead.post(`/api/quality/evaluators/${users.fitlax}/reinstate`, { reason: '已培训', sessionId: first }),
      422,
      'RECALIBRATION_REQUIRED',
      'sessionId',
    );
    const failed = await calibrate({ greet: 1, need: 4 }); // +14
    expectError(
      await lead.post(`/api/quality/evaluators/${users.fitlax}/reinstate`, { reason: '已培训', sessionId: failed }),
      422,
      'RECALIBRATION_FAILED',
      'sessionId',
    );
    expect((await alerts()).length).toBe(alertCount); // suspended already: no new alert
    const passed = await calibrate({ greet: 0, need: 4 }); // +4, within ±5
    expect(
      okData(
        await lead.post(`/api/quality/evaluators/${users.fitlax}/reinstate`, {
          reason: '培训后复校准通过',
          sessionId: passed,
        }),
      ),
    ).toEqual({ deviation: 4 });
    expectError(
      await lead.post(`/api/quality/evaluators/${users.fitlax}/reinstate`, { reason: 'again', sessionId: passed }),
      409,
      'NOT_SUSPENDED',
    );
    okData(await sideBySide(lax, CONSENSUS));
    // Counted afresh from the reinstatement: the +18 and +14 sessions are behind them.
    expect((await row(users.fitlax)).fitness).toMatchObject({ state: 'too_few', calibrations: 0 });
    // The still-marked evaluation stays out after reinstatement, until a lead re-reviews it.
    expect((await inputs()).map((i) => i.evaluationId)).not.toContain(laxEvals[2]);

    // Every step is in the audit log.
    const flagId = s.flagId as string;
    expect(
      (await auditOf(db(), 'qa_evaluator_fitness_flag', flagId)).map((a) => [a.action, a.new_value.state]),
    ).toEqual([
      ['create', undefined],
      ['status_change', 'suspended'],
      ['status_change', 'reinstated'],
    ]);
    expect((await auditOf(db(), 'qa_evaluation_fitness_mark', laxEvals[1]))[0]).toMatchObject({
      reason: '复评',
      new_value: { state: 'rescored', finalScore: 88.89 },
    });
  });

  it('tells the evaluator their own figure, and no one else’s', async () => {
    expect(okData(await fair.get(`/api/quality/evaluators/${users.fitfair}/fitness`))).toMatchObject({
      maxDeviation: 5,
    });
    expectError(await fair.get(`/api/quality/evaluators/${users.fitlax}/fitness`), 404);
    expectError(await (await env.as('agent')).get(`/api/quality/evaluators/${users.fitfair}/fitness`), 403);
  });
});
