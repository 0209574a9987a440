import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';

describe.each(DIALECTS)('auth on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('answers health with the dialect, without signing in', async () => {
    const res = await env.anonymous.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, data: { dialect: dialect.name } });
  });

  it('answers 401 on /me when nobody is signed in', async () => {
    const res = await env.anonymous.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ success: false, errorCode: 'UNAUTHORIZED', errorMessage: expect.any(String) });
  });

  it('signs in with a cookie that is HttpOnly and SameSite=Lax, and /me says who', async () => {
    const res = await env.anonymous.post('/api/auth/login', { username: 'hr', password: 'Seatwise2026' });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=43200/); // auth.sessionHours (12) from now, by the browser's own clock
    const hr = await env.as('hr');
    const me = await hr.get('/api/auth/me');
    expect(me.body.data).toMatchObject({ username: 'hr', roles: ['hr'], locale: 'zh-CN' });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const a = await env.anonymous.post('/api/auth/login', { username: 'nobody', password: 'x' });
    const b = await env.anonymous.post('/api/auth/login', { username: 'trainer', password: 'wrong' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body.errorCode).toBe('INVALID_CREDENTIALS');
    expect(b.body.errorMessage).toBe(a.body.errorMessage);
  });

  it('locks an account after auth.lockAfterFailures wrong passwords, with the answer of a wrong password', async () => {
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(await env.anonymous.post('/api/auth/login', { username: 'mentor', password: 'bad-guess' }));
    const unknown = await env.anonymous.post('/api/auth/login', { username: 'nobody', password: 'bad-guess' });
    for (const a of answers) expect([a.status, a.body]).toEqual([401, unknown.body]);
    const right = await env.anonymous.post('/api/auth/login', { username: 'mentor', password: 'Seatwise2026' });
    expect([right.status, right.body]).toEqual([401, unknown.body]);
    const row = await env.handle.db
      .selectFrom('users')
      .select('locked_until')
      .where('username', '=', 'mentor')
      .executeTakeFirstOrThrow();
    expect(row.locked_until).not.toBeNull();
    const audit = await env.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'user')
      .where('reason', 'like', '%failed sign-ins')
      .execute();
    expect(audit.length).toBe(1);
  });

  it('refuses a state-changing request without the CSRF token, and one from another origin', async () => {
    const hr = await env.as('hr');
    const noToken = await hr.raw({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en-US' },
      headers: { 'x-csrf-token': '' },
    });
    expect(noToken.status).toBe(403);
    expect(noToken.body.errorCode).toBe('CSRF_TOKEN_INVALID');
    const foreign = await hr.raw({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en-US' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('remembers the language per user', async () => {
    const qa = await env.as('qa');
    expect((await qa.patch('/api/auth/me', { locale: 'en-US' })).status).toBe(200);
    const again = await env.as('qa');
    expect(again.me.locale).toBe('en-US');
    expect((await qa.patch('/api/auth/me', { locale: 'fr-FR' })).status).toBe(400);
  });

  it('makes a new user change the initial password before anything else', async () => {
    const admin = await env.as('admin');
    const created = await admin.post('/api/users', { username: 'newbie', displayName: '新人', roles: ['agent'] });
    expect(created.status).toBe(200);
    const initial = created.body.data.initialPassword as string;
    const newbie = await env.as('newbie', initial);
    expect(newbie.me.mustChangePassword).toBe(true);
    const blocked = await newbie.get('/api/employees');
    expect(blocked.status).toBe(403);
    expect(blocked.body.errorCode).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await newbie.post('/api/auth/password', { currentPassword: initial, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('newPassword');
    const changed = await newbie.post('/api/auth/password', {
      currentPassword: initial,
      newPassword: 'Better2026pass',
    });
    expect(changed.status).toBe(200);
    const after = await env.as('newbie', 'Better2026pass');
    expect(after.me.mustChangePassword).toBe(false);
    const row = await env.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'newbie')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('signs out and the session stops working', async () => {
    const agent = await env.as('agent');
    expect((await agent.post('/api/auth/logout')).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });
});
