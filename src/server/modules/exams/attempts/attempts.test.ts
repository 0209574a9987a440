import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addQuestion, cohortAccounts, openExam, SAMPLE } from '../shared/exams.testkit.js';
import { setClock } from '../../../lib/clock.js';

// Taking an exam: frozen draws, per-examinee shuffling, resume, server-kept time, retakes.
describe.each(DIALECTS)('exam attempts on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let a: Client;
  let b: Client;
  let people: { username: string; employeeId: string }[];
  const qs: Record<string, string> = {};

  beforeAll(async () => {
    trainer = await env.as('trainer');
    people = await cohortAccounts(env, 3);
    a = await env.as(people[0].username);
    b = await env.as(people[1].username);
    for (const [k, q] of Object.entries(SAMPLE)) qs[k] = await addQuestion(trainer, q);
    for (let i = 0; i < 6; i++)
      qs[`s${i}`] = await addQuestion(trainer, {
        type: 'single',
        stem: `第${i}题`,
        options: [{ text: '对', correct: true }, { text: '错' }, { text: '不知道' }, { text: '都不是' }],
      });
  });
  afterEach(() => setClock());

  const fixedPaper = () => ({
    title: '固定卷',
    mode: 'fixed',
    items: Object.values(qs).map((questionId) => ({ questionId })),
  });

  it('shuffles questions and options per examinee, and the same examinee resumes the same order with saved answers', async () => {
    const { examId } = await openExam(trainer, { paper: fixedPaper(), examinees: people.map((p) => p.employeeId) });
    const va = (await a.post(`/api/exams/${examId}/attempts`)).body.data;
    const vb = (await b.post(`/api/exams/${examId}/attempts`)).body.data;
    expect(va.items).toHaveLength(11);
    const order = (v: any) => v.items.map((i: any) => i.questionId).join();
    const opts = (v: any) => v.items.map((i: any) => i.options.map((o: any) => o.id).join('')).join('|');
    expect(order(va) + opts(va)).not.toBe(order(vb) + opts(vb));
    const first = va.items[0];
    const save = await a.put(`/api/exams/attempts/${va.attemptId}/answers/${first.questionId}`, answerFor(first));
    expect(save.status, JSON.stringify(save.body)).toBe(200);
    // A closed tab: the same attempt comes back, same order, same options, the answer kept.
    const again = (await a.post(`/api/exams/${examId}/attempts`)).body.data;
    expect(again.attemptId).toBe(va.attemptId);
    expect(order(again)).toBe(order(va));
    expect(opts(again)).toBe(opts(va));
    expect(again.items[0].answer).toEqual(answerFor(first, false));
    const reread = (await a.get(`/api/exams/attempts/${va.attemptId}`)).body.data;
    expect(order(reread)).toBe(order(va));
  });

  it('keeps a taken exam unchanged when a question is edited afterwards', async () => {
    const { examId } = await openExam(trainer, {
      paper: { title: '单题', mode: 'fixed', items: [{ questionId: qs.trueFalse }] },
      examinees: [people[2].employeeId],
    });
    const c = await env.as(people[2].username);
    const v = (await c.post(`/api/exams/${examId}/attempts`)).body.data;
    const q = (await trainer.get(`/api/exams/questions/${qs.trueFalse}`)).body.data;
    const edit = await trainer.put(`/api/exams/questions/${qs.trueFalse}`, {
      ...SAMPLE.trueFalse,
      stem: '改过的题干',
      answer: true,
      version: q.version,
      reason: '修订',
    });
    expect(edit.status).toBe(200);
    const after = (await c.get(`/api/exams/attempts/${v.attemptId}`)).body.data;
    expect(after.items[0].stem).toBe(SAMPLE.trueFalse.stem);
    await c.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.trueFalse}`, { value: false });
    await c.post(`/api/exams/attempts/${v.attemptId}/submit`);
    const row = await env.handle.db
      .selectFrom('exam_attempts')
      .select(['score'])
      .where('id', '=', v.attemptId)
      .executeTakeFirstOrThrow();
    expect(row.score).toBe(100); // graded against the version drawn (answer false), not the edit
    const versions = (await trainer.get(`/api/exams/questions/${qs.trueFalse}/versions`)).body.data;
    expect(versions.map((x: any) => x.version)).toEqual([2, 1]);
  });

  it('refuses a save after the time limit and submits the attempt with what was saved', async () => {
    const { examId } = await openExam(trainer, {
      paper: fixedPaper(),
      examinees: [people[0].employeeId],
      exam: { timeLimitMinutes: 10 },
    });
    const v = (await a.post(`/api/exams/${examId}/attempts`)).body.data;
    expect(v.remainingSeconds).toBeGreaterThan(590);
    const tf = v.items.find((i: any) => i.questionId === qs.trueFalse);
    // (the question's current version, edited by the test above, says true)
    expect((await a.put(`/api/exams/attempts/${v.attemptId}/answers/${tf.questionId}`, { value: true })).status).toBe(
      200,
    );
    setClock(() => Date.now() + 11 * 60_000);
    const single = v.items.find((i: any) => i.questionId === qs.single);
    const late = await a.put(`/api/exams/attempts/${v.attemptId}/answers/${single.questionId}`, {
      optionIds: [single.options[0].id],
    });
    expect(late.status).toBe(409);
    expect(late.body.errorCode).toBe('TIME_UP');
    const row = await env.handle.db
      .selectFrom('exam_attempts')
      .selectAll()
      .where('id', '=', v.attemptId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('graded'); // the essay was left empty: 0, nothing for a grader
    expect(row.auto_submitted).toBe(1);
    expect(row.submitted_at).toBe(v.deadlineAt);
    const items = await env.handle.db
      .selectFrom('exam_attempt_items')
      .select(['question_id', 'score', 'answer'])
      .where('attempt_id', '=', v.attemptId)
      .execute();
    expect(items.find((i) => i.question_id === qs.trueFalse)!.score).toBe(1);
    expect(items.find((i) => i.question_id === qs.single)!.answer).toBeNull();
    const again = await a.put(`/api/exams/attempts/${v.attemptId}/answers/${single.questionId}`, {
      optionIds: [single.options[0].id],
    });
    expect(again.body.errorCode).toBe('ATTEMPT_SUBMITTED');
    const audit = await env.handle.db
      .selectFrom('audit_log')
      .select('reason')
      .where('entity', '=', 'exam_attempt')
      .where('entity_id', '=', v.attemptId)
      .execute();
    expect(audit.map((x) => x.reason)).toEqual(['submitted by the server at the deadline']);
  });

  it('submits an untouched attempt when its deadline passes (sweep), graded with what was saved', async () => {
    const { examId } = await openExam(trainer, {
      paper: { title: '判断', mode: 'fixed', items: [{ questionId: qs.trueFalse }, { questionId: qs.s0 }] },
      examinees: [people[1].employeeId],
    });
    const v = (await b.post(`/api/exams/${examId}/attempts`)).body.data;
    const s0 = v.items.find((i: any) => i.questionId === qs.s0);
    await b.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.s0}`, {
      optionIds: [s0.options.find((o: any) => o.text === '对').id],
    });
    await env.handle.db
      .updateTable('exam_attempts')
      .set({ deadline_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', v.attemptId)
      .execute();
    const results = await trainer.get(`/api/exams/${examId}/results`); // runs the sweep for the exam
    expect(results.body.data[0]).toMatchObject({ status: 'graded', autoSubmitted: true, score: 50 });
  });

  it('keeps to the retake limit, and answers the same save twice with the same state', async () => {
    const { examId } = await openExam(trainer, {
      paper: { title: '判断', mode: 'fixed', items: [{ questionId: qs.trueFalse }] },
      examinees: [people[0].employeeId],
      exam: { maxAttempts: 2 },
    });
    for (let n = 1; n <= 2; n++) {
      const v = (await a.post(`/api/exams/${examId}/attempts`)).body.data;
      expect(v.attemptNo).toBe(n);
      const s1 = await a.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.trueFalse}`, {
        value: true,
        clientSeq: 2,
      });
      const s2 = await a.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.trueFalse}`, {
        value: true,
        clientSeq: 2,
      });
      const stale = await a.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.trueFalse}`, {
        value: false,
        clientSeq: 1,
      });
      expect([s1.status, s2.status, stale.body.data.stale]).toEqual([200, 200, true]);
      expect((await a.get(`/api/exams/attempts/${v.attemptId}`)).body.data.items[0].answer).toEqual({ value: true });
      expect((await a.post(`/api/exams/attempts/${v.attemptId}/submit`)).body.data.status).toBe('graded');
      expect((await a.post(`/api/exams/attempts/${v.attemptId}/submit`)).status).toBe(200);
    }
    const third = await a.post(`/api/exams/${examId}/attempts`);
    expect(third.status).toBe(409);
    expect(third.body.errorCode).toBe('RETAKE_LIMIT');
    const my = (await a.get('/api/exams/my')).body.data.find((e: any) => e.examId === examId);
    expect(my).toMatchObject({ attemptsUsed: 2, canStart: false });
  });

  it("refuses someone not on the list, another examinee's attempt, a closed window and bad answers", async () => {
    const { examId } = await openExam(trainer, {
      paper: { title: '判断', mode: 'fixed', items: [{ questionId: qs.trueFalse }, { questionId: qs.fill }] },
      examinees: [people[0].employeeId],
    });
    expect((await b.post(`/api/exams/${examId}/attempts`)).status).toBe(404);
    const v = (await a.post(`/api/exams/${examId}/attempts`)).body.data;
    expect((await b.get(`/api/exams/attempts/${v.attemptId}`)).status).toBe(404);
    expect((await b.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.trueFalse}`, { value: true })).status).toBe(
      404,
    );
    expect(
      (await a.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.fill}`, { blanks: ['1', '2', '3'] })).status,
    ).toBe(400);
    expect((await a.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.trueFalse}`, { value: 'yes' })).status).toBe(
      400,
    );
    expect((await a.put(`/api/exams/attempts/${v.attemptId}/answers/nope`, { value: true })).status).toBe(404);
    expect((await trainer.post(`/api/exams/${examId}/close`)).status).toBe(200);
    const late = await a.put(`/api/exams/attempts/${v.attemptId}/answers/${qs.trueFalse}`, { value: true });
    expect(late.status).toBe(409);
    const other = await openExam(trainer, {
      paper: { title: 'x', mode: 'fixed', items: [{ questionId: qs.trueFalse }] },
      examinees: [people[1].employeeId],
    });
    await trainer.post(`/api/exams/${other.examId}/close`);
    expect((await b.post(`/api/exams/${other.examId}/attempts`)).body.errorCode).toBe('EXAM_CLOSED');
  });
});

function answerFor(item: any, withSeq = true) {
  const base =
    item.type === 'single' || item.type === 'multiple'
      ? { optionIds: [item.options[0].id] }
      : item.type === 'true_false'
        ? { value: true }
        : item.type === 'fill_blank'
          ? { blanks: Array(item.blankCount).fill('x') }
          : { text: '答' };
  return withSeq ? { ...base, clientSeq: 1 } : base;
}
