import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client, type Res } from '../../../test/harness.js';
import { addQuestion, cohortAccounts, openExam, SAMPLE } from '../shared/exams.testkit.js';

// The answer key never reaches an examinee before results are released (SPEC §1, §4): every
// response an examinee can get is scanned for key fields and for the key's values.
const KEY_FIELDS = [
  'fraction',
  'correct',
  'accepted',
  'acceptedBlanks',
  'correctAnswer',
  'explanation',
  'rubric',
  'referenceAnswer',
  'isCorrect',
  'rawScore',
  'seed',
  'anonCode',
  'comment',
];
const SCORE_FIELDS = ['score', 'passed', 'total'];
const KEY_VALUES = ['SECRET-EXPLANATION-1', 'SECRET-RUBRIC', '955-55', '7x24', 'REF-ANSWER-XYZ'];

function scan(res: Res, where: string) {
  const found: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (KEY_FIELDS.includes(k)) found.push(`${path}.${k}`);
        if (SCORE_FIELDS.includes(k) && x !== null) found.push(`${path}.${k}=${String(x)}`);
        walk(x, `${path}.${k}`);
      }
    }
  };
  walk(res.body, where);
  for (const secret of KEY_VALUES) if (res.raw.includes(secret)) found.push(`${where} contains "${secret}"`);
  return found;
}

describe.each(DIALECTS)('no answer key before release on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let me: Client;
  let examId: string;
  let employeeId: string;

  beforeAll(async () => {
    trainer = await env.as('trainer');
    const [p] = await cohortAccounts(env, 1, 'leak');
    employeeId = p.employeeId;
    me = await env.as(p.username);
    const ids = [];
    for (const q of Object.values(SAMPLE)) ids.push(await addQuestion(trainer, q));
    ids.push(
      await addQuestion(trainer, {
        type: 'short_answer',
        stem: '简述首问负责制',
        referenceAnswer: 'REF-ANSWER-XYZ',
        points: 3,
      }),
    );
    ({ examId } = await openExam(trainer, {
      paper: { title: '全题型', mode: 'fixed', items: ids.map((questionId) => ({ questionId })) },
      examinees: [employeeId],
    }));
  });

  it('sends no key, correctness, explanation or score on any examinee endpoint until release', async () => {
    const leaks: string[] = [];
    const check = (res: Res, where: string) => {
      leaks.push(...scan(res, where));
      return res;
    };
    check(await me.get('/api/exams/my'), 'GET /exams/my');
    const start = check(await me.post(`/api/exams/${examId}/attempts`), 'POST start');
    expect(start.status).toBe(200);
    const v = start.body.data;
    for (const item of v.items) {
      const body =
        item.type === 'single'
          ? { optionIds: [item.options.find((o: any) => o.text.startsWith('您好')).id] }
          : item.type === 'multiple'
            ? { optionIds: item.options.map((o: any) => o.id) }
            : item.type === 'true_false'
              ? { value: false }
              : item.type === 'fill_blank'
                ? { blanks: ['95555', '全天'] }
                : { text: '我的回答' };
      const saved = check(
        await me.put(`/api/exams/attempts/${v.attemptId}/answers/${item.questionId}`, body),
        `PUT answer ${item.type}`,
      );
      expect(saved.status).toBe(200);
    }
    check(await me.get(`/api/exams/attempts/${v.attemptId}`), 'GET attempt');
    check(await me.post(`/api/exams/${examId}/attempts`), 'POST resume');
    check(await me.post(`/api/exams/attempts/${v.attemptId}/submit`), 'POST submit');
    check(await me.get(`/api/exams/attempts/${v.attemptId}`), 'GET attempt after submit');
    const early = check(await me.get(`/api/exams/attempts/${v.attemptId}/result`), 'GET result');
    expect(early.status).toBe(409);
    expect(early.body.errorCode).toBe('RESULTS_NOT_RELEASED');
    check(await me.get('/api/exams/my'), 'GET /exams/my after submit');
    check(await me.get('/api/exams/my/followups'), 'GET my followups');
    check(await me.get('/api/exams/my/practical'), 'GET my practical');
    check(await me.get('/api/exams/my/daily'), 'GET my daily');
    // Staff views are closed to the examinee.
    for (const url of [
      `/api/exams/${examId}`,
      `/api/exams/${examId}/results`,
      '/api/exams/grading/queue',
      `/api/exams/attempts/${v.attemptId}/review`,
      '/api/exams/questions',
    ]) {
      const r = check(await me.get(url), `GET ${url}`);
      expect(r.status, url).toBe(403);
    }
    expect(leaks).toEqual([]);
  });

  it('shows the result with key and explanations once the exam is closed and graded', async () => {
    const attempt = await env.handle.db
      .selectFrom('exam_attempts')
      .select('id')
      .where('exam_id', '=', examId)
      .executeTakeFirstOrThrow();
    expect((await trainer.post(`/api/exams/${examId}/release`)).body.errorCode).toBe('EXAM_NOT_CLOSED');
    expect((await trainer.post(`/api/exams/${examId}/close`)).status).toBe(200);
    const queue = (await trainer.get(`/api/exams/grading/queue?examId=${examId}`)).body.data;
    expect(queue).toHaveLength(2);
    for (const t of queue)
      expect(
        (await trainer.put(`/api/exams/grading/items/${t.itemId}`, { score: 1, comment: '要点不全' })).status,
      ).toBe(200);
    const res = await me.get(`/api/exams/attempts/${attempt.id}/result`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const r = res.body.data;
    expect(res.raw).toContain('SECRET-EXPLANATION-1');
    // single 2/2, multiple 0 (all ticked), true/false 1, fill 2/2, essay 1/5, short 1/3 → 7 of 15.
    expect(r.rawScore).toBe(7);
    expect(r.score).toBe(46.67);
    expect(r.passed).toBe(false);
    expect(r.items.find((i: any) => i.type === 'essay').comment).toBe('要点不全');
    const my = (await me.get('/api/exams/my/followups')).body.data;
    expect(my).toHaveLength(1);
    expect(my[0]).toMatchObject({ sourceKind: 'theory', score: 46.67, status: 'open' });
  });
});
