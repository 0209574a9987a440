import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, expectError, idsInTeams } from '../../../test/helpers.js';
import { addQuestion, openExam, SAMPLE } from '../../exams/shared/exams.testkit.js';
import { addEvaluators } from '../calibration/calibration.testkit.js';
import { itemSums } from './oversight.list.js';
import { answers, okData, publishedForm } from '../forms/forms.testkit.js';

// Evaluator oversight through HTTP (SPEC §8 "Evaluators are checked too", issue 7 item 9):
// leniency found on synthetic evaluators with a known bias, drift between quarters, pause and
// resume, the new evaluator's path (test, co-scores, certification) and quarterly reviews.
//
// Synthetic data: three evaluators score the same four agents of one team four times each in
// November; the "truth" of each call (the accurate item, 24–40 points) is the same for all three.
// ov1 always gives "need" 5 of 5 (20 points); ov2 and ov3 give 3 (12) on average, ±1 step —
// so ov1 is exactly +8 against the others and the others are even with each other. The data has
// fixed days in 2026's third and fourth quarters, so the clock stands in late November 2026.
describe.each(DIALECTS)('quality evaluator oversight on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client;
  let ev: Record<string, Client>;
  let users: Record<string, string>;
  let formId: string;
  let agents: string[];
  let otherAgent: string;
  const NOISE = [0, 1, -1, 0];
  const truth = (a: number, k: number) => 6 + ((a * 7 + k * 3) % 5); // accurate 6..10

  const score = (c: Client, agentId: string, day: string, over: Record<string, number | null>) =>
    c.post('/api/quality/evaluations', {
      formId,
      method: 'side_by_side',
      agentId,
      day,
      answers: answers(over),
      suggestion: { kind: 'retraining', note: '复训' },
    });

  afterAll(() => setClock());
  beforeAll(async () => {
    setClock('2026-11-27T02:00:00Z');
    lead = await env.as('manager');
    users = await addEvaluators(db(), ['ov1', 'ov2', 'ov3', 'ov4', 'ov5', 'ov6']);
    ev = Object.fromEntries(await Promise.all(Object.keys(users).map(async (u) => [u, await env.as(u)] as const)));
    formId = (await publishedForm(lead)).id;
    const team = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('t.code', '=', 'CS2-1')
      .where('e.position', '=', '坐席')
      .where('e.status', '!=', 'resigned')
      .orderBy('e.employee_no')
      .execute();
    agents = team.map((r) => r.id).slice(0, 4);
    expect(agents).toHaveLength(4);
    [otherAgent] = await idsInTeams(db(), ['CMP-1']);
    for (const [a, agentId] of agents.entries()) {
      for (let k = 0; k < 4; k++) {
        const day = `2026-11-${String(2 + k * 4 + a).padStart(2, '0')}`;
        okData(await score(ev.ov1, agentId, day, { accurate: truth(a, k), need: 5 }));
        okData(await score(ev.ov2, agentId, day, { accurate: truth(a, k), need: 3 + NOISE[(a + k) % 4] }));
        okData(await score(ev.ov3, agentId, day, { accurate: truth(a, k), need: 3 - NOISE[(a + k) % 4] }));
      }
    }
    // Two more by ov1 on a team nobody else scores: not comparable, so left out of the test.
    okData(await score(ev.ov1, otherAgent, '2026-11-10', { accurate: 6 }));
    okData(await score(ev.ov1, otherAgent, '2026-11-11', { accurate: 7 }));
  }, 120_000);

  const table = async (query = 'from=2026-11-01&to=2026-11-22') => {
    const data = okData(await lead.get(`/api/quality/evaluators?${query}`));
    return Object.fromEntries(data.evaluators.map((r: { userId: string }) => [r.userId, r])) as Record<string, any>;
  };

  it('flags the +8 evaluator as lenient with a p-value and leaves the unbiased ones alone', async () => {
    const rows = await table();
    expect(rows[users.ov1].evaluations).toBe(18);
    expect(rows[users.ov1].leniency).toMatchObject({ comparable: 16, others: 32, difference: 8, flag: 'lenient' });
    expect(rows[users.ov1].leniency.p).toBeLessThan(0.001);
    for (const u of [users.ov2, users.ov3]) {
      expect(rows[u].leniency.flag).toBeNull();
      expect(Math.abs(rows[u].leniency.difference)).toBeLessThan(1);
    }
    // Evaluators without evaluations are listed (the role) with nothing to judge.
    expect(rows[users.ov4]).toMatchObject({
      evaluations: 0,
      status: 'unregistered',
      leniency: { flag: null, difference: null },
    });
    // Others may not see the table.
    expectError(await ev.ov2.get('/api/quality/evaluators'), 403);
    expectError(await (await env.as('agent')).get('/api/quality/evaluators'), 403);
  });

  it('needs the difference to be both significant and large enough (settings)', async () => {
    const admin = await env.as('admin');
    okData(await admin.put('/api/settings/quality.oversight.leniencyPoints', { value: 9, reason: '放宽' }));
    expect((await table())[users.ov1].leniency.flag).toBeNull();
    okData(await admin.put('/api/settings/quality.oversight.leniencyPoints', { value: 3, reason: '恢复' }));
    okData(await admin.put('/api/settings/quality.oversight.minEvaluations', { value: 17, reason: '样本要求' }));
    expect((await table())[users.ov1].leniency.flag).toBeNull();
    okData(await admin.put('/api/settings/quality.oversight.minEvaluations', { value: 5, reason: '恢复' }));
    expect((await table())[users.ov1].leniency.flag).toBe('lenient');
  });

  it('refuses a period that ends before it starts, with the one date-range error', async () => {
    expectError(await lead.get('/api/quality/evaluators?from=2026-11-22&to=2026-11-01'), 422, 'BAD_DATE_RANGE', 'to');
    expect(Object.keys(await table('from=2026-11-22&to=2026-11-22')).length).toBeGreaterThan(0); // one day is a period
  });

  it('pauses a flagged evaluator (422 EVALUATOR_PAUSED on scoring) and resumes them, audited', async () => {
    expectError(await ev.ov2.post(`/api/quality/evaluators/${users.ov1}/pause`, { reason: '偏松' }), 403);
    expectError(await lead.post(`/api/quality/evaluators/${users.ov1}/pause`, {}), 400, undefined, 'reason');
    okData(await lead.post(`/api/quality/evaluators/${users.ov1}/pause`, { reason: '评分系统性偏高，暂停复训' }));
    expectError(
      await lead.post(`/api/quality/evaluators/${users.ov1}/pause`, { reason: '再次' }),
      409,
      'ALREADY_PAUSED',
    );
    const notice = await db()
      .selectFrom('notifications')
      .select('params')
      .where('user_id', '=', users.ov1)
      .where('kind', '=', 'quality_evaluator_paused')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(notice.params)).toEqual({ reason: '评分系统性偏高，暂停复训' });
    for (const account of ['hr', 'training', 'trainer', 'mentor', 'teamlead', 'qa', 'agent', 'trainee']) {
      expectError(
        await (await env.as(account)).post(`/api/quality/evaluators/${users.ov1}/resume`, { reason: '越权' }),
        403,
        'FORBIDDEN',
      );
    }
    const before = await countRows(db(), 'qa_evaluations');
    expectError(await score(ev.ov1, agents[0], '2026-11-20', { accurate: 9 }), 422, 'EVALUATOR_PAUSED');
    expect(await countRows(db(), 'qa_evaluations')).toBe(before);
    expect((await table())[users.ov1]).toMatchObject({ status: 'paused', pausedReason: '评分系统性偏高，暂停复训' });
    okData(await lead.post(`/api/quality/evaluators/${users.ov1}/resume`, { reason: '复训与校准已完成' }));
    expectError(await lead.post(`/api/quality/evaluators/${users.ov1}/resume`, { reason: '再次' }), 409, 'NOT_PAUSED');
    okData(await score(ev.ov1, agents[0], '2026-11-20', { accurate: 9, need: 3 }));
    const trail = await auditOf(db(), 'qa_evaluator', users.ov1);
    expect(trail.map((a) => [a.new_value.paused, a.reason])).toEqual([
      [true, '评分系统性偏高，暂停复训'],
      [false, '复训与校准已完成'],
    ]);
  });

  it('keeps a new evaluator from scoring alone until tested, co-scored and certified', async () => {
    const uid = users.ov5;
    okData(
      await lead.post(`/api/quality/evaluators/${uid}/register`, { mentorUserId: users.ov2, reason: '新入职质检员' }),
    );
    expectError(
      await lead.post(`/api/quality/evaluators/${uid}/register`, { reason: '再次' }),
      409,
      'ALREADY_REGISTERED',
    );
    expectError(await score(ev.ov5, agents[1], '2026-11-20', {}), 422, 'EVALUATOR_NOT_CERTIFIED');
    expectError(
      await lead.post(`/api/quality/evaluators/${uid}/certify`, { reason: '提前' }),
      422,
      'EVALUATOR_NOT_READY',
    );

    // Reference evaluations by an experienced evaluator (ov2): 100, 96 and 88 points.
    const refs = [
      okData(await score(ev.ov2, agents[2], '2026-11-21', {})).id,
      okData(await score(ev.ov2, agents[3], '2026-11-21', { need: 4 })).id,
      okData(await score(ev.ov2, agents[1], '2026-11-21', { need: 2 })).id,
      okData(await score(ev.ov2, agents[0], '2026-11-21', { need: 4 })).id,
    ];
    const coscore = (evaluationId: string, over: Record<string, number | null>) =>
      ev.ov5.post(`/api/quality/evaluators/${uid}/coscores`, { evaluationId, answers: answers(over) });
    expectError(await coscore(refs[0], {}), 422, 'EVALUATOR_STAGE');
    expect(
      okData(await lead.post(`/api/quality/evaluators/${uid}/test`, { score: 70, reason: '首次测试' })).passed,
    ).toBe(false);
    expectError(await coscore(refs[0], {}), 422, 'EVALUATOR_STAGE');
    expect(
      okData(
        await lead.post(`/api/quality/evaluators/${uid}/test`, {
          score: 86,
          passMark: 80,
          examId: 'exam-qa-onboarding',
        }),
      ).passed,
    ).toBe(true);

    // The new evaluator sees the form and the call, never the reference answers or score.
    const blind = okData(await ev.ov5.get(`/api/quality/evaluators/${uid}/coscore-form?evaluationId=${refs[1]}`));
    expect(blind).toMatchObject({ evaluationId: refs[1], passScore: 80, day: '2026-11-21' });
    expect(blind.content.sections).toHaveLength(3);
    expect(Object.keys(blind)).not.toEqual(expect.arrayContaining(['answers']));
    expect(JSON.stringify(blind)).not.toMatch(/"(answers|score|finalScore|referenceScore)"/);
    expectError(await ev.ov3.get(`/api/quality/evaluators/${uid}/coscore-form?evaluationId=${refs[1]}`), 403);
    expect(okData(await coscore(refs[0], {}))).toMatchObject({ score: 100, referenceScore: 100, deviation: 0 });
    expect(okData(await coscore(refs[1], { need: 5 }))).toMatchObject({ deviation: 4 });
    expect(okData(await coscore(refs[2], { need: 5 }))).toMatchObject({ deviation: 12 }); // outside ±5: does not count
    expectError(await coscore(refs[0], {}), 409, 'ALREADY_COSCORED');
    expectError(await coscore('no-such-evaluation', {}), 404);
    expectError(await coscore(refs[1], { need: 7 }), 400, 'INVALID_ANSWER', 'answers.need');
    expectError(
      await ev.ov3.post(`/api/quality/evaluators/${uid}/coscores`, { evaluationId: refs[3], answers: answers() }),
      403,
    );
    expectError(
      await lead.post(`/api/quality/evaluators/${uid}/certify`, { reason: '两次合格' }),
      422,
      'EVALUATOR_NOT_READY',
    );
    expectError(await score(ev.ov5, agents[1], '2026-11-20', {}), 422, 'EVALUATOR_NOT_CERTIFIED');
    // Entered by the experienced evaluator who sat with them: 92 against 96, within.
    okData(
      await ev.ov2.post(`/api/quality/evaluators/${uid}/coscores`, {
        evaluationId: refs[3],
        answers: answers({ need: 3 }),
      }),
    );

    const record = okData(await ev.ov5.get(`/api/quality/evaluators/${uid}`));
    expect(record).toMatchObject({
      status: 'co_scoring',
      coscoresNeeded: 3,
      coscoresWithin: 3,
      mentorUserId: users.ov2,
      test: { score: 86, passMark: 80, passed: true, examId: 'exam-qa-onboarding' },
    });
    expect(
      record.coscores.map((c: { deviation: number; withinTolerance: boolean }) => [c.deviation, c.withinTolerance]),
    ).toEqual([
      [0, true],
      [4, true],
      [12, false],
      [-4, true],
    ]);
    expectError(await ev.ov5.get(`/api/quality/evaluators/${users.ov1}`), 404, 'NOT_FOUND');
    expect(okData(await ev.ov2.get(`/api/quality/evaluators/${uid}`)).coscoresWithin).toBe(3); // the experienced evaluator follows them
    expectError(await ev.ov3.get(`/api/quality/evaluators/${uid}`), 404, 'NOT_FOUND');

    okData(await lead.post(`/api/quality/evaluators/${uid}/certify`, { reason: '测试合格，三次同评在容差内' }));
    expectError(
      await lead.post(`/api/quality/evaluators/${uid}/certify`, { reason: '再次' }),
      409,
      'ALREADY_CERTIFIED',
    );
    okData(await score(ev.ov5, agents[1], '2026-11-20', {}));
    const trail = await auditOf(db(), 'qa_evaluator', uid);
    expect(trail.map((a) => a.new_value.stage)).toEqual(['training', 'training', 'co_scoring', 'certified']);
  });

  it('takes the entry test from an exams-module exam: the best graded attempt counts', async () => {
    const uid = users.ov6;
    okData(await lead.post(`/api/quality/evaluators/${uid}/register`, { reason: '转岗质检' }));
    // ov6 was an agent before (a person with no account of their own until now).
    const person = await db()
      .selectFrom('employees as e')
      .leftJoin('users as u', 'u.employee_id', 'e.id')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('t.code', '=', 'CS1-2')
      .where('u.id', 'is', null)
      .orderBy('e.employee_no')
      .executeTakeFirstOrThrow();
    await db().updateTable('users').set({ employee_id: person.id }).where('id', '=', uid).execute();
    const admin = await env.as('admin');
    expectError(
      await admin.post(`/api/quality/evaluators/${uid}/test`, { passMark: 80 }),
      400,
      'TEST_SCORE_MISSING',
      'score',
    );
    const trainer = await env.as('trainer');
    const question = await addQuestion(trainer, SAMPLE.trueFalse);
    const { examId } = await openExam(trainer, {
      paper: { title: '质检上岗测试', mode: 'fixed', items: [{ questionId: question }] },
      examinees: [person.id],
    });
    expectError(
      await admin.post(`/api/quality/evaluators/${uid}/test`, { examId }),
      422,
      'EXAM_RESULT_MISSING',
      'examId',
    );
    const me = await env.as('ov6');
    const attempt = okData(await me.post(`/api/exams/${examId}/attempts`));
    okData(await me.put(`/api/exams/attempts/${attempt.attemptId}/answers/${question}`, { value: false }));
    okData(await me.post(`/api/exams/attempts/${attempt.attemptId}/submit`));
    expect(okData(await admin.post(`/api/quality/evaluators/${uid}/test`, { examId, passMark: 80 }))).toEqual({
      passed: true,
      score: 100,
    });
    expect(okData(await admin.get(`/api/quality/evaluators/${uid}`)).test).toMatchObject({
      score: 100,
      passMark: 80,
      passed: true,
      examId,
    });
  });

  it('records quarterly reviews with the figures the reviewer saw', async () => {
    const { id } = okData(
      await lead.post(`/api/quality/evaluators/${users.ov1}/reviews`, {
        quarter: '2026Q4',
        result: 'retrain',
        notes: '系统性偏松',
      }),
    );
    expect(id).toBeTruthy();
    expectError(
      await lead.post(`/api/quality/evaluators/${users.ov1}/reviews`, { quarter: '2026Q4', result: 'pass' }),
      409,
      'REVIEW_EXISTS',
      'quarter',
    );
    expectError(
      await lead.post(`/api/quality/evaluators/${users.ov1}/reviews`, { quarter: '2099Q1', result: 'pass' }),
      422,
      'QUARTER_IN_FUTURE',
    );
    expectError(
      await lead.post(`/api/quality/evaluators/${users.ov1}/reviews`, { quarter: '2026Q5', result: 'pass' }),
      400,
      undefined,
      'quarter',
    );
    const record = okData(await lead.get(`/api/quality/evaluators/${users.ov1}`));
    expect(record.reviews).toHaveLength(1);
    expect(record.reviews[0]).toMatchObject({ quarter: '2026Q4', result: 'retrain', notes: '系统性偏松' });
    expect(record.reviews[0].figures.leniency.flag).toBe('lenient');
    expect((await table())[users.ov1].lastReview).toEqual({ quarter: '2026Q4', result: 'retrain' });
  });

  it('finds drift: an evaluator 8 points harsh last quarter and even now', async () => {
    // Another team, so the other tests' evaluations do not mix in: in Q3 ov3 gives "need" 1 where
    // ov2 and ov4 give 3; in Q4 (October) all three score alike.
    const team = (await idsInTeams(db(), ['CS1-2'])).slice(0, 4);
    for (const [a, agentId] of team.entries()) {
      for (let k = 0; k < 3; k++) {
        for (const [month, harsh] of [
          ['08', 1],
          ['10', 3],
        ] as const) {
          const day = `2026-${month}-${String(3 + k * 5 + a).padStart(2, '0')}`;
          okData(await score(ev.ov2, agentId, day, { accurate: truth(a, k), need: 3 + NOISE[(a + k) % 4] }));
          okData(await score(ev.ov4, agentId, day, { accurate: truth(a, k), need: 3 - NOISE[(a + k) % 4] }));
          okData(await score(ev.ov3, agentId, day, { accurate: truth(a, k), need: harsh }));
        }
      }
    }
    const rows = await table();
    expect(rows[users.ov3].drift).toMatchObject({ current: '2026Q4', previous: '2026Q3', flagged: true });
    expect(rows[users.ov3].drift.change).toBeGreaterThan(6); // Q4 also holds ov3's even November scores on CS2-1
    expect(rows[users.ov3].drift.p).toBeLessThan(0.05);
    expect(rows[users.ov2].drift.flagged).toBe(false);
    const record = okData(await lead.get(`/api/quality/evaluators/${users.ov3}`));
    expect(record.quarters.find((q: { quarter: string }) => q.quarter === '2026Q3')).toMatchObject({
      n: 12,
      difference: -8,
    });
  }, 60_000);

  it('reads item results a page at a time: each evaluation once, whatever the page size', async () => {
    // Pages end inside a day (several evaluations share one) and on a day's last evaluation.
    const whole = await itemSums(db(), '2026-08-01', '2026-11-30', 100_000);
    const stored = await db()
      .selectFrom('qa_evaluations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('day', '>=', '2026-08-01')
      .where('day', '<=', '2026-11-30')
      .executeTakeFirstOrThrow();
    expect([...whole.byEvaluator.values()].reduce((n, e) => n + e.evaluations, 0)).toBe(Number(stored.n));
    for (const size of [1, 2, 7]) expect(await itemSums(db(), '2026-08-01', '2026-11-30', size)).toEqual(whole);
  });
});
