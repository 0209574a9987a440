import { beforeAll, describe, expect, it } from 'vitest';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addQuestion, cohortAccounts, openExam } from '../shared/exams.testkit.js';

// Facility and discrimination index (Moodle's definitions) once enough attempts exist.
describe.each(DIALECTS)('item analysis on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let examId: string;
  const q: string[] = [];

  beforeAll(async () => {
    trainer = await env.as('trainer');
    const people = await cohortAccounts(env, 6, 'ia');
    for (let i = 0; i < 3; i++)
      q.push(await addQuestion(trainer, { type: 'true_false', stem: `题${i}`, answer: true }));
    ({ examId } = await openExam(trainer, {
      paper: { title: '分析卷', mode: 'fixed', items: q.map((questionId) => ({ questionId })) },
      examinees: people.map((p) => p.employeeId),
    }));
    // Answers per examinee for q0, q1, q2. q0 is answered right by the strong, q1 by the weak,
    // q2 by everyone.
    const pattern = [
      [1, 0, 1],
      [1, 0, 1],
      [1, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
      [1, 0, 1],
    ];
    for (const [n, p] of people.entries()) {
      const c = await env.as(p.username);
      const v = (await c.post(`/api/exams/${examId}/attempts`)).body.data;
      for (let i = 0; i < 3; i++)
        await c.put(`/api/exams/attempts/${v.attemptId}/answers/${q[i]}`, { value: pattern[n][i] === 1 });
      await c.post(`/api/exams/attempts/${v.attemptId}/submit`);
    }
  });

  it('waits for the minimum number of attempts (a setting)', async () => {
    const r = (await trainer.get(`/api/exams/${examId}/item-analysis`)).body.data;
    expect(r).toMatchObject({ attempts: 6, minAttempts: 10, enough: false, items: [] });
  });

  it('computes facility = mean share of marks and discrimination = 100 × r(item, rest of test)', async () => {
    await putSetting(env.handle.db, 'exams.itemAnalysisMinAttempts', 5, null);
    const r = (await trainer.get(`/api/exams/${examId}/item-analysis`)).body.data;
    expect(r.enough).toBe(true);
    const by = Object.fromEntries(r.items.map((i: any) => [i.questionId, i]));
    expect(by[q[0]].facilityIndex).toBeCloseTo(66.67, 1);
    expect(by[q[1]].facilityIndex).toBe(50);
    expect(by[q[2]]).toMatchObject({ facilityIndex: 100, discriminationIndex: null });
    // q0 vs rest (q1+q2): x = 1,1,1,0,0,1; rest = 1,1,2,2,2,1 → r = −0.7071
    expect(by[q[0]].discriminationIndex).toBeCloseTo(-70.71, 1);
    expect(by[q[1]].discriminationIndex).toBeCloseTo(-70.71, 1);
    const agent = await env.as('agent');
    expect((await agent.get(`/api/exams/${examId}/item-analysis`)).status).toBe(403);
  });
});
