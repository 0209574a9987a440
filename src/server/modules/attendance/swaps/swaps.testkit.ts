import { expect } from 'vitest';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import type { Client, TestEnv } from '../../../test/harness.js';
import { accountFor, employeeIdOf } from '../../../test/helpers.js';
import { applyEntries } from '../rosters/schedule.service.js';

// People, shifts and rosters the swaps and overtime tests share, in March 2027 (far from the demo
// data). Shift templates and roster rows are written here until the rosters part has a service to
// create them; the cells go through rosters' applyEntries, the one writer of the schedule.

export const SHIFTS = {
  E: { start: '08:00', end: '16:00', skill: null },
  L: { start: '14:00', end: '22:00', skill: null },
  C: { start: '09:00', end: '17:00', skill: '信用卡' },
  N: { start: '22:00', end: '06:00', skill: null },
} as const;
export type ShiftCode = keyof typeof SHIFTS;

export async function addShifts(db: Db, prefix: string): Promise<Record<ShiftCode, string>> {
  const ids = {} as Record<ShiftCode, string>;
  const at = nowIso();
  for (const [code, s] of Object.entries(SHIFTS) as [ShiftCode, (typeof SHIFTS)[ShiftCode]][]) {
    ids[code] = newId();
    const minutes = ((Number(s.end.slice(0, 2)) - Number(s.start.slice(0, 2)) + 24) % 24) * 60;
    await db
      .insertInto('attendance_shifts')
      .values({
        id: ids[code],
        department_id: null,
        code: `${prefix}${code}`,
        name: `${prefix}${code}`,
        start_time: s.start,
        end_time: s.end,
        breaks: '[]',
        work_minutes: minutes,
        skill: s.skill,
        color: null,
        active: 1,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  return ids;
}

const SYSTEM = { userId: null, name: 'test' } as unknown as Actor;

/** A team roster over the days with the cells given (person → day → shift code or null = rest), published unless said. */
export async function addRoster(
  db: Db,
  teamId: string,
  from: string,
  to: string,
  shifts: Record<ShiftCode, string>,
  cells: Array<[string, string, ShiftCode | null]>,
  status: 'published' | 'draft' = 'published',
) {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('attendance_rosters')
    .values({
      id,
      team_id: teamId,
      period_start: from,
      period_end: to,
      status: 'draft',
      published_at: null,
      published_by: null,
      version: 1,
      created_by: 'test',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db.transaction().execute((trx) =>
    applyEntries(
      trx,
      SYSTEM,
      cells.map(([employeeId, day, code]) => ({ employeeId, day, rosterId: id, shiftId: code ? shifts[code] : null })),
      { source: 'edit', quiet: true },
    ),
  );
  if (status === 'published')
    await db.updateTable('attendance_rosters').set({ status, published_at: at }).where('id', '=', id).execute();
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
