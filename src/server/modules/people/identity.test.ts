import { describe, expect, it } from 'vitest';
import { inPeopleScope, type PeopleScope } from '../../lib/access.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { departmentIdOf, employeeIdOf, teamIdOf } from '../../test/helpers.js';
import { personIn, personInScope, personName, personNo, personWhere } from './identity.query.js';
import { employeesHolding, identities, identity, namesOf, placeOf, teamLeads, teamsOf } from './identity.service.js';

// The identity read-model answers "name, team, department, lead of person X" for every module;
// its SQL helpers filter and sort by those facts without the caller joining the org tables.

describe.each(DIALECTS)('identity read-model on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  it('answers who a person is exactly as the employee page does', async () => {
    const hr = await env.as('hr');
    const list = (await hr.get('/api/employees?pageSize=200')).body.data as { id: string }[];
    const withSupervisor = await db()
      .selectFrom('employees')
      .select('id')
      .where('supervisor_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const ids = [...list.slice(0, 20).map((p) => p.id), withSupervisor.id];
    const map = await identities(db(), [...ids, ...ids, null, undefined, '']);
    expect(map.size).toBe(new Set(ids).size);
    for (const id of ids) {
      const page = (await hr.get(`/api/employees/${id}`)).body.data;
      const p = map.get(id)!;
      expect(p).toMatchObject({
        id,
        employeeNo: page.employeeNo,
        name: page.name,
        status: page.status,
        hireDate: page.hireDate,
        teamId: page.teamId,
        teamName: page.teamName,
        departmentId: page.departmentId,
        departmentName: page.departmentName,
        supervisorId: page.supervisorId ?? null,
        supervisorName: page.supervisorName ?? null,
      });
    }
    expect(map.get(withSupervisor.id)!.supervisorName).toBeTruthy();
    expect((await namesOf(db(), ids)).get(ids[0])).toBe(map.get(ids[0])!.name);
    expect(await placeOf(db(), ids[0])).toEqual({
      id: ids[0],
      name: map.get(ids[0])!.name,
      team_id: map.get(ids[0])!.teamId,
      department_id: map.get(ids[0])!.departmentId,
    });
  });

  it('leaves out ids that name nobody, and takes more ids than one statement may bind', async () => {
    const agent = await employeeIdOf(db(), 'agent');
    const many = [agent, ...Array.from({ length: 12_000 }, (_, i) => `nobody-${i}`)];
    const map = await identities(db(), many);
    expect([...map.keys()]).toEqual([agent]);
    expect(await identity(db(), 'nobody')).toBeUndefined();
    expect((await identities(db(), [])).size).toBe(0);
  });

  it('names teams with their department, and finds the team leads of a team', async () => {
    const cs11 = await teamIdOf(db(), 'CS1-1');
    const teams = await teamsOf(db(), [cs11, 'no-such-team']);
    expect([...teams.keys()]).toEqual([cs11]);
    expect(teams.get(cs11)).toMatchObject({ code: 'CS1-1', departmentId: await departmentIdOf(db(), 'CS1') });
    const lead = await employeeIdOf(db(), 'teamlead');
    const leadTeam = (await identity(db(), lead))!.teamId;
    const leads = await teamLeads(db(), [leadTeam]);
    expect(leads.map((l) => l.employeeId)).toContain(lead);
    expect(leads.every((l) => l.teamId === leadTeam)).toBe(true);
    expect(await teamLeads(db(), [])).toEqual([]);
    // a disabled account no longer leads
    const userId = leads.find((l) => l.employeeId === lead)!.userId;
    await db().updateTable('users').set({ disabled: 1 }).where('id', '=', userId).execute();
    expect((await teamLeads(db(), [leadTeam])).map((l) => l.employeeId)).not.toContain(lead);
    expect((await employeesHolding(db(), ['team_lead'])).map((l) => l.employeeId)).not.toContain(lead);
    await db().updateTable('users').set({ disabled: 0 }).where('id', '=', userId).execute();
    expect((await employeesHolding(db(), ['team_lead'])).map((l) => l.employeeId)).toContain(lead);
  });

  it('filters by people scope in SQL exactly as inPeopleScope decides in code', async () => {
    const all = await db().selectFrom('employees').select('id').execute();
    const places = await identities(
      db(),
      all.map((r) => r.id),
    );
    const [cs11, cs2, agent] = [
      await teamIdOf(db(), 'CS1-1'),
      await departmentIdOf(db(), 'CS2'),
      await employeeIdOf(db(), 'agent'),
    ];
    const scopes: PeopleScope[] = [
      { kind: 'all' },
      { kind: 'limited', teamIds: [cs11], departmentIds: [], employeeIds: [] },
      { kind: 'limited', teamIds: [], departmentIds: [cs2], employeeIds: [agent] },
      { kind: 'limited', teamIds: [cs11], departmentIds: [cs2], employeeIds: [agent] },
      { kind: 'limited', teamIds: [], departmentIds: [], employeeIds: [agent] },
      { kind: 'limited', teamIds: [], departmentIds: [], employeeIds: [] },
    ];
    for (const scope of scopes) {
      const got = await db().selectFrom('employees as x').select('x.id').where(personInScope('x.id', scope)).execute();
      const want = [...places.values()]
        .filter((p) => inPeopleScope(scope, { id: p.id, team_id: p.teamId, department_id: p.departmentId }))
        .map((p) => p.id);
      expect(want.length).toBeLessThanOrEqual(all.length);
      expect(got.map((r) => r.id).sort(), JSON.stringify(scope)).toEqual(want.sort());
    }
    const nobody = await db().selectFrom('employees as x').select('x.id').where(personIn('x.id', {})).execute();
    expect(nobody).toEqual([]);
  });

  it('filters by team and department, and sorts by name and number, without the caller joining', async () => {
    const cs1 = await departmentIdOf(db(), 'CS1');
    const cs11 = await teamIdOf(db(), 'CS1-1');
    const inDept = await db()
      .selectFrom('employees as x')
      .select(['x.id', 'x.team_id'])
      .where(personWhere('x.id', { departmentId: cs1 }))
      .execute();
    const teams = await teamsOf(
      db(),
      inDept.map((r) => r.team_id),
    );
    expect(inDept.length).toBeGreaterThan(0);
    expect([...teams.values()].every((t) => t.departmentId === cs1)).toBe(true);
    const inTeam = await db()
      .selectFrom('employees as x')
      .select(['x.id', 'x.team_id'])
      .where(personWhere('x.id', { teamId: cs11, departmentId: cs1 }))
      .execute();
    expect(inTeam.length).toBeGreaterThan(0);
    expect(inTeam.every((r) => r.team_id === cs11)).toBe(true);
    const joined = await db()
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', cs11)
      .orderBy('name')
      .orderBy('id')
      .execute();
    const sorted = await db()
      .selectFrom('employee_status_history as h')
      .select('h.employee_id as id')
      .distinct()
      .select([personName('h.employee_id').as('n')])
      .where(personWhere('h.employee_id', { teamId: cs11 }))
      .orderBy(personName('h.employee_id'))
      .orderBy('h.employee_id')
      .execute();
    expect(sorted.map((r) => r.id)).toEqual(joined.map((r) => r.id));
    const byNo = await db()
      .selectFrom('employees as x')
      .select(['x.id', personNo('x.id').as('no'), 'x.employee_no'])
      .orderBy(personNo('x.id'), 'desc')
      .execute();
    expect(byNo.every((r) => r.no === r.employee_no)).toBe(true);
  });
});
