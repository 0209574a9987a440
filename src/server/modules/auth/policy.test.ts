import { describe, expect, it } from 'vitest';
import { PUBLISHED_PASSWORDS } from '../../demo/index.js';
import { refusePublishedPasswords } from '../../lib/security-production.js';
import { putSetting, clearSettingsCache } from '../../lib/settings.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { expectError } from '../../test/helpers.js';

// The password rule (settings auth.minPasswordLength, default 10) and sign-out's CSRF check.

describe.each(DIALECTS)('password policy and sign-out on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const change = async (newPassword: string) =>
    (await env.as('trainer')).post('/api/auth/password', { currentPassword: 'Seatwise2026', newPassword });

  it('refuses the commonest passwords, whatever their case, with their own code', async () => {
    for (const p of ['password1', 'PASSWORD123', 'qwerty123', '123456789a', 'Aa123456', 'Woaini1314']) {
      expectError(await change(p), 400, 'PASSWORD_TOO_COMMON', 'newPassword');
    }
  });

  it("in production, refuses the demo's published password as anyone's new password", async () => {
    const admin = await env.as('admin');
    const body = { username: 'newbie', displayName: '新人', roles: ['agent'], password: 'Seatwise2026' };
    refusePublishedPasswords(PUBLISHED_PASSWORDS);
    try {
      expectError(await admin.post('/api/users', body), 400, 'PASSWORD_TOO_COMMON', 'password');
    } finally {
      refusePublishedPasswords([]); // development, as the rest of the suite runs
    }
    expect((await admin.post('/api/users', body)).status).toBe(200);
  });

  it('needs 10 characters by default, and what the setting says', async () => {
    const res = await change('Lamp4821x');
    expectError(res, 400, 'PASSWORD_TOO_SHORT', 'newPassword');
    expect(res.body.params).toEqual({ min: 10 });
    await putSetting(env.handle.db, 'auth.minPasswordLength', 12, null);
    clearSettingsCache();
    expectError(await change('Lamp4821xyz'), 400, 'PASSWORD_TOO_SHORT', 'newPassword');
    await putSetting(env.handle.db, 'auth.minPasswordLength', 10, null);
    clearSettingsCache();
  });

  it('refuses a password without digits, or one that holds the username', async () => {
    expectError(await change('harbour-lamp-dusk'), 400, 'PASSWORD_TOO_WEAK', 'newPassword');
    expectError(await change('Trainer-2026-x'), 400, 'PASSWORD_CONTAINS_USERNAME', 'newPassword');
  });

  it('accepts a long, uncommon password', async () => {
    expect((await change('Harbour-Lamp-4821')).status).toBe(200);
  });

  it('sign-out with a live session needs its CSRF token; without one the session goes on', async () => {
    const hr = await env.as('hr');
    expectError(
      await hr.raw({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': 'forged' } }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    expect((await hr.get('/api/auth/me')).status).toBe(200);
    expect((await hr.post('/api/auth/logout')).status).toBe(200);
    expect((await hr.get('/api/auth/me')).status).toBe(401);
    // Without a session there is nothing to protect: the cookie is cleared all the same.
    expect((await env.anonymous.post('/api/auth/logout')).status).toBe(200);
  });
});
