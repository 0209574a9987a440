import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import type { Client, Res, TestEnv } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { createUser } from '../../users/users.service.js';
import { nowMs } from '../../../lib/clock.js';

// Steps shared by the training tests: a catalogue and trainers made through the API, sign-ins
// for more members of the demo cohort, and instants in center time (UTC+8) relative to today.

/** The center's date n days from today. */
export const day = (n: number) => new Date(nowMs() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
/** An instant on that date at hh:mm center time. */
export const at = (date: string, hm: string) => `${date}T${hm}:00+08:00`;
export const utc = (instant: string) => new Date(instant).toISOString();

export function okData<T = any>(res: Res, status = 200): T {
  expect(res.status, `${res.status} ${res.raw.slice(0, 400)}`).toBe(status);
  return res.body.data as T;
}

export interface Kit {
  manager: Client;
  courseA: string;
  courseB: string;
  /** The demo 'trainer' account's trainer row, and an external consultant. */
  trainer: string;
  external: string;
  trainerEmployeeId: string;
}

let seq = 0;
export async function catalogue(env: TestEnv): Promise<Kit> {
  const manager = await env.as('training');
  const n = ++seq;
  const courseA = okData(
    await manager.post('/api/training/courses', {
      code: `PRD-${n}`,
      title: '产品知识',
      contentArea: 'business_systems',
      method: 'lecture',
      hours: 3,
    }),
  ).id;
  const courseB = okData(
    await manager.post('/api/training/courses', {
      code: `SVC-${n}`,
      title: '投诉处理',
      contentArea: 'service_communication',
      method: 'role_play',
      hours: 2,
    }),
  ).id;
  const trainerEmployeeId = await employeeIdOf(env.handle.db, 'trainer');
  const existing = await env.handle.db
    .selectFrom('training_trainers')
    .select('id')
    .where('employee_id', '=', trainerEmployeeId)
    .executeTakeFirst();
  const trainer =
    existing?.id ??
    okData(
      await manager.post('/api/training/trainers', {
        kind: 'internal',
        employeeId: trainerEmployeeId,
        category: 'hr_trainer',
        certification: '内训师二级',
      }),
    ).id;
  const external = okData(
    await manager.post('/api/training/trainers', {
      kind: 'external',
      name: `外聘顾问${n}`,
      category: 'external_consultant',
      organization: '咨询公司',
    }),
  ).id;
  return { manager, courseA, courseB, trainer, external, trainerEmployeeId };
}

/** Sign-ins (password Seatwise2026) for members of the demo cohort other than 'trainee'. */
export async function learners(env: TestEnv, n: number, prefix: string) {
  const db = env.handle.db;
  const team = await db.selectFrom('teams').select('id').where('code', '=', 'TRN-NH').executeTakeFirstOrThrow();
  const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const free = (
    await db
      .selectFrom('employees')
      .select(['id', 'name'])
      .where('team_id', '=', team.id)
      .orderBy('employee_no')
      .execute()
  ).filter((p) => !linked.has(p.id));
  const out: { username: string; employeeId: string; client: Client }[] = [];
  for (const p of free.slice(0, n)) {
    const username = `${prefix}${out.length + 1}`;
    await createUser(
      db,
      null,
      { username, displayName: p.name, roles: ['agent'], employeeId: p.id, password: DEMO_PASSWORD },
      { mustChange: false },
    );
    out.push({ username, employeeId: p.id, client: await env.as(username) });
  }
  return out;
}

/** Schedules a session and answers its id (expects success). */
export async function schedule(kit: Kit, body: Record<string, unknown>) {
  return okData(
    await kit.manager.post('/api/training/sessions', { courseId: kit.courseA, trainerId: kit.trainer, ...body }),
  ).id as string;
}
