import { expect } from 'vitest';
import type { Client, TestEnv } from '../../../test/harness.js';
import { accountFor, employeeIdOf } from '../../../test/helpers.js';

// What the leave tests share: requests as a person files them, and a lead of another team.

export const file = (c: Client, body: Record<string, unknown>) =>
  c.post('/api/attendance/leave/requests', { kindCode: 'personal', reason: '家中有事需处理', ...body });

export const decide = (c: Client, id: string, decision: 'approve' | 'reject', note = '同意') =>
  c.post(`/api/attendance/leave/requests/${id}/decide`, { decision, note });

export async function filed(c: Client, body: Record<string, unknown>) {
  const res = await file(c, body);
  expect(res.status, res.raw).toBe(200);
  return res.body.data as { id: string; days: number; chain: string[] };
}

export const detail = async (c: Client, id: string) => {
  const res = await c.get(`/api/attendance/leave/requests/${id}`);
  expect(res.status, res.raw).toBe(200);
  return res.body.data;
};

/** A person of team CS1-2 (not the demo lead's team) and a team-lead account for them. */
export async function otherTeam(env: TestEnv) {
  const db = env.handle.db;
  const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const rows = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select('e.id')
    .where('t.code', '=', 'CS1-2')
    .where('e.status', 'in', ['regular', 'probation', 'key_staff'])
    .orderBy('e.employee_no')
    .execute();
  const free = rows.map((r) => r.id).filter((id) => !linked.has(id));
  const lead = await accountFor(env, free[0], ['team_lead'], 'leave-lead2');
  return { leadClient: lead.client, leadId: free[0], personId: free[1] };
}

export const agentIdOf = (env: TestEnv) => employeeIdOf(env.handle.db, 'agent');
