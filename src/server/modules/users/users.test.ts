import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import {
  accountFor,
  addPerson,
  auditOf,
  countRows,
  dbFingerprint,
  employeeIdOf,
  expectError,
  userIdOf,
} from '../../test/helpers.js';

// Accounts and roles are the administrator's (SPEC §1; issue 2): an initial password is shown
// once and must be changed, role changes take effect at once, resets and disabling end sessions.

describe.each(DIALECTS)('user accounts on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  it('creates an account with roles; the initial password is shown once and must be changed first', async () => {
    const admin = await env.as('admin');
    const hr = await env.as('hr');
    const person = await addPerson(hr, db());
    const res = await admin.post('/api/users', {
      username: 'zhang.wei',
      displayName: '张伟',
      roles: ['agent', 'mentor'],
      employeeId: person,
    });
    expect(res.status, res.raw).toBe(200);
    const { id, initialPassword } = res.body.data;
    expect(initialPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{12,}$/);

    const listed = await admin.get('/api/users?q=zhang');
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        id,
        username: 'zhang.wei',
        roles: ['agent', 'mentor'],
        employeeId: person,
        mustChangePassword: true,
        disabled: false,
      }),
    ]);
    expect(listed.raw).not.toContain(initialPassword);
    expect(listed.raw).not.toMatch(/argon2|password_?hash/i);
    const [entry] = await auditOf(db(), 'user', id);
    expect(entry).toMatchObject({
      action: 'create',
      actor_user_id: await userIdOf(db(), 'admin'),
      new_value: { username: 'zhang.wei', roles: ['agent', 'mentor'] },
    });
    expect(JSON.stringify(entry)).not.toContain(initialPassword);

    const user = await env.as('zhang.wei', initialPassword);
    expect(user.me.mustChangePassword).toBe(true);
    expectError(await user.get(`/api/employees/${person}`), 403, 'PASSWORD_CHANGE_REQUIRED');
    expect(
      (await user.post('/api/auth/password', { currentPassword: initialPassword, newPassword: 'ZhangWei2026' })).status,
    ).toBe(200);
    expect((await user.get(`/api/employees/${person}`)).status).toBe(200);
  });

  it('refuses a taken username, an employee who already has an account, and an unknown employee', async () => {
    const admin = await env.as('admin');
    const before = await dbFingerprint(db());
    expectError(
      await admin.post('/api/users', { username: 'agent', displayName: '重名', roles: ['agent'] }),
      409,
      'DUPLICATE_USER',
      'username',
    );
    expectError(
      await admin.post('/api/users', {
        username: 'second.acct',
        displayName: '二号',
        roles: ['agent'],
        employeeId: await employeeIdOf(db(), 'agent'),
      }),
      409,
      'DUPLICATE_USER',
    );
    expectError(
      await admin.post('/api/users', {
        username: 'ghost',
        displayName: '幽灵',
        roles: ['agent'],
        employeeId: 'no-such-person',
      }),
      422,
      'UNKNOWN_EMPLOYEE',
      'employeeId',
    );
    expectError(
      await admin.post('/api/users', { username: 'weak', displayName: '弱', roles: ['agent'], password: 'password' }),
      400,
      'PASSWORD_TOO_COMMON',
      'password',
    );
    expect(await dbFingerprint(db())).toEqual(before);
  });

  it('changes what a signed-in user may see as soon as their roles change', async () => {
    const admin = await env.as('admin');
    const hr = await env.as('hr');
    const person = await addPerson(hr, db());
    const { client, userId } = await accountFor(env, person, ['agent'], 'role.change');
    expect((await client.get('/api/employees')).body.total).toBe(1);
    expectError(await client.post('/api/departments', { code: 'RC', name: '角色测试' }), 403, 'FORBIDDEN');

    expect((await admin.patch(`/api/users/${userId}`, { roles: ['agent', 'hr'], reason: '兼任人事' })).status).toBe(
      200,
    );
    expect((await client.get('/api/employees')).body.total).toBe(await countRows(db(), 'employees'));
    expect((await client.get('/api/auth/me')).body.data.roles.sort()).toEqual(['agent', 'hr']);

    expect((await admin.patch(`/api/users/${userId}`, { roles: ['agent'] })).status).toBe(200);
    expect((await client.get('/api/employees')).body.total).toBe(1);
    const updates = (await auditOf(db(), 'user', userId)).filter((e) => e.action === 'update');
    expect(updates[0]).toMatchObject({
      old_value: { roles: ['agent'] },
      new_value: { roles: ['agent', 'hr'] },
      reason: '兼任人事',
    });
    expect(updates[1]).toMatchObject({ old_value: { roles: ['agent', 'hr'] }, new_value: { roles: ['agent'] } });
  });

  it("resets a password: the user's sessions end, the old password stops working, the new one must be changed", async () => {
    const admin = await env.as('admin');
    const { client, userId, password } = await accountFor(env, null, ['qa_evaluator'], 'reset.me');
    const res = await admin.post(`/api/users/${userId}/reset-password`, {});
    expect(res.status, res.raw).toBe(200);
    const fresh = res.body.data.initialPassword;
    expect(fresh).not.toBe(password);

    expectError(await client.get('/api/auth/me'), 401, 'UNAUTHORIZED');
    expectError(
      await env.anonymous.post('/api/auth/login', { username: 'reset.me', password }),
      401,
      'INVALID_CREDENTIALS',
    );
    const again = await env.as('reset.me', fresh);
    expect(again.me.mustChangePassword).toBe(true);
    expect((await auditOf(db(), 'user', userId)).filter((e) => e.action === 'password_reset')).toEqual([
      expect.objectContaining({ actor_user_id: await userIdOf(db(), 'admin') }),
    ]);
    expectError(await admin.post('/api/users/no-such-user/reset-password', {}), 404, 'NOT_FOUND');
  });

  it('disables an account: its session ends and it cannot sign in until enabled again', async () => {
    const admin = await env.as('admin');
    const { client, userId, password } = await accountFor(env, null, ['trainer'], 'disable.me');
    expect((await admin.patch(`/api/users/${userId}`, { disabled: true, reason: '长期休假' })).status).toBe(200);
    expectError(await client.get('/api/auth/me'), 401, 'UNAUTHORIZED');
    expectError(
      await env.anonymous.post('/api/auth/login', { username: 'disable.me', password }),
      403,
      'ACCOUNT_DISABLED',
    );
    const listed = (await admin.get('/api/users?q=disable.me')).body.data[0];
    expect(listed.disabled).toBe(true);

    expect((await admin.patch(`/api/users/${userId}`, { disabled: false })).status).toBe(200);
    expect((await env.as('disable.me', password)).me.username).toBe('disable.me');
    const entries = (await auditOf(db(), 'user', userId)).filter((e) => e.action === 'update');
    expect(entries.map((e) => e.new_value)).toEqual([{ disabled: 1 }, { disabled: 0 }]);
    expect(entries[0].reason).toBe('长期休假');
  });

  it('does not let an administrator disable themself or drop their own administrator role', async () => {
    const admin = await env.as('admin');
    const self = await userIdOf(db(), 'admin');
    const before = await dbFingerprint(db());
    expectError(await admin.patch(`/api/users/${self}`, { disabled: true }), 422, 'CANNOT_LOCK_OUT_SELF');
    expectError(await admin.patch(`/api/users/${self}`, { roles: ['hr'] }), 422, 'CANNOT_LOCK_OUT_SELF');
    expect(await dbFingerprint(db())).toEqual(before);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('lists accounts with search, a role filter and paging', async () => {
    const admin = await env.as('admin');
    const total = await countRows(db(), 'users');
    const all = await admin.get('/api/users?pageSize=200');
    expect(all.body.total).toBe(total);
    const leads = await admin.get('/api/users?role=team_lead');
    expect(leads.body.data.map((u: { username: string }) => u.username)).toEqual(['teamlead']);
    const p1 = await admin.get('/api/users?pageSize=3&page=1');
    const p2 = await admin.get('/api/users?pageSize=3&page=2');
    expect(p1.body.total).toBe(total);
    expect(p1.body.data.length).toBe(3);
    expect(p2.body.data[0].username > p1.body.data[2].username).toBe(true);
    expect((await admin.get('/api/users?q=%25')).body.total).toBe(0);
  });

  it('answers 403 to anyone but an administrator', async () => {
    for (const username of ['hr', 'manager', 'agent']) {
      const client = await env.as(username);
      expectError(await client.get('/api/users'), 403, 'FORBIDDEN');
      expectError(
        await client.post('/api/users', { username: `x.${username}`, displayName: 'x', roles: ['admin'] }),
        403,
        'FORBIDDEN',
      );
    }
    expect(await db().selectFrom('users').select('id').where('username', 'like', 'x.%').execute()).toEqual([]);
  });
});
