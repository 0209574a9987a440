import { expect } from 'vitest';
import type { Client, TestEnv } from '../../test/harness.js';
import { teamIdOf } from '../../test/helpers.js';

// Steps shared by the elimination tests, through the HTTP API.

let seq = 0;
/** A new trainee (no account) in a team, hired on a given day, created by HR the way HR does. */
export async function newTrainee(env: TestEnv, hr: Client, teamCode: string, hireDate: string) {
  const n = ++seq;
  const res = await hr.post('/api/employees', {
    employeeNo: `ELIM${String(n).padStart(3, '0')}${Date.now() /* machine time: a unique suffix */ % 100000}`,
    name: `淘汰测试${n}`,
    hireDate,
    teamId: await teamIdOf(env.handle.db, teamCode),
    status: 'trainee',
  });
  expect(res.status, res.raw).toBe(200);
  return res.body.data.id as string;
}

export const okData = (res: { status: number; body: any; raw: string }) => {
  expect(res.status, res.raw).toBe(200);
  return res.body.data;
};

export const INTERVIEW = {
  present: ['培训负责人', '班组长'],
  reasonsExplained: true,
  traineeStatement: '我承认服务态度有问题，希望再给一次机会',
};
export const EXIT_TALK = {
  personView: '培训节奏太快',
  companyAssessment: '学习态度认真，但服务意识不足',
  careerAdvice: '建议从事非一线岗位',
};

/** The kinds of notices an account holds, oldest first. */
export async function noticeKinds(c: Client) {
  return ((await c.get('/api/notifications?pageSize=200')).body.data as { kind: string }[])
    .map((n) => n.kind)
    .reverse();
}
