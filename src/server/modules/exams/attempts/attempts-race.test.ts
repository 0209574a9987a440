import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addQuestion, cohortAccounts, openExam } from '../shared/exams.testkit.js';

// Requests that race: two tabs starting at once, and saves racing the submission. Every save
// the server accepted is in the graded attempt; every other one was refused.
describe.each(DIALECTS)('racing requests on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let people: { username: string; employeeId: string }[];
  const qs: string[] = [];

  beforeAll(async () => {
    trainer = await env.as('trainer');
    people = await cohortAccounts(env, 2, 'race');
    for (let i = 0; i < 10; i++)
      qs.push(await addQuestion(trainer, { type: 'true_false', stem: `判断${i}`, answer: true }));
  });

  it('gives two simultaneous starts one attempt', async () => {
    const { examId } = await openExam(trainer, {
      paper: { title: '并发', mode: 'fixed', items: qs.map((questionId) => ({ questionId })) },
      examinees: [people[0].employeeId],
    });
    const c = await env.as(people[0].username);
    const [x, y] = await Promise.all([
      c.post(`/api/exams/${examId}/attempts`),
      c.post(`/api/exams/${examId}/attempts`),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(x.body.data.attemptId).toBe(y.body.data.attemptId);
    const n = await env.handle.db.selectFrom('exam_attempts').select('id').where('exam_id', '=', examId).execute();
    expect(n).toHaveLength(1);
  });

  it('scores exactly the saves that were accepted when saves race the submission', async () => {
    const { examId } = await openExam(trainer, {
      paper: { title: '并发交卷', mode: 'fixed', items: qs.map((questionId) => ({ questionId })) },
      examinees: [people[1].employeeId],
    });
    const c = await env.as(people[1].username);
    const v = (await c.post(`/api/exams/${examId}/attempts`)).body.data;
    const saves = qs.map((q) => c.put(`/api/exams/attempts/${v.attemptId}/answers/${q}`, { value: true }));
    const submit = c.post(`/api/exams/attempts/${v.attemptId}/submit`);
    const results = await Promise.all(saves);
    expect((await submit).status).toBe(200);
    const accepted = qs.filter((_, i) => results[i].status === 200);
    for (const r of results) if (r.status !== 200) expect(r.body.errorCode).toBe('ATTEMPT_SUBMITTED');
    const row = await env.handle.db
      .selectFrom('exam_attempts')
      .select(['status', 'raw_score'])
      .where('id', '=', v.attemptId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('graded');
    expect(row.raw_score).toBe(accepted.length);
  });
});
