import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import {
  accountFor,
  addPerson,
  auditOf,
  countRows,
  daysFromToday,
  employeeIdOf,
  employeeRow,
  expectError,
  teamIdOf,
  today,
  userIdOf,
} from '../../test/helpers.js';

// People's dated lifecycle (SPEC §2), continued from employees.test.ts: status changes along the
// allowed paths, team moves, and the history and audit each one leaves.

describe.each(DIALECTS)('employees: status, team and account on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

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
});
