import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { at, catalogue, day, learners, okData, schedule } from '../../training/shared/training.testkit.js';
import { addQuestion, openExam } from '../shared/exams.testkit.js';

// Where assessments meet training (issue 3): daily performance takes its attendance points from
// training attendance, and results appear on the training record — theory ones once released.
describe.each(DIALECTS)('assessments and the training record on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let people: Awaited<ReturnType<typeof learners>>;

  beforeAll(async () => {
    training = await env.as('training');
    people = await learners(env, 2, 'rec');
  });

  it('prefills attendance from training attendance, and asks for it by hand when none counts', async () => {
    const [a] = people;
    const kit = await catalogue(env);
    const trainer = await env.as('trainer');
    const d = day(-7);
    const s1 = await schedule(kit, {
      room: 'R9',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [a.employeeId],
    });
    const s2 = await schedule(kit, {
      room: 'R9',
      startsAt: at(d, '10:00'),
      endsAt: at(d, '11:00'),
      employeeIds: [a.employeeId],
    });
    okData(
      await trainer.put(`/api/training/sessions/${s1}/attendance`, {
        records: [{ employeeId: a.employeeId, status: 'present' }],
      }),
    );
    okData(
      await trainer.put(`/api/training/sessions/${s2}/attendance`, {
        records: [{ employeeId: a.employeeId, status: 'absent' }],
      }),
    );
    const pre = okData(await training.get(`/api/exams/daily/prefill?employeeId=${a.employeeId}&date=${d}`));
    expect(pre.attendance).toBe(15); // 30 × 1/2
    const created = await training.post('/api/exams/daily', {
      employeeId: a.employeeId,
      periodStart: pre.periodStart,
      attitude: 25,
      teamwork: 30,
    });
    expect(created.body.data).toMatchObject({ total: 70, passed: true });
    const row = (await training.get(`/api/exams/daily?employeeId=${a.employeeId}`)).body.data[0];
    expect(row).toMatchObject({ attendance: 15, attendanceSource: 'training' });
    const none = okData(await training.get(`/api/exams/daily/prefill?employeeId=${people[1].employeeId}&date=${d}`));
    expect(none.attendance).toBeNull();
    const lead = await env.as('teamlead');
    expect((await lead.get(`/api/exams/daily/prefill?employeeId=${a.employeeId}&date=${d}`)).status).toBe(403);
  });

  it('puts results on the training record, a theory result only once its exam is released', async () => {
    const [, b] = people;
    const trainer = await env.as('trainer');
    const q = await addQuestion(trainer, { type: 'true_false', stem: '记录题', answer: true });
    const { examId } = await openExam(trainer, {
      paper: { title: '记录卷', mode: 'fixed', items: [{ questionId: q }] },
      examinees: [b.employeeId],
      exam: { title: '档案考试' },
    });
    const v = (await b.client.post(`/api/exams/${examId}/attempts`)).body.data;
    await b.client.put(`/api/exams/attempts/${v.attemptId}/answers/${q}`, { value: true });
    await b.client.post(`/api/exams/attempts/${v.attemptId}/submit`);
    const before = okData(await b.client.get(`/api/training/records/${b.employeeId}`));
    expect(before.scores.filter((s: any) => s.kind === 'theory')).toEqual([]);
    await trainer.post(`/api/exams/${examId}/close`); // closed and fully graded: released
    const after = okData(await b.client.get(`/api/training/records/${b.employeeId}`));
    expect(after.scores.filter((s: any) => s.kind === 'theory')).toEqual([
      expect.objectContaining({ title: '档案考试', score: 100, passed: true }),
    ]);
  });
});
