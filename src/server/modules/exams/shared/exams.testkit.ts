import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import type { Client, TestEnv } from '../../../test/harness.js';
import { createUser } from '../../users/users.service.js';
import { nowMs } from '../../../lib/clock.js';

// Shared steps of the exam tests: accounts for more trainees of the demo cohort, multipart
// uploads, and building a bank, a paper and an open exam through the API.

export function multipart(fileName: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
  );
  parts.push(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(
  client: Client,
  fileName: string,
  content: Buffer | string,
  fields: Record<string, string> = {},
) {
  const m = multipart(fileName, content, fields);
  return client.raw({ method: 'POST', url: '/api/exams/questions/imports', payload: m.payload, headers: m.headers });
}

/** Accounts (password Seatwise2026) for cohort members 2…n+1; the demo has 'trainee' for the first. */
export async function cohortAccounts(env: TestEnv, n: number, prefix = 'cohort') {
  const team = await env.handle.db
    .selectFrom('teams')
    .select('id')
    .where('code', '=', 'TRN-NH')
    .executeTakeFirstOrThrow();
  const taken = new Set(
    (await env.handle.db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id),
  );
  const people = (
    await env.handle.db
      .selectFrom('employees')
      .select(['id', 'name'])
      .where('team_id', '=', team.id)
      .orderBy('employee_no')
      .execute()
  )
    .filter((p) => !taken.has(p.id))
    .slice(0, n);
  const out: { username: string; employeeId: string }[] = [];
  for (const [i, p] of people.entries()) {
    const username = `${prefix}${i + 1}`;
    await createUser(
      env.handle.db,
      null,
      { username, displayName: p.name, roles: ['agent'], employeeId: p.id, password: DEMO_PASSWORD },
      { mustChange: false },
    );
    out.push({ username, employeeId: p.id });
  }
  return out;
}

export const hourFromNow = (h: number) => new Date(nowMs() + h * 3600_000).toISOString();

export async function addQuestion(c: Client, q: Record<string, unknown>) {
  const res = await c.post('/api/exams/questions', q);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data.id as string;
}

/** One question of each type, with keys the tests know. */
export const SAMPLE = {
  single: {
    type: 'single',
    stem: '标准开场白是？',
    options: [{ text: '您好，很高兴为您服务', correct: true }, { text: '喂' }, { text: '说' }],
    explanation: 'SECRET-EXPLANATION-1',
    points: 2,
    tags: ['开场白'],
  },
  multiple: {
    type: 'multiple',
    stem: '哪些属于投诉处理步骤？',
    options: [{ text: '倾听', correct: true }, { text: '致歉', correct: true }, { text: '挂断' }],
    points: 2,
    tags: ['投诉'],
  },
  trueFalse: { type: 'true_false', stem: '可以向客户透露他人账户信息。', answer: false, points: 1 },
  fill: {
    type: 'fill_blank',
    stem: '客服热线是 ____，服务时间 ____',
    blanks: [{ accepted: ['95555', '955-55'] }, { accepted: ['7x24', '全天'] }],
    points: 2,
  },
  essay: { type: 'essay', stem: '描述一次成功的情绪安抚。', rubric: 'SECRET-RUBRIC 共情、复述、方案', points: 5 },
} as const;

export async function openExam(
  c: Client,
  opts: { paper: Record<string, unknown>; examinees: string[]; exam?: Record<string, unknown> },
) {
  const paper = await c.post('/api/exams/papers', opts.paper);
  expect(paper.status, JSON.stringify(paper.body)).toBe(200);
  const exam = await c.post('/api/exams', {
    title: '理论考核',
    paperId: paper.body.data.id,
    opensAt: hourFromNow(-1),
    closesAt: hourFromNow(2),
    timeLimitMinutes: 30,
    ...opts.exam,
  });
  expect(exam.status, JSON.stringify(exam.body)).toBe(200);
  const id = exam.body.data.id as string;
  expect((await c.put(`/api/exams/${id}/examinees`, { employeeIds: opts.examinees })).status).toBe(200);
  const open = await c.post(`/api/exams/${id}/open`);
  expect(open.status, JSON.stringify(open.body)).toBe(200);
  return { examId: id, paperId: paper.body.data.id as string };
}
