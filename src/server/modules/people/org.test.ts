import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import {
  addPerson,
  auditOf,
  dbFingerprint,
  employeeRow,
  expectError,
  teamIdOf,
  today,
  userIdOf,
} from '../../test/helpers.js';

// Departments (处/室) contain teams (班组) (SPEC §2): codes are unique, nothing that still
// holds people or teams can be deleted, and headcounts count only people still employed.

type Dept = {
  id: string;
  code: string;
  name: string;
  headcount: number;
  teams: { id: string; code: string; name: string; headcount: number }[];
};

describe.each(DIALECTS)('organization on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  // HR sees the whole tree; what each other role sees is tested in test/scope.test.ts.
  const tree = async () => (await (await env.as('hr')).get('/api/departments')).body.data as Dept[];
  const teamIn = (deps: Dept[], code: string) => deps.flatMap((d) => d.teams).find((t) => t.code === code)!;

  it('shows the departments and teams with headcounts that leave out people who left', async () => {
    const deps = await tree();
    expect(deps.map((d) => d.code).sort()).toEqual(['CMP', 'CS1', 'CS2', 'OUT', 'QA', 'TRN']);
    const rows = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select(['t.code', 'e.status'])
      .execute();
    const left = ['eliminated', 'resigned', 'dismissed'];
    expect(rows.some((r) => r.code === 'CS2-1' && left.includes(r.status))).toBe(true);
    for (const d of deps) {
      for (const t of d.teams)
        expect(t.headcount, t.code).toBe(rows.filter((r) => r.code === t.code && !left.includes(r.status)).length);
      expect(d.headcount).toBe(d.teams.reduce((s, t) => s + t.headcount, 0));
    }
    expect((await env.anonymous.get('/api/departments')).status).toBe(401);
  });

  it('lowers a headcount when someone in the team resigns', async () => {
    const hr = await env.as('hr');
    const id = await addPerson(hr, db(), { teamId: await teamIdOf(db(), 'OUT-2') });
    const before = teamIn(await tree(), 'OUT-2').headcount;
    const res = await hr.post(`/api/employees/${id}/status`, {
      status: 'resigned',
      effectiveDate: today(),
      reason: '个人原因',
      version: (await employeeRow(db(), id)).version,
    });
    expect(res.status, res.raw).toBe(200);
    expect(teamIn(await tree(), 'OUT-2').headcount).toBe(before - 1);
  });

  it('creates and renames a department, with audit entries, and refuses a duplicate code or name with 409', async () => {
    const hr = await env.as('hr');
    const created = await hr.post('/api/departments', { code: 'VIP', name: '贵宾服务处' });
    expect(created.status, created.raw).toBe(200);
    const id = created.body.data.id;
    expect((await tree()).find((d) => d.id === id)).toMatchObject({
      code: 'VIP',
      name: '贵宾服务处',
      headcount: 0,
      teams: [],
    });

    const before = await dbFingerprint(db());
    expectError(await hr.post('/api/departments', { code: 'VIP', name: '另一个' }), 409, 'DUPLICATE', 'code');
    expectError(await hr.post('/api/departments', { code: 'VIP2', name: '贵宾服务处' }), 409, 'DUPLICATE');
    expectError(await hr.patch(`/api/departments/${id}`, { code: 'CS1' }), 409, 'DUPLICATE', 'code');
    expect(await dbFingerprint(db())).toEqual(before);

    expect((await hr.patch(`/api/departments/${id}`, { name: '高端客户服务处' })).status).toBe(200);
    const [create, rename] = await auditOf(db(), 'department', id);
    expect(create).toMatchObject({
      action: 'create',
      actor_user_id: await userIdOf(db(), 'hr'),
      new_value: { code: 'VIP', name: '贵宾服务处' },
    });
    expect(rename).toMatchObject({
      action: 'update',
      old_value: { name: '贵宾服务处' },
      new_value: { name: '高端客户服务处' },
    });
    expectError(await hr.patch('/api/departments/no-such-id', { name: '无' }), 404, 'NOT_FOUND');
  });

  it('creates, renames and moves a team, and refuses a duplicate code or an unknown department', async () => {
    const admin = await env.as('admin');
    const deps = await tree();
    const cs2 = deps.find((d) => d.code === 'CS2')!.id;
    const created = await admin.post('/api/teams', { departmentId: cs2, code: 'CS2-3', name: '信用卡三组' });
    expect(created.status, created.raw).toBe(200);
    const id = created.body.data.id;
    expect(teamIn(await tree(), 'CS2-3')).toMatchObject({ id, name: '信用卡三组', headcount: 0 });

    expectError(
      await admin.post('/api/teams', { departmentId: cs2, code: 'CS2-1', name: '重复' }),
      409,
      'DUPLICATE',
      'code',
    );
    expectError(
      await admin.post('/api/teams', { departmentId: cs2, code: 'CS2-9', name: '信用卡一组' }),
      409,
      'DUPLICATE',
    );
    expectError(
      await admin.post('/api/teams', { departmentId: 'nope', code: 'X-1', name: '无处' }),
      422,
      'UNKNOWN_DEPARTMENT',
      'departmentId',
    );
    expectError(
      await admin.patch(`/api/teams/${id}`, { departmentId: 'nope' }),
      422,
      'UNKNOWN_DEPARTMENT',
      'departmentId',
    );

    const cmp = deps.find((d) => d.code === 'CMP')!.id;
    expect((await admin.patch(`/api/teams/${id}`, { name: '投诉二组', departmentId: cmp })).status).toBe(200);
    expect((await tree()).find((d) => d.code === 'CMP')!.teams.map((t) => t.code)).toContain('CS2-3');
    const update = (await auditOf(db(), 'team', id)).find((e) => e.action === 'update')!;
    expect(update.old_value).toEqual({ department_id: cs2, name: '信用卡三组' });
    expect(update.new_value).toEqual({ department_id: cmp, name: '投诉二组' });
  });

  it('refuses to delete a team that has people (even people who left) or a department that has teams, with 422', async () => {
    const hr = await env.as('hr');
    const before = await dbFingerprint(db());
    const deps = await tree();
    expectError(await hr.delete(`/api/teams/${teamIn(deps, 'CS1-1').id}`), 422, 'TEAM_NOT_EMPTY');
    expectError(
      await hr.delete(`/api/departments/${deps.find((d) => d.code === 'CS1')!.id}`),
      422,
      'DEPARTMENT_NOT_EMPTY',
    );
    expect(await dbFingerprint(db())).toEqual(before);

    // A team whose only member resigned still holds their history.
    const dept = (await hr.post('/api/departments', { code: 'TMP', name: '临时处' })).body.data.id;
    const team = (await hr.post('/api/teams', { departmentId: dept, code: 'TMP-1', name: '临时组' })).body.data.id;
    const id = await addPerson(hr, db(), { teamId: team });
    await hr.post(`/api/employees/${id}/status`, {
      status: 'resigned',
      effectiveDate: today(),
      reason: '离职',
      version: 1,
    });
    expect(teamIn(await tree(), 'TMP-1').headcount).toBe(0);
    expectError(await hr.delete(`/api/teams/${team}`), 422, 'TEAM_NOT_EMPTY');
    expect((await db().selectFrom('teams').select('id').where('id', '=', team).execute()).length).toBe(1);
  });

  it('deletes an empty team and then its empty department, recording what was deleted', async () => {
    const hr = await env.as('hr');
    const dept = (await hr.post('/api/departments', { code: 'GONE', name: '将撤销处' })).body.data.id;
    const team = (await hr.post('/api/teams', { departmentId: dept, code: 'GONE-1', name: '将撤销组' })).body.data.id;
    expectError(await hr.delete(`/api/departments/${dept}`), 422, 'DEPARTMENT_NOT_EMPTY');
    expect((await hr.delete(`/api/teams/${team}`)).status).toBe(200);
    expect((await hr.delete(`/api/departments/${dept}`)).status).toBe(200);
    expect((await tree()).find((d) => d.id === dept)).toBeUndefined();
    expect((await auditOf(db(), 'team', team)).at(-1)).toMatchObject({
      action: 'delete',
      old_value: { code: 'GONE-1', name: '将撤销组' },
    });
    expect((await auditOf(db(), 'department', dept)).at(-1)).toMatchObject({
      action: 'delete',
      old_value: { code: 'GONE', name: '将撤销处' },
    });
    expectError(await hr.delete(`/api/teams/${team}`), 404, 'NOT_FOUND');
    expectError(await hr.delete(`/api/departments/${dept}`), 404, 'NOT_FOUND');
  });
});
