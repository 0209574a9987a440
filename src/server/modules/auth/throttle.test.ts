import { afterEach, describe, expect, it, vi } from 'vitest';
import { DIALECTS, useTestEnv, type TestEnv } from '../../test/harness.js';

// Per-address throttle (auth.throttle.ts): auth.addressMaxFailures (20) failed password checks
// per auth.addressWindowMinutes (15) from one address, then 429 with Retry-After.

async function login(env: TestEnv, remoteAddress: string, username: string, password: string) {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
  return { status: res.statusCode, body: res.json(), retryAfter: res.headers['retry-after'] };
}

describe.each(DIALECTS)('sign-in throttle per address on $name', (dialect) => {
  const env = useTestEnv(dialect);
  afterEach(() => vi.useRealTimers());

  it('throttles spraying one password over 30 accounts from one address, and only that address, for the window', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.parse('2031-05-05T02:00:00Z');
    vi.setSystemTime(t0);
    const accounts = [
      'admin',
      'hr',
      'training',
      'trainer',
      'mentor',
      'teamlead',
      'qa',
      'manager',
      'agent',
      'trainee',
      ...Array.from({ length: 20 }, (_, i) => `staff${i}`),
    ];
    // In parallel, as a sprayer would: each attempt is counted before its password is checked.
    const answers = await Promise.all(accounts.map((u) => login(env, '203.0.113.7', u, 'Spring2031!')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const throttled = answers.find((a) => a.status === 429)!;
    expect(throttled.body).toMatchObject({ success: false, errorCode: 'SIGN_IN_THROTTLED', params: { seconds: 900 } });
    expect(throttled.retryAfter).toBe('900');

    // The right password from that address waits too; another address is not affected.
    expect((await login(env, '203.0.113.7', 'agent', 'Seatwise2026')).status).toBe(429);
    expect((await login(env, '198.51.100.2', 'agent', 'Seatwise2026')).status).toBe(200);

    vi.setSystemTime(t0 + 10 * 60_000);
    expect((await login(env, '203.0.113.7', 'agent', 'Seatwise2026')).retryAfter).toBe('300');
    vi.setSystemTime(t0 + 15 * 60_000);
    expect((await login(env, '203.0.113.7', 'agent', 'Seatwise2026')).status).toBe(200);
  });

  it('does not count good sign-ins: many people behind one address sign in all day', async () => {
    for (let i = 0; i < 30; i++)
      expect((await login(env, '192.0.2.50', i % 2 ? 'qa' : 'hr', 'Seatwise2026')).status).toBe(200);
    expect((await login(env, '192.0.2.50', 'hr', 'wrong-password')).status).toBe(401);
  });

  it('counts wrong current passwords on a password change against the address too', async () => {
    const trainee = await env.as('trainee');
    const send = (currentPassword: string) =>
      trainee.raw({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword, newPassword: 'Another2031pass' },
        headers: {},
      });
    // env.as signs in from 127.0.0.1, like these requests; the earlier tests used other addresses.
    const codes: string[] = [];
    for (let i = 0; i < 21; i++) codes.push((await send(`not-it-${i}`)).body.errorCode);
    expect(codes.slice(0, 20).every((c) => c === 'WRONG_PASSWORD')).toBe(true);
    expect(codes[20]).toBe('SIGN_IN_THROTTLED');
  });
});
