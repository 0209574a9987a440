import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, employeeIdOf, expectError, userIdOf } from '../../../test/helpers.js';
import { addEvaluators } from './calibration.testkit.js';
import { addInteractions, answers, okData, publishedForm } from '../forms/forms.testkit.js';

// Calibration through HTTP (SPEC §8 "Calibration", issue 7 item 8): blind scoring until the
// facilitator closes it, no agent ever sees a session, the consensus after close, and the report
// against hand-computed deviations, tolerance flags, spread and Fleiss' kappa.
//
// The fixture (form of forms.testkit: greet 10, verify 10, need 20 scale 0–5, accurate 40
// points, compliant 10, privacy 10):
//   interaction 1: qa all good (100), qa2 need 4 (96), qa3 greet no + need 3 (82); consensus need 4 (96)
//   interaction 2: qa privacy N/A (100), qa2 all good (100), qa3 need 4 (96); consensus all good (100)
// Deviations: qa +4 / 0, qa2 0 / 0, qa3 −14 / −4 → only qa3 outside ±5.
// Fleiss' κ over the yes/no items greet, verify, compliant, privacy × 2 interactions (8 subjects,
//   3 raters): greet on 1 and privacy on 2 split 2–1 (P = 1/3), the rest agree: P̄ = 5/6;
//   yes 22, no 1, N/A 1 of 24 → P̄e = 27/32; κ = (5/6 − 27/32) / (5/32) = −1/15.
// Ordinal α over "need" (value / 5): {1, .8, .6} and {1, 1, .8}: n.6 = 1, n.8 = 2, n1 = 3;
//   δ² .6–.8 2.25, .8–1 6.25, .6–1 16; Do = 37/6, De = 6 → α = −1/36.
describe.each(DIALECTS)('quality calibration on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client;
  let qa: Client;
  let qa2: Client;
  let qa3: Client;
  let outsider: Client;
  let agent: Client;
  let formId: string;
  let users: Record<string, string>;
  let interactions: string[];

  beforeAll(async () => {
    lead = await env.as('manager');
    users = { ...(await addEvaluators(db(), ['calqa2', 'calqa3', 'calqa4'])), qa: await userIdOf(db(), 'qa') };
    [qa, qa2, qa3, outsider, agent] = await Promise.all([
      env.as('qa'),
      env.as('calqa2'),
      env.as('calqa3'),
      env.as('calqa4'),
      env.as('agent'),
    ]);
    formId = (await publishedForm(lead)).id;
    interactions = await addInteractions(db(), await employeeIdOf(db(), 'agent'), '2026-11-18', 2);
  });

  const create = (body: Record<string, unknown> = {}) =>
    lead.post('/api/quality/calibrations', {
      title: '十一月校准',
      formId,
      interactionIds: interactions,
      evaluatorUserIds: [users.qa, users.calqa2, users.calqa3],
      ...body,
    });

  it('checks what a session is made of and writes nothing on a refusal', async () => {
    const before = await countRows(db(), 'qa_calibration_sessions');
    expectError(await create({ interactionIds: ['no-such-call'] }), 400, 'UNKNOWN_INTERACTION', 'interactionIds.0');
    expectError(
      await create({ evaluatorUserIds: [users.qa, 'no-such-user'] }),
      400,
      'UNKNOWN_USER',
      'evaluatorUserIds.1',
    );
    expectError(
      await create({ evaluatorUserIds: [users.qa, await userIdOf(db(), 'agent')] }),
      422,
      'NOT_AN_EVALUATOR',
      'evaluatorUserIds.1',
    );
    expectError(await create({ evaluatorUserIds: [users.qa, users.qa] }), 400, undefined, 'evaluatorUserIds');
    expectError(await create({ formId: 'no-such-form' }), 404);
    expectError(
      await qa.post('/api/quality/calibrations', {
        title: 'x',
        formId,
        interactionIds: interactions,
        evaluatorUserIds: [users.qa, users.calqa2],
      }),
      403,
    );
    for (const account of ['hr', 'training', 'trainer', 'mentor', 'teamlead', 'agent', 'trainee']) {
      expectError(
        await (
          await env.as(account)
        ).post('/api/quality/calibrations', {
          title: 'x',
          formId,
          interactionIds: interactions,
          evaluatorUserIds: [users.qa, users.calqa2],
        }),
        403,
        'FORBIDDEN',
      );
    }
    expect(await countRows(db(), 'qa_calibration_sessions')).toBe(before);
  });

  it('keeps scoring blind until close, never shows a session to an agent, and reports deviations, flags and kappa', async () => {
    const session = okData(await create());
    const id = session.id as string;
    expect(session).toMatchObject({ status: 'open', evaluators: 3, interactionCount: 2, isFacilitator: true });
    expect(session.interactions[0]).toMatchObject({
      id: interactions[0],
      recordingUrl: `https://rec.test/${interactions[0]}.wav`,
    });
    const notices = (kind: string) =>
      db()
        .selectFrom('notifications')
        .select(['user_id', 'link'])
        .where('kind', '=', kind)
        .where('link', '=', `/quality/calibrations/${id}`)
        .execute();
    expect((await notices('quality_calibration_invited')).map((n) => n.user_id).sort()).toEqual(
      [users.qa, users.calqa2, users.calqa3].sort(),
    );

    const [i1, i2] = interactions;
    const submit = (c: Client, interactionId: string, over: Record<string, number | null>) =>
      c.post(`/api/quality/calibrations/${id}/scores`, { interactionId, answers: answers(over) });
    expect(okData(await submit(qa, i1, {})).score).toBe(100);
    expect(okData(await submit(qa2, i1, { need: 4 })).score).toBe(96);
    expect(okData(await submit(qa3, i1, { greet: 0, need: 2 })).score).toBe(78);
    // Scoring again before close replaces one's own score.
    expect(okData(await submit(qa3, i1, { greet: 0, need: 3 })).score).toBe(82);
    okData(await submit(qa, i2, { privacy: null }));
    okData(await submit(qa2, i2, {}));
    okData(await submit(qa3, i2, { need: 4 }));

    // Blind: each evaluator sees only their own scores; the facilitator sees who has scored, not what.
    const mine = okData(await qa2.get(`/api/quality/calibrations/${id}`));
    expect(mine.scores.map((s: { userId: string }) => s.userId)).toEqual([users.calqa2, users.calqa2]);
    expect(mine.consensus).toEqual([]);
    const facilitated = okData(await lead.get(`/api/quality/calibrations/${id}`));
    expect(facilitated.scores).toEqual([]);
    expect(facilitated.participants.map((p: { scored: number }) => p.scored)).toEqual([2, 2, 2]);
    expectError(await qa2.get(`/api/quality/calibrations/${id}/report`), 422, 'CALIBRATION_OPEN');
    expectError(
      await lead.put(`/api/quality/calibrations/${id}/consensus`, { interactionId: i1, answers: answers({ need: 4 }) }),
      422,
      'CALIBRATION_OPEN',
    );
    // Outsiders: an uninvited evaluator is told nothing exists (404); an agent (even the agent on
    // the calls) has no part in calibration at all (403).
    expectError(await outsider.get(`/api/quality/calibrations/${id}`), 404, 'NOT_FOUND');
    expectError(
      await outsider.post(`/api/quality/calibrations/${id}/scores`, { interactionId: i1, answers: answers() }),
      404,
      'NOT_FOUND',
    );
    expect((await outsider.get('/api/quality/calibrations')).body.data.map((s: { id: string }) => s.id)).not.toContain(
      id,
    );
    expectError(await agent.get(`/api/quality/calibrations/${id}`), 403);
    expectError(await agent.get(`/api/quality/calibrations/${id}/report`), 403);
    expectError(await agent.get('/api/quality/calibrations'), 403);
    // Only the facilitator closes; bad answers are refused by the one scoring function.
    expectError(await qa.post(`/api/quality/calibrations/${id}/close`), 403);
    expectError(await submit(qa, i1, { need: 9 }), 400, 'INVALID_ANSWER', 'answers.need');
    expectError(
      await qa.post(`/api/quality/calibrations/${id}/scores`, { interactionId: 'elsewhere', answers: answers() }),
      400,
      'NOT_IN_SESSION',
      'interactionId',
    );

    okData(await lead.post(`/api/quality/calibrations/${id}/close`));
    expect(await notices('quality_calibration_closed')).toHaveLength(3);
    expectError(await submit(qa, i1, { need: 3 }), 422, 'CALIBRATION_CLOSED');
    // After close the facilitator sees everyone's scores; an evaluator still only their own, never an agent.
    expect(okData(await lead.get(`/api/quality/calibrations/${id}`))).toMatchObject({
      view: 'full',
      scores: expect.objectContaining({ length: 6 }),
    });
    const own = okData(await qa2.get(`/api/quality/calibrations/${id}`));
    expect(own.view).toBe('own');
    expect(own.scores.map((x: { userId: string }) => x.userId)).toEqual([users.calqa2, users.calqa2]);
    expectError(await agent.get(`/api/quality/calibrations/${id}/report`), 403);
    expectError(
      await qa.put(`/api/quality/calibrations/${id}/consensus`, { interactionId: i1, answers: answers({ need: 4 }) }),
      403,
    );

    const before = okData(await qa.get(`/api/quality/calibrations/${id}/report`));
    expect(before.consensusComplete).toBe(false);
    expect(before.interactions[0].evaluators.every((e: { deviation: unknown }) => e.deviation === null)).toBe(true);

    expect(
      okData(
        await lead.put(`/api/quality/calibrations/${id}/consensus`, {
          interactionId: i1,
          answers: answers({ need: 4 }),
        }),
      ).score,
    ).toBe(96);
    okData(
      await lead.put(`/api/quality/calibrations/${id}/consensus`, {
        interactionId: i2,
        answers: answers({ greet: 0 }),
      }),
    );
    // Corrected: the last word counts, and the change is in the audit log.
    expect(
      okData(
        await lead.put(`/api/quality/calibrations/${id}/consensus`, {
          interactionId: i2,
          answers: answers(),
          reason: '复议后更正',
        }),
      ).score,
    ).toBe(100);
    const trail = await auditOf(db(), 'qa_calibration_consensus', `${id}:${i2}`);
    expect(trail.map((a) => [a.action, a.new_value.score])).toEqual([
      ['create', 90],
      ['update', 100],
    ]);
    expect(trail[1]).toMatchObject({ reason: '复议后更正', old_value: { score: 90 } });

    const report = okData(await lead.get(`/api/quality/calibrations/${id}/report`));
    expect(report.view).toBe('full');
    expect(report.tolerance).toBe(5);
    expect(report.consensusComplete).toBe(true);
    const dev = (i: number) =>
      Object.fromEntries(
        report.interactions[i].evaluators.map((e: { userId: string; deviation: number; outside: boolean }) => [
          e.userId,
          [e.deviation, e.outside],
        ]),
      );
    expect(dev(0)).toEqual({ [users.qa]: [4, false], [users.calqa2]: [0, false], [users.calqa3]: [-14, true] });
    expect(dev(1)).toEqual({ [users.qa]: [0, false], [users.calqa2]: [0, false], [users.calqa3]: [-4, false] });
    const byUser = Object.fromEntries(report.evaluators.map((e: { userId: string }) => [e.userId, e]));
    expect(byUser[users.calqa3]).toMatchObject({
      scored: 2,
      meanDeviation: -9,
      meanAbsDeviation: 9,
      outside: true,
      itemsDiffering: 3,
    });
    expect(byUser[users.qa]).toMatchObject({ meanDeviation: 2, outside: false, itemsDiffering: 2 });
    expect(byUser[users.calqa2]).toMatchObject({ meanDeviation: 0, outside: false, itemsDiffering: 0 });
    // Per item on interaction 1: "need" earned 20 / 16 / 12 points against the consensus's 16.
    const need = report.interactions[0].items.find((it: { key: string }) => it.key === 'need');
    expect(need.consensus).toBe('4');
    expect(
      Object.fromEntries(need.deviations.map((d: { userId: string; points: number }) => [d.userId, d.points])),
    ).toEqual({ [users.qa]: 4, [users.calqa2]: 0, [users.calqa3]: -4 });
    expect(need).toMatchObject({ min: 12, max: 20, sd: 4, agreement: 0 });
    // Points items are quantities: no agreement figure.
    expect(report.interactions[0].items.find((it: { key: string }) => it.key === 'accurate').agreement).toBeNull();
    expect(report.interactions[0]).toMatchObject({ scoreMin: 82, scoreMax: 100, consensusScore: 96 });
    // Agreement per kind: 8 yes/no, 2 scale and 2 points subjects, all under the default minimum of 10.
    expect(report.agreement).toMatchObject({ minN: 10, level: 95, resamples: 1000 });
    expect(
      report.agreement.kinds.map(
        (k: { kind: string; statistic: string; n: number; value: unknown; low: unknown; tooFew: boolean }) => [
          k.kind,
          k.statistic,
          k.n,
          k.value,
          k.low,
          k.tooFew,
        ],
      ),
    ).toEqual([
      ['yes_no', 'fleiss_kappa', 8, null, null, true],
      ['scale', 'alpha_ordinal', 2, null, null, true],
      ['points', 'alpha_interval', 2, null, null, true],
    ]);
    okData(
      await (
        await env.as('admin')
      ).put('/api/settings/quality.calibration.agreementMinN', { value: 2, reason: '小样本演示' }),
    );
    const small = okData(await lead.get(`/api/quality/calibrations/${id}/report`));
    const kind = (k: string) => small.agreement.kinds.find((x: { kind: string }) => x.kind === k);
    expect(kind('yes_no')).toMatchObject({ n: 8, interactions: 2, tooFew: false, band: 'poor' });
    expect(kind('yes_no').value).toBeCloseTo(-1 / 15, 4);
    expect(kind('yes_no').low).toBeLessThanOrEqual(kind('yes_no').value);
    expect(kind('yes_no').high).toBeGreaterThanOrEqual(kind('yes_no').value);
    expect(kind('scale')).toMatchObject({ n: 2, interactions: 2, tooFew: false });
    expect(kind('scale').value).toBeCloseTo(-1 / 36, 4);
    // Every evaluator gave "accurate" 10: no disagreement to expect, so no alpha at all.
    expect(kind('points')).toMatchObject({ n: 2, value: null, low: null, high: null, band: 'none', tooFew: false });
    // Reproducible: the same report twice gives the same intervals.
    expect(okData(await lead.get(`/api/quality/calibrations/${id}/report`)).agreement).toEqual(small.agreement);

    // qa3 sees the same figures for themself, the consensus and the anonymous spread and kappa.
    const theirs = okData(await qa3.get(`/api/quality/calibrations/${id}/report`));
    expect(theirs.view).toBe('own');
    expect(theirs.evaluators).toEqual([byUser[users.calqa3]]);
    expect(theirs.interactions.map((i: { evaluators: unknown[] }) => i.evaluators)).toEqual(
      report.interactions.map((i: { evaluators: { userId: string }[] }) =>
        i.evaluators.filter((e) => e.userId === users.calqa3),
      ),
    );
    expect(theirs.interactions[0]).toMatchObject({ scoreMin: 82, scoreMax: 100, consensusScore: 96 });
    expect(theirs.interactions[0].items.find((it: { key: string }) => it.key === 'need')).toMatchObject({
      consensus: '4',
      min: 12,
      max: 20,
      sd: 4,
      agreement: 0,
      deviations: [{ userId: users.calqa3, value: '3', points: -4 }],
    });
    expect(theirs.agreement).toEqual(small.agreement);
    expect(theirs.spread).toEqual(report.spread);
  });

  it('follows the tolerance setting, needs two evaluators to close, and lets a paused evaluator calibrate', async () => {
    const { id } = okData(await create({ interactionIds: [interactions[0]] }));
    okData(
      await qa.post(`/api/quality/calibrations/${id}/scores`, { interactionId: interactions[0], answers: answers() }),
    );
    expectError(await lead.post(`/api/quality/calibrations/${id}/close`), 422, 'CALIBRATION_TOO_FEW_SCORES');
    // A paused evaluator still calibrates: that is how they come back.
    okData(await lead.post(`/api/quality/evaluators/${users.calqa3}/pause`, { reason: '偏差过大，先校准' }));
    okData(
      await qa3.post(`/api/quality/calibrations/${id}/scores`, {
        interactionId: interactions[0],
        answers: answers({ need: 2 }),
      }),
    );
    okData(await lead.post(`/api/quality/evaluators/${users.calqa3}/resume`, { reason: '已校准' }));
    okData(await lead.post(`/api/quality/calibrations/${id}/close`));
    okData(
      await lead.put(`/api/quality/calibrations/${id}/consensus`, {
        interactionId: interactions[0],
        answers: answers({ need: 4 }),
      }),
    );
    const flags = async () =>
      Object.fromEntries(
        okData(await lead.get(`/api/quality/calibrations/${id}/report`)).interactions[0].evaluators.map(
          (e: { userId: string; outside: boolean }) => [e.userId, e.outside],
        ),
      );
    // qa +4, qa3 −8: with ±5 only qa3 is outside; with ±3 both; exactly at the tolerance is inside.
    expect(await flags()).toEqual({ [users.qa]: false, [users.calqa3]: true });
    const admin = await env.as('admin');
    okData(await admin.put('/api/settings/quality.calibration.tolerance', { value: 3, reason: '收紧校准容差' }));
    expect(await flags()).toEqual({ [users.qa]: true, [users.calqa3]: true });
    okData(await admin.put('/api/settings/quality.calibration.tolerance', { value: 4, reason: '恢复' }));
    expect(await flags()).toEqual({ [users.qa]: false, [users.calqa3]: true });
  });
});
