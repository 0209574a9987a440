import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { PUBLISHED_PASSWORDS } from '../../demo/index.js';
import { productionStartVerdict } from '../../lib/security-production.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { resetPasswordByUsername } from '../users/users.service.js';

// Production mode (issue 25): no demo unless asked, no start while a published password opens an
// account, Secure cookies by default, and an account set up from the command line must change
// its password at the first sign-in.

describe('configuration by mode', () => {
  it('development (the default) loads the demo and sends cookies without Secure', () => {
    expect(loadConfig({})).toMatchObject({
      mode: 'development',
      seedDemo: true,
      demoAsked: false,
      secureCookies: false,
    });
  });

  it('production (NODE_ENV or SEATWISE_MODE) loads no demo and sets Secure cookies', () => {
    for (const env of [
      { NODE_ENV: 'production' },
      { SEATWISE_MODE: 'production' },
      { NODE_ENV: 'development', SEATWISE_MODE: 'production' },
    ]) {
      expect(loadConfig(env)).toMatchObject({
        mode: 'production',
        seedDemo: false,
        demoAsked: false,
        secureCookies: true,
      });
    }
    expect(loadConfig({ NODE_ENV: 'production', SEATWISE_MODE: 'development' }).mode).toBe('development');
  });

  it('production loads the demo only when asked (SEATWISE_DEMO, SEED_DEMO or --demo)', () => {
    expect(loadConfig({ NODE_ENV: 'production', SEATWISE_DEMO: '1' })).toMatchObject({
      seedDemo: true,
      demoAsked: true,
    });
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' })).toMatchObject({
      seedDemo: true,
      demoAsked: true,
    });
    expect(loadConfig({ NODE_ENV: 'production' }, ['--demo'])).toMatchObject({ seedDemo: true, demoAsked: true });
    expect(loadConfig({ SEATWISE_DEMO: '0' })).toMatchObject({ mode: 'development', seedDemo: false });
    expect(loadConfig({ NODE_ENV: 'production', SECURE_COOKIES: 'false' }).secureCookies).toBe(false);
  });
});

describe.each(DIALECTS)('production start on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const verdict = (o: { mode: 'production' | 'development'; demoAsked?: boolean }) =>
    productionStartVerdict(env.handle.db, {
      demoAsked: false,
      secureCookies: true,
      published: PUBLISHED_PASSWORDS,
      ...o,
    });

  it('a production server sets Secure cookies and shows no demo sign-ins', async () => {
    const app = await buildApp({
      config: { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), trustProxy: false },
      handle: env.handle,
      serveWeb: false,
    });
    try {
      const options = await app.inject({ method: 'GET', url: '/api/auth/options' });
      expect(options.json().data).toMatchObject({ demo: false, production: true });
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'Seatwise2026' },
      });
      expect(login.statusCode).toBe(200);
      expect(String(login.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    } finally {
      await app.close();
    }
  });

  it('refuses to start in production while accounts have the demo password, naming them', async () => {
    const v = await verdict({ mode: 'production' });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem).toMatch(/demo password.*admin/s);
    expect((await verdict({ mode: 'development' })).ok).toBe(true);
  });

  it('starts as a demo server only when the demo was asked for, and says so', async () => {
    const v = await verdict({ mode: 'production', demoAsked: true });
    expect(v).toMatchObject({ ok: true, warnings: [expect.stringMatching(/DEMO SERVER/)] });
  });

  it('the demo password no longer signs in as an account reset from the CLI, and the new one must be changed', async () => {
    const { initialPassword } = await resetPasswordByUsername(env.handle.db, 'admin');
    expect((await env.anonymous.post('/api/auth/login', { username: 'admin', password: 'Seatwise2026' })).status).toBe(
      401,
    );
    const admin = await env.as('admin', initialPassword);
    expect(admin.me.mustChangePassword).toBe(true);
    const blocked = await admin.get('/api/users');
    expect([blocked.status, blocked.body.errorCode]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
  });

  it('once every enabled account has its own password, production starts', async () => {
    const db = env.handle.db;
    const users = await db.selectFrom('users').select('username').where('disabled', '=', 0).execute();
    for (const u of users)
      if (u.username !== 'admin')
        await db.updateTable('users').set({ disabled: 1 }).where('username', '=', u.username).execute();
    expect(await verdict({ mode: 'production' })).toEqual({ ok: true, warnings: [] });
  });

  it('the sign-in page hears whether this is the demo, and the password rule', async () => {
    const res = await env.anonymous.get('/api/auth/options');
    expect(res.body.data).toEqual({ demo: true, production: false, minPasswordLength: 10 });
  });
});
