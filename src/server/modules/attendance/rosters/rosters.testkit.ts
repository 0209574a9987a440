import { expect } from 'vitest';
import type { Client, TestEnv } from '../../../test/harness.js';
import { accountFor, employeeIdOf } from '../../../test/helpers.js';

// What the rosters tests share: March 2027 (far from the demo data), shift templates made through
// the API, the demo lead's team (the demo agent's) and a lead of another team.

export const CLOCK = '2027-02-20T02:00:00.000Z';
export const WEEK1 = '2027-03-01'; // a Monday

export interface RosterWorld {
  admin: Client;
  hr: Client;
  lead: Client;
  agent: Client;
  otherLead: Client;
  teamId: string;
  agentId: string;
  leadId: string;
  mates: string[];
  shifts: Record<'D' | 'N' | 'E', { id: string; code: string }>;
}

export async function rosterWorld(env: TestEnv, tag: string): Promise<RosterWorld> {
  const db = env.handle.db;
  const agentId = await employeeIdOf(db, 'agent');
  const leadId = await employeeIdOf(db, 'teamlead');
  const team = await db.selectFrom('employees').select('team_id').where('id', '=', agentId).executeTakeFirstOrThrow();
  const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const others = await db
    .selectFrom('employees')
    .select(['id', 'team_id'])
    .where('team_id', '<>', team.team_id)
    .where('status', 'in', ['regular', 'probation'])
    .orderBy('employee_no')
    .execute();
  const outsider = others.find((o) => !linked.has(o.id))!;
  const mates = (
    await db
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', team.team_id)
      .where('status', 'in', ['regular', 'probation', 'key_staff'])
      .orderBy('employee_no')
      .execute()
  ).map((r) => r.id);
  const admin = await env.as('admin');
  const shifts = {} as RosterWorld['shifts'];
  const defs = {
    D: { startTime: '09:00', endTime: '18:00', breaks: [{ start: '12:00', end: '13:00' }], color: '#1677ff' },
    N: { startTime: '22:00', endTime: '07:00', breaks: [{ start: '02:00', end: '02:30' }], color: '#722ed1' },
    E: { startTime: '06:00', endTime: '14:00', breaks: [], color: '#52c41a' },
  };
  for (const [k, d] of Object.entries(defs) as [keyof typeof defs, (typeof defs)['D']][]) {
    const code = `${tag}${k}`;
    const res = await admin.post('/api/attendance/shifts', {
      code,
      name: `${k} 班`,
      skill: null,
      departmentId: null,
      ...d,
    });
    expect(res.status, res.raw).toBe(200);
    shifts[k] = { id: res.body.data.id, code };
  }
  return {
    admin,
    hr: await env.as('hr'),
    lead: await env.as('teamlead'),
    agent: await env.as('agent'),
    otherLead: (await accountFor(env, outsider.id, ['team_lead'], `${tag}lead2`)).client,
    teamId: team.team_id,
    agentId,
    leadId,
    mates: mates.filter((m) => m !== agentId && m !== leadId),
    shifts,
  };
}

/** Creates a roster through the API and returns its id. */
export async function newRoster(c: Client, teamId: string, periodStart: string, extra: Record<string, unknown> = {}) {
  const res = await c.post('/api/attendance/rosters', { teamId, periodStart, kind: 'week', ...extra });
  expect(res.status, res.raw).toBe(200);
  return res.body.data.id as string;
}

export async function grid(c: Client, teamId: string, from: string) {
  const res = await c.get(`/api/attendance/rosters?teamId=${teamId}&from=${from}`);
  expect(res.status, res.raw).toBe(200);
  return res.body.data;
}

export const noticeKinds = async (c: Client) =>
  ((await c.get('/api/notifications?pageSize=200')).body.data as { kind: string; params: any }[]).map((n) => n.kind);
