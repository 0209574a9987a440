import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, employeeIdOf, ensureCalendarYears, expectError } from '../../../test/helpers.js';
import { identity, people } from '../../people/identity.service.js';
import { myDays, punchCsv, schedule, upload } from './clock.testkit.js';

// The team lead's exceptions and their resolution (issue 19 item 2): a lead sees only their
// team's days; confirm, excuse with a reason, convert to leave (which re-matches the day as on
// leave); a stale version is refused; agents cannot resolve; nobody resolves their own day.

const DAY = '2027-03-05';

describe.each(DIALECTS)('attendance clock: exceptions ($name)', (c) => {
  const env = useTestEnv(c);
  let lead: Client;
  let manager: Client;
  let agent: Client;
  let agentId: string;
  let mateId: string;
  let thirdId: string;
  let outsiderId: string;
  let leadTeam: string;

  beforeAll(async () => {
    setClock('2027-03-20T02:00:00Z');
    await ensureCalendarYears(env, '2027-01-01', '2027-12-31');
    const db = env.handle.db;
    lead = await env.as('teamlead');
    manager = await env.as('manager');
    agent = await env.as('agent');
    leadTeam = (await identity(db, await employeeIdOf(db, 'teamlead')))!.teamId;
    agentId = await employeeIdOf(db, 'agent');
    const all = await people(db, { scope: { kind: 'all' }, current: true });
    const team = all.filter(
      (p) => p.teamId === leadTeam && p.id !== agentId && p.id !== (lead.me.employeeId as string),
    );
    expect((await identity(db, agentId))!.teamId).toBe(leadTeam);
    mateId = team[0].id;
    thirdId = team[1].id;
    outsiderId = all.find((p) => p.teamId !== leadTeam)!.id;
    // Nobody punched on DAY: all four are absent.
    for (const id of [agentId, mateId, thirdId, outsiderId]) await schedule(db, id, [[DAY, '09:00', '18:00']]);
  });
  afterAll(() => setClock());

  const list = async (client: Client, query = '') => {
    const res = await client.get(`/api/attendance/clock/exceptions?day=${DAY}${query}`);
    expect(res.status, res.raw).toBe(200);
    return res.body.data as {
      employeeId: string;
      outcome: string;
      version: number;
      name: string;
      resolution: string;
    }[];
  };
  const row = async (id: string) => (await list(manager)).find((r) => r.employeeId === id)!;
  const resolve = (client: Client, id: string, body: Record<string, unknown>) =>
    client.post(`/api/attendance/clock/days/${id}/${DAY}/resolve`, body);

  it('a lead sees only their team; the filter narrows it', async () => {
    const mine = await list(lead);
    const ids = mine.map((r) => r.employeeId);
    expect(ids).toEqual(expect.arrayContaining([agentId, mateId, thirdId]));
    expect(ids).not.toContain(outsiderId);
    expect(mine.every((r) => r.outcome === 'absent' && r.name)).toBe(true);
    expect(await list(lead, '&teamId=some-other-team')).toEqual([]);
    const hr = await env.as('hr');
    expect((await list(hr)).map((r) => r.employeeId)).toContain(outsiderId);
    // an agent reads only their own
    expect((await list(agent)).map((r) => r.employeeId)).toEqual([agentId]);
  });

  it('a lead cannot resolve outside the team; an agent cannot resolve', async () => {
    expectError(await resolve(lead, outsiderId, { action: 'confirm', version: 1 }), 404);
    expectError(await resolve(agent, mateId, { action: 'confirm', version: 1 }), 403);
  });

  it('confirm, with the version checked', async () => {
    const r = await row(agentId);
    expectError(await resolve(lead, agentId, { action: 'confirm', version: r.version + 5 }), 409, 'STALE_VERSION');
    const res = await resolve(lead, agentId, { action: 'confirm', version: r.version });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ resolution: 'confirmed', outcome: 'absent' });
    expect((await auditOf(env.handle.db, 'attendance_day', `${agentId}:${DAY}`)).length).toBe(1);
    // a re-match that keeps the outcome keeps the resolution
    await schedule(env.handle.db, agentId, [[DAY, '09:00', '18:00']]);
    expect((await myDays(agent, DAY, DAY)).get(DAY)).toMatchObject({ resolution: 'confirmed' });
  });

  it('excuse needs a reason', async () => {
    const r = await row(mateId);
    expectError(
      await resolve(lead, mateId, { action: 'excuse', version: r.version }),
      400,
      'CLOCK_REASON_REQUIRED',
      'reason',
    );
    expectError(
      await resolve(lead, mateId, { action: 'excuse', reason: '   ', version: r.version }),
      400,
      'CLOCK_REASON_REQUIRED',
    );
    const res = await resolve(lead, mateId, { action: 'excuse', reason: '地铁停运，已核实', version: r.version });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ resolution: 'excused', resolutionReason: '地铁停运，已核实' });
  });

  it('convert to leave: an approved leave excuses the day, which becomes on leave', async () => {
    const r = await row(thirdId);
    expectError(
      await resolve(lead, thirdId, { action: 'leave', reason: '病假补请', version: r.version }),
      400,
      'CLOCK_LEAVE_KIND_REQUIRED',
    );
    const res = await resolve(lead, thirdId, {
      action: 'leave',
      leaveKind: 'personal',
      reason: '家中急事，事后补假',
      version: r.version,
    });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ outcome: 'on_leave', resolution: 'leave' });
    expect(res.body.data.leaveRequestId).toBeTruthy();
    expect((await list(lead)).map((x) => x.employeeId)).not.toContain(thirdId);
    // nothing left to resolve
    expectError(
      await resolve(lead, thirdId, { action: 'confirm', version: res.body.data.version }),
      422,
      'CLOCK_NOT_EXCEPTION',
    );
  });

  it('a re-match keeping the outcome keeps the resolution; a new outcome reopens the day', async () => {
    await schedule(env.handle.db, mateId, [[DAY, '10:00', '19:00']]);
    expect((await row(mateId)).resolution).toBe('excused'); // still absent
    const no = (await identity(env.handle.db, mateId))!.employeeNo;
    const file = punchCsv([
      [no, `${DAY} 10:20`, null],
      [no, `${DAY} 19:00`, null],
    ]);
    expect((await upload(await env.as('hr'), 'import', 'late.csv', file)).status).toBe(200);
    expect(await row(mateId)).toMatchObject({ outcome: 'late', resolution: 'open' });
    await schedule(env.handle.db, mateId, [[DAY, null]]);
    expect((await list(manager)).map((x) => x.employeeId)).not.toContain(mateId);
  });
});
