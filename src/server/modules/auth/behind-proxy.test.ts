import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.js';
import { loadConfig } from '../../config.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';

// Behind a TLS-ending proxy: SECURE_COOKIES=true gives the session cookie Secure (and HSTS is
// sent), TRUST_PROXY makes req.ip the client's, so the sign-in throttle counts clients, not the proxy.

describe('SECURE_COOKIES and TRUST_PROXY', () => {
  it('are off unless set, and parse true/false, a hop count or proxy addresses', () => {
    expect(loadConfig({})).toMatchObject({ secureCookies: false, trustProxy: false });
    expect(loadConfig({ SECURE_COOKIES: 'true', TRUST_PROXY: 'true' })).toMatchObject({
      secureCookies: true,
      trustProxy: true,
    });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16']);
    const hop = loadConfig({ TRUST_PROXY: '1' }).trustProxy as (a: string, i: number) => boolean;
    expect([hop('x', 0), hop('x', 1)]).toEqual([true, false]);
  });
});

describe.each(DIALECTS)('behind a proxy on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let app: App;
  beforeAll(async () => {
    app = await buildApp({
      config: { logLevel: 'silent', secureCookies: true, trustProxy: ['127.0.0.1'], trustedOrigins: [] },
      handle: env.handle,
      serveWeb: false,
    });
    await app.ready();
  });
  afterAll(() => app?.close());

  const login = (forwardedFor: string, password: string, username = 'agent') =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      headers: { 'x-forwarded-for': forwardedFor },
    });

  it('sets a Secure session cookie, clears it Secure, and sends HSTS', async () => {
    const res = await login('198.51.100.9', 'Seatwise2026');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(String(out.headers['set-cookie'])).toMatch(/;\s*Secure/i);
  });

  it('throttles the client named by X-Forwarded-For, not the proxy', async () => {
    for (let i = 0; i < 20; i++)
      expect((await login('203.0.113.20', 'Spring2031!', `someone${i}`)).statusCode).toBe(401);
    expect((await login('203.0.113.20', 'Seatwise2026')).statusCode).toBe(429);
    expect((await login('203.0.113.21', 'Seatwise2026')).statusCode).toBe(200);
  });
});
