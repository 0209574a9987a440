import { expect } from 'vitest';
import type { Client, TestEnv } from '../../test/harness.js';
import { addQuestion, cohortAccounts, hourFromNow } from '../exams/shared/exams.testkit.js';
import { nowIso } from '../../lib/clock.js';

// Steps shared by the evaluation tests, all through the HTTP API the way staff record facts: a
// theory result of a chosen score (a ten-question true/false paper, each question 10%), a
// practical score, a daily-performance evaluation, the recorded talk after a failed one.

export interface Kit {
  training: Client;
  trainer: Client;
  tenQuestions: string[];
}

export async function evaluationKit(env: TestEnv): Promise<Kit> {
  const training = await env.as('training');
  const trainer = await env.as('trainer');
  const tenQuestions: string[] = [];
  for (let i = 0; i < 10; i++)
    tenQuestions.push(
      await addQuestion(trainer, { type: 'true_false', stem: `评估判断题${i + 1}`, answer: true, points: 1 }),
    );
  return { training, trainer, tenQuestions };
}

/** Trainees of the demo cohort with their own sign-in. */
export async function trainees(env: TestEnv, n: number, prefix: string) {
  const people = await cohortAccounts(env, n, prefix);
  return Promise.all(people.map(async (p) => ({ ...p, client: await env.as(p.username) })));
}

let examSeq = 0;
/** A released theory result of `score` (a multiple of 10) for the person: take, submit, close. */
export async function theoryResult(kit: Kit, who: { employeeId: string; client: Client }, score: number) {
  const n = ++examSeq;
  const paper = await kit.trainer.post('/api/exams/papers', {
    title: `评估卷${n}`,
    mode: 'fixed',
    items: kit.tenQuestions.map((questionId) => ({ questionId })),
  });
  const exam = await kit.trainer.post('/api/exams', {
    title: `理论考核${n}`,
    kind: 'theory',
    paperId: paper.body.data.id,
    opensAt: hourFromNow(-1),
    closesAt: hourFromNow(2),
    timeLimitMinutes: 30,
  });
  const examId = exam.body.data.id as string;
  expect((await kit.trainer.put(`/api/exams/${examId}/examinees`, { employeeIds: [who.employeeId] })).status).toBe(200);
  expect((await kit.trainer.post(`/api/exams/${examId}/open`)).status).toBe(200);
  const v = (await who.client.post(`/api/exams/${examId}/attempts`)).body.data;
  let right = score / 10;
  for (const item of v.items) {
    await who.client.put(`/api/exams/attempts/${v.attemptId}/answers/${item.questionId}`, { value: right-- > 0 });
  }
  expect((await who.client.post(`/api/exams/attempts/${v.attemptId}/submit`)).status).toBe(200);
  const closed = await kit.trainer.post(`/api/exams/${examId}/close`);
  expect(closed.status, closed.raw).toBe(200);
  const released = await kit.trainer.post(`/api/exams/${examId}/release`);
  expect(released.status, released.raw).toBe(200);
  return { examId, attemptId: v.attemptId as string };
}

/** A practical exam scored `total` for the person: four criteria at 25% each, so total = their mean. */
export async function practicalResult(kit: Kit, employeeId: string, parts: [number, number, number, number]) {
  const exam = await kit.trainer.post('/api/exams', {
    title: `实践考核${++examSeq}`,
    kind: 'practical',
    opensAt: hourFromNow(-1),
    closesAt: hourFromNow(5),
  });
  const examId = exam.body.data.id as string;
  await kit.trainer.put(`/api/exams/${examId}/examinees`, { employeeIds: [employeeId] });
  await kit.trainer.post(`/api/exams/${examId}/open`);
  const [communication, problemSolving, serviceAttitude, emergencyHandling] = parts;
  const r = await kit.trainer.post(`/api/exams/${examId}/practical-scores`, {
    employeeId,
    scenario: 'role_play',
    scores: { communication, problemSolving, serviceAttitude, emergencyHandling },
  });
  expect(r.status, r.raw).toBe(200);
  return { examId, scoreId: r.body.data.id as string, total: r.body.data.total as number };
}

/** A regular daily-performance evaluation of the period starting on `monday`, with this total. */
export async function dailyScore(kit: Kit, employeeId: string, monday: string, total: number) {
  const teamwork = Math.round((total - 40) * 100) / 100; // attendance 20 + attitude 20 + the rest
  const r = await kit.training.post('/api/exams/daily', {
    employeeId,
    periodStart: monday,
    attendance: 20,
    attitude: 20,
    teamwork,
  });
  expect(r.status, r.raw).toBe(200);
  expect(r.body.data.total).toBe(total);
  return r.body.data.id as string;
}

/** Records the one-to-one talk on the open follow-up of a failed daily evaluation: a recorded reminder. */
export async function remind(kit: Kit, employeeId: string, dailyId: string) {
  const list = (await kit.training.get(`/api/exams/followups?employeeId=${employeeId}&status=open`)).body.data as any[];
  const f = list.find((x) => x.sourceId === dailyId);
  expect(f, 'a follow-up is open for the failed evaluation').toBeDefined();
  const r = await kit.training.post(`/api/exams/followups/${f.id}/talk`, {
    at: nowIso(),
    notes: '一对一谈话：提醒日常表现',
    feedback: '请加强学习态度与团队协作',
    version: f.version,
  });
  expect(r.status, r.raw).toBe(200);
  return f.id as string;
}

export const criterion = (evaluation: any, code: string) => evaluation.criteria.find((c: any) => c.code === code);
