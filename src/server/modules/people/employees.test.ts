import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import {
  accountFor,
  addPerson,
  auditOf,
  countRows,
  daysFromToday,
  dbFingerprint,
  employeeIdOf,
  employeeRow,
  expectError,
  nextEmployeeNo,
  teamIdOf,
  today,
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

  describe('status changes', () => {
    const change = async (id: string, body: Record<string, unknown>) => {
      const hr = await env.as('hr');
      return hr.post(`/api/employees/${id}/status`, {
        effectiveDate: today(),
        reason: '阶段评估',
        version: (await employeeRow(db(), id)).version,
        ...body,
      });
    };

    it('moves a trainee to probation and writes the dated history with the reason', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db(), { status: 'trainee', hireDate: '2026-11-02' });
      const res = await change(id, { status: 'probation', effectiveDate: '2026-11-20', reason: '理论与实践考核通过' });
      expect(res.status, res.raw).toBe(200);
      const detail = (await hr.get(`/api/employees/${id}`)).body.data;
      expect(detail).toMatchObject({ status: 'probation', statusSince: '2026-11-20', version: 2 });
      expect(detail.statusHistory[0]).toMatchObject({
        fromStatus: 'trainee',
        toStatus: 'probation',
        effectiveDate: '2026-11-20',
        reason: '理论与实践考核通过',
      });
      const entry = (await auditOf(db(), 'employee', id)).find((e) => e.action === 'status_change')!;
      expect(entry.old_value).toMatchObject({ status: 'trainee' });
      expect(entry.new_value).toMatchObject({ status: 'probation', status_since: '2026-11-20' });
    });

    it('refuses skipping a step and direct elimination (that needs an elimination case) with 422', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db(), { status: 'trainee', hireDate: '2026-11-02' });
      const history = await countRows(db(), 'employee_status_history');
      expectError(await change(id, { status: 'regular' }), 422, 'STATUS_TRANSITION_NOT_ALLOWED', 'status');
      expectError(await change(id, { status: 'eliminated' }), 422, 'STATUS_TRANSITION_NOT_ALLOWED', 'status');
      expectError(await change(id, { status: 'trainee' }), 422, 'STATUS_UNCHANGED', 'status');
      expect(await countRows(db(), 'employee_status_history')).toBe(history);
      expect((await employeeRow(db(), id)).status).toBe('trainee');
    });

    it('needs a reason, and a date neither in the future nor before the current status began', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db(), { status: 'trainee', hireDate: '2026-11-02' });
      const { version } = await employeeRow(db(), id);
      expectError(
        await hr.post(`/api/employees/${id}/status`, { status: 'probation', effectiveDate: today(), version }),
        400,
        'VALIDATION_FAILED',
        'reason',
      );
      expectError(await change(id, { status: 'probation', reason: ' ' }), 400, 'VALIDATION_FAILED', 'reason');
      expectError(
        await change(id, { status: 'probation', effectiveDate: daysFromToday(1) }),
        422,
        'DATE_IN_FUTURE',
        'effectiveDate',
      );
      expectError(
        await change(id, { status: 'probation', effectiveDate: '2026-11-01' }),
        422,
        'DATE_TOO_EARLY',
        'effectiveDate',
      );
      expect((await change(id, { status: 'probation', effectiveDate: '2026-11-02' })).status).toBe(200);
    });

    it('ends the account of a person who resigns: their session stops and they cannot sign in', async () => {
      const trainee = await env.as('trainee');
      expect((await trainee.get('/api/auth/me')).status).toBe(200);
      const id = await employeeIdOf(db(), 'trainee');
      const res = await change(id, { status: 'resigned', reason: '个人原因离职' });
      expect(res.status, res.raw).toBe(200);
      expectError(await trainee.get('/api/auth/me'), 401, 'UNAUTHORIZED');
      expectError(
        await env.anonymous.post('/api/auth/login', { username: 'trainee', password: 'Seatwise2026' }),
        403,
        'ACCOUNT_DISABLED',
      );
      const userAudit = await auditOf(db(), 'user', await userIdOf(db(), 'trainee'));
      expect(userAudit.filter((e) => e.action === 'update').at(-1)).toMatchObject({
        new_value: { disabled: 1 },
        reason: '个人原因离职',
      });
      // and someone who left cannot be moved to another team
      const move = await (
        await env.as('hr')
      ).post(`/api/employees/${id}/move`, {
        teamId: await teamIdOf(db(), 'CS1-1'),
        effectiveDate: today(),
        reason: '调整',
        version: (await employeeRow(db(), id)).version,
      });
      expectError(move, 422, 'EMPLOYEE_LEFT');
    });
  });

  describe('team moves', () => {
    it('moves a person, writes team history and the audit entry', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db(), { teamId: await teamIdOf(db(), 'CS1-1') });
      const to = await teamIdOf(db(), 'CS2-1');
      const res = await hr.post(`/api/employees/${id}/move`, {
        teamId: to,
        effectiveDate: today(),
        reason: '支援信用卡业务',
        version: 1,
      });
      expect(res.status, res.raw).toBe(200);
      const detail = (await hr.get(`/api/employees/${id}`)).body.data;
      expect(detail).toMatchObject({ teamId: to, teamName: '信用卡一组', departmentName: '客户服务二处', version: 2 });
      expect(detail.teamHistory[0]).toMatchObject({
        fromTeamName: '零售业务一组',
        toTeamName: '信用卡一组',
        effectiveDate: today(),
        reason: '支援信用卡业务',
      });
      const entry = (await auditOf(db(), 'employee', id)).find((e) => e.action === 'move')!;
      expect(entry).toMatchObject({
        reason: '支援信用卡业务',
        old_value: { team_id: await teamIdOf(db(), 'CS1-1') },
        new_value: { team_id: to },
      });
      expectError(
        await hr.post(`/api/employees/${id}/move`, { teamId: to, effectiveDate: today(), reason: '再调', version: 2 }),
        422,
        'SAME_TEAM',
        'teamId',
      );
      expectError(
        await hr.post(`/api/employees/${id}/move`, {
          teamId: 'no-such-team',
          effectiveDate: today(),
          reason: '再调',
          version: 2,
        }),
        422,
        'UNKNOWN_TEAM',
        'teamId',
      );
    });
  });

  describe('an account linked to a person', () => {
    it('shows the account and roles on the person page', async () => {
      const hr = await env.as('hr');
      const id = await addPerson(hr, db());
      await accountFor(env, id, ['agent', 'mentor'], 'linked_person');
      const detail = (await hr.get(`/api/employees/${id}`)).body.data;
      expect(detail.username).toBe('linked_person');
      expect([...detail.roles].sort()).toEqual(['agent', 'mentor']);
    });
  });

  describe('lists', () => {
    const all = () =>
      db()
        .selectFrom('employees as e')
        .innerJoin('teams as t', 't.id', 'e.team_id')
        .select(['e.id', 'e.name', 'e.employee_no', 'e.status', 'e.hire_date', 't.code as team', 't.department_id'])
        .execute();
    const list = async (query: string) => {
      const res = await (await env.as('hr')).get(`/api/employees?${query}`);
      expect(res.status, res.raw).toBe(200);
      return res.body as {
        data: {
          id: string;
          name: string;
          employeeNo: string;
          status: string;
          hireDate: string;
          teamId: string;
          departmentId: string;
        }[];
        total: number;
      };
    };
    const q = (s: string) => `q=${encodeURIComponent(s)}&pageSize=200`;

    it('searches by a part of a Chinese name and by employee number, ignoring case', async () => {
      const people = await all();
      const someone = people.find((p) => p.team === 'TRN-NH' && p.name.length === 3)!;
      const part = someone.name.slice(1);
      const byName = await list(q(part));
      expect(byName.data.map((p) => p.id)).toContain(someone.id);
      expect(byName.total).toBe(people.filter((p) => p.name.includes(part) || p.employee_no.includes(part)).length);

      const byNo = await list(q(someone.employee_no.toLowerCase()));
      expect(byNo.data.map((p) => p.id)).toEqual([someone.id]);
      const prefix = someone.employee_no.slice(0, 3);
      expect((await list(q(prefix))).total).toBe(people.filter((p) => p.employee_no.includes(prefix)).length);
    });

    it('treats % and _ and \\ in a search literally', async () => {
      const hr = await env.as('hr');
      const percent = await addPerson(hr, db(), { name: '百分%号' });
      const underscore = await addPerson(hr, db(), { name: '下划_线' });
      const backslash = await addPerson(hr, db(), { name: '反斜\\杠' });
      expect((await list(q('%'))).data.map((p) => p.id)).toEqual([percent]);
      expect((await list(q('_'))).data.map((p) => p.id)).toEqual([underscore]);
      expect((await list(q('\\'))).data.map((p) => p.id)).toEqual([backslash]);
      expect((await list(q('分%号'))).data.map((p) => p.id)).toEqual([percent]);
      expect((await list(q('下_线'))).total).toBe(0);
    });

    it('filters by department, team and several statuses, with totals that match the database', async () => {
      const people = await all();
      const cs1 = people.find((p) => p.team === 'CS1-1')!.department_id;
      const dep = await list(`departmentId=${cs1}&pageSize=200`);
      expect(dep.total).toBe(people.filter((p) => p.department_id === cs1).length);
      expect(dep.data.every((p) => p.departmentId === cs1)).toBe(true);

      const team = await teamIdOf(db(), 'CS2-1');
      const byTeam = await list(`teamId=${team}&pageSize=200`);
      expect(byTeam.total).toBe(people.filter((p) => p.team === 'CS2-1').length);

      const statuses = await list('status=probation&status=resigned&pageSize=200');
      expect(statuses.total).toBe(people.filter((p) => ['probation', 'resigned'].includes(p.status)).length);
      expect(new Set(statuses.data.map((p) => p.status))).toEqual(new Set(['probation', 'resigned']));

      const both = await list(`departmentId=${cs1}&status=probation&pageSize=200`);
      expect(both.total).toBe(people.filter((p) => p.department_id === cs1 && p.status === 'probation').length);
      expect(both.total).toBeGreaterThan(0);
    });

    it('sorts by the column asked for, in either direction', async () => {
      const byHire = (await list('sort=hireDate&order=desc&pageSize=200')).data.map((p) => p.hireDate);
      expect(byHire).toEqual([...byHire].sort().reverse());
      const byNo = (await list('sort=employeeNo&order=asc&pageSize=200')).data.map((p) => p.employeeNo);
      expect(byNo).toEqual([...byNo].sort());
      const byStatus = (await list('sort=status&order=asc&pageSize=200')).data.map((p) => p.status);
      expect(byStatus).toEqual([...byStatus].sort());
      expect(byStatus[0]).not.toBe(byStatus.at(-1));
    });

    it('pages with a correct total: page 2 follows page 1 and past the end is empty', async () => {
      const total = await countRows(db(), 'employees');
      const p1 = await list('pageSize=10&page=1');
      const p2 = await list('pageSize=10&page=2');
      expect(p1.total).toBe(total);
      expect(p2.total).toBe(total);
      expect(p1.data.length).toBe(10);
      expect(p2.data.length).toBe(10);
      const ids1 = p1.data.map((p) => p.id);
      expect(p2.data.some((p) => ids1.includes(p.id))).toBe(false);
      expect([...ids1, ...p2.data.map((p) => p.id)]).toEqual((await list('pageSize=20')).data.map((p) => p.id));
      const last = Math.ceil(total / 10);
      expect((await list(`pageSize=10&page=${last}`)).data.length).toBe(total - (last - 1) * 10);
      expect((await list(`pageSize=10&page=${last + 1}`)).data).toEqual([]);
    });
  });
});
