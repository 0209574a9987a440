import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { addQuestion, cohortAccounts, openExam } from '../../exams/shared/exams.testkit.js';
import { addCard, addDeck, boostRows, stateOf } from './errors.testkit.js';

// Errors drive practice, exams side (issue 20 item 3): a question answered wrong (or partly wrong)
// makes the active cards of its knowledge point due for the examinee when the attempt is handed in.

describe.each(DIALECTS)('drills: exam errors drive practice on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const NOW = '2026-11-06T02:00:00.000Z';
  let training: Client;
  let people: { username: string; employeeId: string }[];
  let examId: string;
  const q: Record<string, string> = {};
  const card: Record<string, string> = {};

  beforeAll(async () => {
    setClock(NOW);
    training = await env.as('training');
    people = await cohortAccounts(env, 2, 'drillexam');
    const tf = (stem: string, knowledgePoint?: string) =>
      addQuestion(training, { type: 'true_false', stem, answer: false, points: 1, knowledgePoint });
    q.codes = await tf('信用卡产品代码是 A01。', '产品代码');
    q.region = await tf('北京地区代码是 010 以外的号码。', '地区代码');
    q.none = await tf('可以向客户透露他人信息。');
    q.complaint = await addQuestion(training, {
      type: 'multiple',
      stem: '哪些属于投诉处理步骤？',
      options: [{ text: '倾听', correct: true }, { text: '致歉', correct: true }, { text: '挂断' }],
      points: 2,
      knowledgePoint: '投诉处理',
    });
    ({ examId } = await openExam(training, {
      paper: {
        title: '代码考核',
        mode: 'fixed',
        items: [{ questionId: q.codes }, { questionId: q.region }, { questionId: q.none }, { questionId: q.complaint }],
      },
      examinees: people.map((p) => p.employeeId),
    }));
    const deck = await addDeck(db());
    card.codes = await addCard(db(), deck, { knowledgePoint: '产品代码' });
    card.codesArchived = await addCard(db(), deck, { knowledgePoint: '产品代码', status: 'archived' });
    card.region = await addCard(db(), deck, { knowledgePoint: '地区代码' });
    card.complaint = await addCard(db(), deck, { knowledgePoint: '投诉处理' });
  });
  afterAll(() => setClock());

  /** Takes the exam: true/false answers by question, and the complaint options chosen by their text. */
  const take = async (username: string, values: Record<string, boolean>, complaint: string[]) => {
    const c = await env.as(username);
    const view = (await c.post(`/api/exams/${examId}/attempts`)).body.data;
    const attemptId = view.attemptId as string;
    for (const [k, value] of Object.entries(values))
      expect((await c.put(`/api/exams/attempts/${attemptId}/answers/${q[k]}`, { value })).status).toBe(200);
    const multiple = view.items.find((i: any) => i.questionId === q.complaint);
    const optionIds = multiple.options.filter((o: any) => complaint.includes(o.text)).map((o: any) => o.id);
    expect((await c.put(`/api/exams/attempts/${attemptId}/answers/${q.complaint}`, { optionIds })).status).toBe(200);
    expect((await c.post(`/api/exams/attempts/${attemptId}/submit`)).status).toBe(200);
    return { c, attemptId: attemptId as string };
  };

  it('a wrong or partly wrong question boosts the active cards of its knowledge point, for that examinee only', async () => {
    const [wrong, right] = people;
    // codes wrong, region right, the question without a knowledge point wrong, complaint half right.
    const w = await take(wrong.username, { codes: true, region: false, none: true }, ['倾听']);
    const r = await take(right.username, { codes: false, region: false, none: false }, ['倾听', '致歉']);

    expect(await stateOf(db(), wrong.employeeId, card.codes)).toMatchObject({
      due: NOW,
      boost_reason: 'exam_error',
      boost_ref: w.attemptId,
    });
    expect(await stateOf(db(), wrong.employeeId, card.codesArchived)).toBeUndefined();
    expect(await stateOf(db(), wrong.employeeId, card.region)).toBeUndefined(); // answered right
    expect(await stateOf(db(), right.employeeId, card.codes)).toBeUndefined();
    expect(await stateOf(db(), wrong.employeeId, card.complaint)).toMatchObject({ boost_reason: 'exam_error' });
    expect(await stateOf(db(), right.employeeId, card.complaint)).toBeUndefined();
    expect((await boostRows(db(), w.attemptId)).map((b) => [b.cause, b.card_id, b.reason])).toEqual([
      ['产品代码', card.codes, 'exam_error'],
      ['投诉处理', card.complaint, 'exam_error'],
    ]);
    expect(await boostRows(db(), r.attemptId)).toEqual([]);

    // The examinee and the exam's staff see it; another examinee does not.
    const mine = (await w.c.get(`/api/drills/boosts?attemptId=${w.attemptId}`)).body.data;
    expect(mine).toHaveLength(2);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          causeLabel: '产品代码',
          reason: 'exam_error',
          card: expect.objectContaining({ id: card.codes }),
        }),
        expect.objectContaining({ causeLabel: '投诉处理', card: expect.objectContaining({ id: card.complaint }) }),
      ]),
    );
    expect((await training.get(`/api/drills/boosts?attemptId=${w.attemptId}`)).body.data).toHaveLength(2);
    expectError(await r.c.get(`/api/drills/boosts?attemptId=${w.attemptId}`), 404);
    expect((await r.c.get(`/api/drills/boosts?attemptId=${r.attemptId}`)).body.data).toEqual([]);
  });
});
