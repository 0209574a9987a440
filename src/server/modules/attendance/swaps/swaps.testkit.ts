import { expect } from 'vitest';
import type { Db } from '../../../db/connect.js';
import type { Client, TestEnv } from '../../../test/harness.js';
import { accountFor, employeeIdOf } from '../../../test/helpers.js';

// People, shifts and rosters the swaps and overtime tests share, in 2027 (far from the demo data).
// Shift templates and rosters are made through the rosters part's API, as a lead would.

export const SHIFTS = {
  E: { startTime: '08:00', endTime: '16:00', skill: null },
  L: { startTime: '14:00', endTime: '22:00', skill: null },
  C: { startTime: '09:00', endTime: '17:00', skill: '信用卡' },
  N: { startTime: '22:00', endTime: '06:00', skill: null },
} as const;
export type ShiftCode = keyof typeof SHIFTS;

/** Shift templates made by the administrator through the rosters API; ids by letter. */
export async function addShifts(admin: Client, prefix: string): Promise<Record<ShiftCode, string>> {
  const ids = {} as Record<ShiftCode, string>;
  for (const [code, s] of Object.entries(SHIFTS) as [ShiftCode, (typeof SHIFTS)[ShiftCode]][]) {
    const res = await admin.post('/api/attendance/shifts', {
      code: `${prefix}${code}`,
      name: `${code} 班`,
      departmentId: null,
      breaks: [],
      color: null,
      ...s,
    });
    expect(res.status, res.raw).toBe(200);
    ids[code] = res.body.data.id;
  }
  return ids;
}

/**
 * A month's team roster made by the lead through the rosters API, with the cells given (person,
 * day, shift letter or null = rest), published unless said.
 */
export async function addRoster(
  lead: Client,
  teamId: string,
  month: string,
  shifts: Record<ShiftCode, string>,
  cells: Array<[string, string, ShiftCode | null]>,
  status: 'published' | 'draft' = 'published',
) {
  const made = await lead.post('/api/attendance/rosters', { teamId, periodStart: `${month}-01`, kind: 'month' });
  expect(made.status, made.raw).toBe(200);
  const id = made.body.data.id as string;
  const put = await lead.put(`/api/attendance/rosters/${id}/cells`, {
    version: made.body.data.version ?? 1,
    cells: cells.map(([employeeId, day, code]) => ({ employeeId, day, shiftId: code ? shifts[code] : null })),
  });
  expect(put.status, put.raw).toBe(200);
  if (status === 'published') {
    const res = await lead.post(`/api/attendance/rosters/${id}/publish`, { version: put.body.data.version ?? 2 });
    expect(res.status, res.raw).toBe(200);
  }
  return id;
}

/** The demo agent, a colleague of the same team with an account, their lead, and a lead of another team. */
export async function swapPeople(env: TestEnv, tag: string) {
  const db = env.handle.db;
  const agentId = await employeeIdOf(db, 'agent');
  const me = await db.selectFrom('employees').select('team_id').where('id', '=', agentId).executeTakeFirstOrThrow();
  const leadId = await employeeIdOf(db, 'teamlead');
  const lead = await db.selectFrom('employees').select('team_id').where('id', '=', leadId).executeTakeFirstOrThrow();
  expect(lead.team_id).toBe(me.team_id); // the demo lead leads the demo agent's team
  const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const free = (teamOp: '=' | '<>') =>
    db
      .selectFrom('employees')
      .select(['id', 'team_id'])
      .where('team_id', teamOp, me.team_id)
      .where('status', 'in', ['regular', 'probation', 'key_staff'])
      .orderBy('employee_no')
      .execute()
      .then((rows) => rows.filter((r) => !linked.has(r.id)));
  const [mate] = await free('=');
  const [outsider] = await free('<>');
  const mateAcct = await accountFor(env, mate.id, ['agent'], `${tag}mate`);
  const otherLead = await accountFor(env, outsider.id, ['team_lead'], `${tag}lead2`);
  const clients: Record<'agent' | 'lead' | 'manager' | 'hr' | 'admin', Client> = {
    admin: await env.as('admin'),
    agent: await env.as('agent'),
    lead: await env.as('teamlead'),
    manager: await env.as('manager'),
    hr: await env.as('hr'),
  };
  return {
    teamId: me.team_id,
    agentId,
    leadId,
    mateId: mate.id,
    mate: mateAcct.client,
    otherLead: otherLead.client,
    ...clients,
  };
}

export const setSkills = (db: Db, employeeId: string, skills: string[]) =>
  db
    .updateTable('employees')
    .set({ skills: JSON.stringify(skills) })
    .where('id', '=', employeeId)
    .execute();

export const noticeKinds = async (c: Client) =>
  ((await c.get('/api/notifications?pageSize=200')).body.data as { kind: string }[]).map((n) => n.kind);
