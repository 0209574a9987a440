import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import {
  accountFor,
  countRows,
  departmentIdOf,
  employeeIdOf,
  employeeRow,
  expectError,
  idsInDepartment,
  idsInTeams,
  teamIdOf,
  today,
  visibleIds,
} from '../../test/helpers.js';

// SPEC §1: an agent sees only themself, a team lead their team, a manager their department,
// HR, administrators and the training manager everyone. Each test tries to cross a boundary.

describe.each(DIALECTS)('who sees whom on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  /** Someone in the team (by code) other than the given person. */
  const someoneIn = async (code: string, not?: string) => (await idsInTeams(db(), [code])).find((id) => id !== not)!;

  it.each(['agent', 'trainee'])('%s sees only themself in the list and may not open anyone else', async (username) => {
    const client = await env.as(username);
    const self = await employeeIdOf(db(), username);
    expect(await visibleIds(client)).toEqual([self]);
    expect((await client.get(`/api/employees/${self}`)).status).toBe(200);

    const selfRow = await employeeRow(db(), self);
    const teammate = (
      await db()
        .selectFrom('employees')
        .select('id')
        .where('team_id', '=', selfRow.team_id)
        .where('id', '!=', self)
        .executeTakeFirstOrThrow()
    ).id;
    const outsider = await someoneIn('OUT-1');
    for (const other of [teammate, outsider, await employeeIdOf(db(), 'teamlead'), await employeeIdOf(db(), 'hr')]) {
      const res = await client.get(`/api/employees/${other}`);
      expectError(res, 404, 'NOT_FOUND');
      expect(res.body.data).toBeUndefined();
    }
  });

  it.each(['qa', 'trainer', 'mentor'])('%s (no people scope yet) sees only themself', async (username) => {
    const client = await env.as(username);
    const self = await employeeIdOf(db(), username);
    expect(await visibleIds(client)).toEqual([self]);
    const teammate = await someoneIn(
      (
        await db()
          .selectFrom('teams')
          .select('code')
          .where('id', '=', (await employeeRow(db(), self)).team_id)
          .executeTakeFirstOrThrow()
      ).code,
      self,
    );
    expectError(await client.get(`/api/employees/${teammate}`), 404, 'NOT_FOUND');
  });

  it('a team lead sees exactly their team and nobody from another team', async () => {
    const lead = await env.as('teamlead');
    const team = await idsInTeams(db(), ['CS1-1']);
    expect(team.length).toBeGreaterThan(3);
    expect(await visibleIds(lead)).toEqual(team);
    expect((await lead.get(`/api/employees/${team[0]}`)).status).toBe(200);
    for (const code of ['CS1-2', 'CS1-0', 'CS2-1', 'TRN-NH']) {
      expectError(await lead.get(`/api/employees/${await someoneIn(code)}`), 404, 'NOT_FOUND');
    }
  });

  it('a center manager sees every team of their department and nobody outside it', async () => {
    const manager = await env.as('manager');
    const department = await idsInDepartment(db(), 'CS1');
    expect(department).toEqual(await idsInTeams(db(), ['CS1-0', 'CS1-1', 'CS1-2']));
    expect(await visibleIds(manager)).toEqual(department);
    expect((await manager.get(`/api/employees/${await someoneIn('CS1-2')}`)).status).toBe(200);
    for (const code of ['CS2-1', 'QA-1', 'TRN-1', 'TRN-NH']) {
      expectError(await manager.get(`/api/employees/${await someoneIn(code)}`), 404, 'NOT_FOUND');
    }
  });

  it.each(['hr', 'admin', 'training'])('%s sees everyone, including people who left', async (username) => {
    const client = await env.as(username);
    const all = (await db().selectFrom('employees').select('id').execute()).map((r) => r.id).sort();
    expect(all.length).toBe(await countRows(db(), 'employees'));
    expect(await visibleIds(client)).toEqual(all);
    const left = await db()
      .selectFrom('employees')
      .select('id')
      .where('status', '=', 'resigned')
      .executeTakeFirstOrThrow();
    expect((await client.get(`/api/employees/${left.id}`)).status).toBe(200);
  });

  it('filters only narrow what a person may see, never widen it', async () => {
    const agent = await env.as('agent');
    const self = await employeeIdOf(db(), 'agent');
    const ownTeam = await teamIdOf(db(), 'CS1-1');
    const widen = [
      `teamId=${await teamIdOf(db(), 'CS1-2')}`,
      `departmentId=${await departmentIdOf(db(), 'CS2')}`,
      'status=trainee&status=probation&status=regular&status=resigned',
      'q=E1',
      'q=%25',
      'q=_',
      `teamId=${ownTeam}`,
      `departmentId=${await departmentIdOf(db(), 'CS1')}`,
    ];
    for (const query of widen) {
      const ids = await visibleIds(agent, query);
      expect(
        ids.every((id) => id === self),
        query,
      ).toBe(true);
    }
    expect(await visibleIds(agent, `teamId=${ownTeam}`)).toEqual([self]);

    const lead = await env.as('teamlead');
    expect(await visibleIds(lead, `teamId=${await teamIdOf(db(), 'CS1-2')}`)).toEqual([]);
    expect(await visibleIds(lead, `departmentId=${await departmentIdOf(db(), 'CS2')}`)).toEqual([]);
    const manager = await env.as('manager');
    expect(await visibleIds(manager, `teamId=${await teamIdOf(db(), 'CS2-1')}`)).toEqual([]);
    expect(await visibleIds(manager, `departmentId=${await departmentIdOf(db(), 'OUT')}`)).toEqual([]);
  });

  it('after a move the old team lead loses sight of the person and the new one gains it, in sessions already open', async () => {
    const cs12LeadId = (
      await db()
        .selectFrom('employees as e')
        .innerJoin('teams as t', 't.id', 'e.team_id')
        .select('e.id')
        .where('t.code', '=', 'CS1-2')
        .where('e.status', '=', 'team_lead')
        .executeTakeFirstOrThrow()
    ).id;
    const { client: newLead } = await accountFor(env, cs12LeadId, ['team_lead'], 'lead_cs12');
    const oldLead = await env.as('teamlead');
    const hr = await env.as('hr');
    const person = await someoneIn('CS1-1', await employeeIdOf(db(), 'teamlead'));
    expect((await oldLead.get(`/api/employees/${person}`)).status).toBe(200);
    expectError(await newLead.get(`/api/employees/${person}`), 404, 'NOT_FOUND');

    const { version } = await employeeRow(db(), person);
    const moved = await hr.post(`/api/employees/${person}/move`, {
      teamId: await teamIdOf(db(), 'CS1-2'),
      effectiveDate: today(),
      reason: '班组调整',
      version,
    });
    expect(moved.status, moved.raw).toBe(200);

    expectError(await oldLead.get(`/api/employees/${person}`), 404, 'NOT_FOUND');
    expect(await visibleIds(oldLead)).not.toContain(person);
    expect((await newLead.get(`/api/employees/${person}`)).status).toBe(200);
    expect(await visibleIds(newLead)).toContain(person);
    expect(await visibleIds(newLead)).toEqual(await idsInTeams(db(), ['CS1-2']));
  });
});

describe.each(DIALECTS)("scopes follow the signed-in person's own place on $name", (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  it('a team lead moved to another team sees the new team at once, not the old one', async () => {
    const lead = await env.as('teamlead');
    expect(await visibleIds(lead)).toEqual(await idsInTeams(db(), ['CS1-1']));
    const hr = await env.as('hr');
    const self = await employeeIdOf(db(), 'teamlead');
    const moved = await hr.post(`/api/employees/${self}/move`, {
      teamId: await teamIdOf(db(), 'CS2-2'),
      effectiveDate: today(),
      reason: '调任',
      version: (await employeeRow(db(), self)).version,
    });
    expect(moved.status, moved.raw).toBe(200);
    expect(await visibleIds(lead)).toEqual(await idsInTeams(db(), ['CS2-2']));
  });

  it('a manager whose team moves to another department sees that department at once', async () => {
    const manager = await env.as('manager');
    expect(await visibleIds(manager)).toEqual(await idsInDepartment(db(), 'CS1'));
    const admin = await env.as('admin');
    const res = await admin.patch(`/api/teams/${await teamIdOf(db(), 'CS1-0')}`, {
      departmentId: await departmentIdOf(db(), 'CS2'),
    });
    expect(res.status, res.raw).toBe(200);
    const cs2 = await idsInDepartment(db(), 'CS2');
    expect(cs2).toContain(await employeeIdOf(db(), 'manager'));
    expect(await visibleIds(manager)).toEqual(cs2);
  });
});
