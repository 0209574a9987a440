import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import {
  addPerson,
  auditOf,
  daysFromToday,
  dbFingerprint,
  employeeIdOf,
  employeeRow,
  expectError,
  nextEmployeeNo,
  teamIdOf,
  userIdOf,
} from '../../test/helpers.js';

// People and their dated lifecycle (SPEC §2): create, edit with optimistic versions, status
// changes along the allowed paths, team moves, and the history and audit each one leaves.

describe.each(DIALECTS)('employees on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  describe('creating a person', () => {
    it('writes the person, their first status and team, and an audit entry with the new value', async () => {
      const hr = await env.as('hr');
      const teamId = await teamIdOf(db(), 'TRN-NH');
      const employeeNo = nextEmployeeNo('N');
      const res = await hr.post('/api/employees', {
        employeeNo,
        name: '林晓雨',
        hireDate: '2026-11-16',
        teamId,
        phone: '13800000000',
        skills: ['信用卡'],
        reason: '11月新员工',
      });
      expect(res.status, res.raw).toBe(200);
      const id = res.body.data.id;

      const detail = (await hr.get(`/api/employees/${id}`)).body.data;
      expect(detail).toMatchObject({
        employeeNo,
        name: '林晓雨',
        status: 'trainee',
        statusSince: '2026-11-16',
        teamId,
        skills: ['信用卡'],
        version: 1,
      });
      expect(detail.statusHistory).toEqual([
        expect.objectContaining({
          fromStatus: null,
          toStatus: 'trainee',
          effectiveDate: '2026-11-16',
          reason: '11月新员工',
        }),
      ]);
      expect(detail.teamHistory).toEqual([
        expect.objectContaining({ fromTeamName: null, toTeamName: '新员工培训班', effectiveDate: '2026-11-16' }),
      ]);

      const [entry] = await auditOf(db(), 'employee', id);
      expect(entry).toMatchObject({
        action: 'create',
        actor_user_id: await userIdOf(db(), 'hr'),
        reason: '11月新员工',
        old_value: null,
      });
      expect(entry.new_value).toMatchObject({
        employee_no: employeeNo,
        name: '林晓雨',
        team_id: teamId,
        status: 'trainee',
      });
    });

    it('refuses a duplicate employee number with 409 on the employeeNo field, and writes nothing', async () => {
      const hr = await env.as('hr');
      const existing = await employeeRow(db(), await employeeIdOf(db(), 'agent'));
      const before = await dbFingerprint(db());
      const res = await hr.post('/api/employees', {
        employeeNo: existing.employee_no,
        name: '重号',
        hireDate: '2026-01-05',
        teamId: existing.team_id,
      });
      expectError(res, 409, 'DUPLICATE_EMPLOYEE_NO', 'employeeNo');
      expect(await dbFingerprint(db())).toEqual(before);
    });

    it('refuses an unknown team, an unknown supervisor and a future start for anyone but a candidate with 422', async () => {
      const hr = await env.as('hr');
      const teamId = await teamIdOf(db(), 'CS1-1');
      const body = { employeeNo: nextEmployeeNo(), name: '规则', hireDate: '2026-01-05', teamId };
      expectError(
        await hr.post('/api/employees', { ...body, teamId: '01a00000-0000-7000-8000-000000000000' }),
        422,
        'UNKNOWN_TEAM',
        'teamId',
      );
      expectError(
        await hr.post('/api/employees', { ...body, supervisorId: 'nobody' }),
        422,
        'UNKNOWN_SUPERVISOR',
        'supervisorId',
      );
      expectError(
        await hr.post('/api/employees', { ...body, hireDate: daysFromToday(10) }),
        422,
        'DATE_IN_FUTURE',
        'hireDate',
      );
      expectError(
        await hr.post('/api/employees', { ...body, status: 'resigned' }),
        422,
        'BAD_INITIAL_STATUS',
        'status',
      );
      expect(
        (await hr.post('/api/employees', { ...body, status: 'candidate', hireDate: daysFromToday(10) })).status,
      ).toBe(200);
    });

    it('counts tenure to today in the center’s calendar', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db(), { hireDate: daysFromToday(-10) });
      expect((await hr.get(`/api/employees/${id}`)).body.data.tenureDays).toBe(10);
    });
  });

  describe('supervisors', () => {
    it('refuses a supervisor chain that would loop back, directly or through others', async () => {
      const hr = await env.as('hr');
      const a = await addPerson(hr, db());
      const b = await addPerson(hr, db(), { supervisorId: a });
      const c = await addPerson(hr, db(), { supervisorId: b });
      const patch = async (id: string, supervisorId: string) =>
        hr.patch(`/api/employees/${id}`, { supervisorId, version: (await employeeRow(db(), id)).version });
      expectError(await patch(a, b), 422, 'SUPERVISOR_CYCLE', 'supervisorId');
      expectError(await patch(a, c), 422, 'SUPERVISOR_CYCLE', 'supervisorId');
      expectError(await patch(a, a), 422, 'SUPERVISOR_SELF', 'supervisorId');
      expect((await employeeRow(db(), a)).supervisor_id).toBeNull();
      expect((await patch(c, a)).status).toBe(200);
    });
  });

  describe('editing with versions', () => {
    it('lets exactly one of two edits made from the same version through; the other gets 409', async () => {
      const hr = await env.as('hr');
      const admin = await env.as('admin');
      const id = await addPerson(hr, db(), { phone: '13900000001' });
      const names = ['甲改的', '乙改的', '丙改的', '丁改的'];
      const results = await Promise.all(
        names.map((name, i) => (i % 2 ? admin : hr).patch(`/api/employees/${id}`, { name, version: 1 })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) expectError(r, 409, 'VERSION_CONFLICT', 'version');
      const row = await employeeRow(db(), id);
      expect(row.version).toBe(2);
      const winner = names[results.findIndex((r) => r.status === 200)];
      expect(row.name).toBe(winner);
      const updates = (await auditOf(db(), 'employee', id)).filter((e) => e.action === 'update');
      expect(updates.length).toBe(1);

      // A stale version never overwrites; the current one does.
      expectError(await hr.patch(`/api/employees/${id}`, { name: '又改', version: 1 }), 409, 'VERSION_CONFLICT');
      expect((await employeeRow(db(), id)).name).toBe(winner);
    });

    it('records old and new values of the fields that changed, and only those', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db(), { name: '王小明', phone: '13900000002', position: '坐席' });
      const res = await hr.patch(`/api/employees/${id}`, {
        name: '王晓明',
        phone: '13900000002',
        position: '坐席',
        email: 'wxm@example.com',
        version: 1,
        reason: '更正姓名',
      });
      expect(res.status, res.raw).toBe(200);
      const update = (await auditOf(db(), 'employee', id)).find((e) => e.action === 'update')!;
      expect(update.old_value).toEqual({ name: '王小明', email: null });
      expect(update.new_value).toEqual({ name: '王晓明', email: 'wxm@example.com' });
      expect(update.reason).toBe('更正姓名');
      expect((await hr.get(`/api/employees/${id}`)).body.data).toMatchObject({
        name: '王晓明',
        email: 'wxm@example.com',
        version: 2,
      });
    });

    it('needs the version: an edit without one is a 400 on the version field', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db());
      expectError(await hr.patch(`/api/employees/${id}`, { name: '无版本' }), 400, 'VALIDATION_FAILED', 'version');
    });
  });
});
