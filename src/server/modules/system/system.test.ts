import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { auditOf, dbFingerprint, expectError, userIdOf } from '../../test/helpers.js';

// Health, the OpenAPI description, and settings: every number of SPEC.md is a setting an
// administrator can change (audited), never a constant in code.

describe.each(DIALECTS)('system on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  it('answers health without signing in, naming the database engine', async () => {
    const res = await env.anonymous.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      success: true,
      data: { dialect: dialect.name, uptimeSeconds: expect.any(Number), version: expect.any(String) },
    });
  });

  it('serves the OpenAPI description as JSON listing the main paths, and the docs page', async () => {
    const res = await env.anonymous.get('/api/docs/json');
    expect(res.status, res.raw.slice(0, 200)).toBe(200);
    const spec = JSON.parse(res.raw);
    expect(spec.openapi).toMatch(/^3\./);
    const paths = Object.keys(spec.paths);
    for (const p of [
      '/api/health',
      '/api/auth/login',
      '/api/auth/me',
      '/api/employees',
      '/api/employees/{id}',
      '/api/employees/{id}/status',
      '/api/employees/{id}/move',
      '/api/departments',
      '/api/teams/{id}',
      '/api/users',
      '/api/users/{id}/reset-password',
      '/api/audit',
      '/api/settings/{key}',
    ]) {
      expect(paths, p).toContain(p);
    }
    const list = spec.paths['/api/employees'].get;
    expect(list.parameters.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(['q', 'teamId', 'status', 'page', 'pageSize']),
    );
    expect(spec.paths['/api/employees'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['employeeNo', 'name', 'hireDate', 'teamId']),
    );
    const page = await env.anonymous.get('/api/docs');
    expect([200, 302]).toContain(page.status);
  });

  it('lists every setting with its default to an administrator', async () => {
    const admin = await env.as('admin');
    const res = await admin.get('/api/settings');
    expect(res.status).toBe(200);
    expect(res.body.data).toContainEqual({
      key: 'auth.lockAfterFailures',
      value: 5,
      defaultValue: 5,
      updatedAt: null,
      min: 1,
      max: 1_000_000,
      needsRestart: false,
    });
  });

  it('changes a number, records old and new value with the reason, and the new value takes effect', async () => {
    const admin = await env.as('admin');
    const res = await admin.put('/api/settings/auth.lockAfterFailures', { value: 2, reason: '加强账号安全' });
    expect(res.status, res.raw).toBe(200);
    expect((await admin.get('/api/settings')).body.data).toContainEqual(
      expect.objectContaining({ key: 'auth.lockAfterFailures', value: 2, defaultValue: 5 }),
    );
    const [entry] = await auditOf(db(), 'setting', 'auth.lockAfterFailures');
    expect(entry).toMatchObject({
      action: 'update',
      actor_user_id: await userIdOf(db(), 'admin'),
      old_value: 5,
      new_value: 2,
      reason: '加强账号安全',
    });

    const first = await env.anonymous.post('/api/auth/login', { username: 'qa', password: 'wrong-1' });
    const second = await env.anonymous.post('/api/auth/login', { username: 'qa', password: 'wrong-2' });
    expectError(first, 401, 'INVALID_CREDENTIALS');
    expectError(second, 401, 'INVALID_CREDENTIALS'); // the second failure locks, and says no more than a wrong password
    expectError(
      await env.anonymous.post('/api/auth/login', { username: 'qa', password: 'Seatwise2026' }),
      401,
      'INVALID_CREDENTIALS',
    );
    expect(
      (await db().selectFrom('users').select('locked_until').where('username', '=', 'qa').executeTakeFirstOrThrow())
        .locked_until,
    ).not.toBeNull();

    // A second change records the first as its old value.
    expect((await admin.put('/api/settings/auth.lockAfterFailures', { value: 4, reason: '恢复' })).status).toBe(200);
    expect((await auditOf(db(), 'setting', 'auth.lockAfterFailures'))[1]).toMatchObject({ old_value: 2, new_value: 4 });
  });

  it('refuses an unknown key (also one that only looks like an object property), a bad value or a missing reason with 400', async () => {
    const admin = await env.as('admin');
    const before = await dbFingerprint(db());
    for (const key of ['auth.noSuchThing', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expectError(await admin.put(`/api/settings/${key}`, { value: 3, reason: '试试' }), 400, 'UNKNOWN_SETTING', 'key');
    }
    expectError(
      await admin.put('/api/settings/auth.lockMinutes', { value: '30', reason: '字符串' }),
      400,
      'VALIDATION_FAILED',
      'value',
    );
    expectError(
      await admin.put('/api/settings/auth.lockMinutes', { value: -1, reason: '负数' }),
      400,
      'BAD_SETTING_VALUE',
      'value',
    );
    expectError(
      await admin.put('/api/settings/auth.lockMinutes', { value: 2_000_000, reason: '太大' }),
      400,
      'VALIDATION_FAILED',
      'value',
    );
    expectError(await admin.put('/api/settings/auth.lockMinutes', { value: 30 }), 400, 'VALIDATION_FAILED', 'reason');
    expectError(
      await admin.put('/api/settings/auth.lockMinutes', { value: 2.5, reason: '小数' }),
      400,
      'SETTING_NOT_WHOLE',
      'value',
    );
    const low = await admin.put('/api/settings/auth.minPasswordLength', { value: 5, reason: '太短' });
    expectError(low, 400, 'SETTING_BELOW_MINIMUM', 'value');
    expect(low.body.params).toEqual({ min: 6 });
    expect(await dbFingerprint(db())).toEqual(before);
  });

  it('answers 403 to anyone but an administrator and changes nothing', async () => {
    const before = await dbFingerprint(db());
    for (const username of ['hr', 'manager', 'training']) {
      const client = await env.as(username);
      expectError(await client.get('/api/settings'), 403, 'FORBIDDEN');
      expectError(
        await client.put('/api/settings/auth.lockAfterFailures', { value: 100, reason: '越权' }),
        403,
        'FORBIDDEN',
      );
    }
    expect(await dbFingerprint(db())).toEqual(before);
  });
});
