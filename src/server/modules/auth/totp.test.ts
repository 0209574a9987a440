import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { base32Decode, base32Encode, hotp, matchStep, otpauthUri, totp } from '../../lib/security-totp.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { expectError, userIdOf } from '../../test/helpers.js';

const RFC_KEY = Buffer.from('12345678901234567890');

describe('TOTP (RFC 6238, SHA-1, 30 s)', () => {
  it('gives RFC 4226 appendix D codes', () => {
    expect(Array.from({ length: 10 }, (_, i) => hotp(RFC_KEY, i))).toEqual([
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ]);
  });

  it('gives RFC 6238 appendix B codes (SHA-1, 8 digits)', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [t, code] of vectors) expect(totp(RFC_KEY, t * 1000, 8)).toBe(code);
  });

  it('accepts a code one step either side (a drifting phone) and no further', () => {
    const at = 1_800_000_000_000;
    expect(matchStep(RFC_KEY, totp(RFC_KEY, at - 30_000), at)).not.toBeNull();
    expect(matchStep(RFC_KEY, totp(RFC_KEY, at + 30_000), at)).not.toBeNull();
    expect(matchStep(RFC_KEY, totp(RFC_KEY, at - 90_000), at)).toBeNull();
    expect(matchStep(RFC_KEY, 'abcdef', at)).toBeNull();
  });

  it('round-trips base32 and writes the otpauth link apps read', () => {
    expect(base32Encode(RFC_KEY)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_KEY);
    expect(otpauthUri('ABC', 'hr')).toBe(
      'otpauth://totp/Seatwise%3Ahr?secret=ABC&issuer=Seatwise&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe.each(DIALECTS)('second sign-in step on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let at = Date.parse('2026-12-01T02:00:00Z');
  beforeAll(() => setClock(at));
  afterAll(() => setClock());
  const tick = () => {
    at += 60_000;
    setClock(at);
  };
  let secret = '';
  const code = () => totp(base32Decode(secret), at);
  const login = (body: Record<string, string>) =>
    env.anonymous.post('/api/auth/login', { username: 'hr', password: 'Seatwise2026', ...body });

  it('is offered to administrators and HR only', async () => {
    const agent = await env.as('agent');
    expect((await agent.get('/api/auth/totp')).body.data).toEqual({ allowed: false, enabled: false, enabledAt: null });
    expectError(await agent.post('/api/auth/totp/enrol'), 403, 'TOTP_NOT_ALLOWED');
  });

  it('is set up with a secret and confirmed by a code; a wrong code leaves it off', async () => {
    const hr = await env.as('hr');
    const res = await hr.post('/api/auth/totp/enrol');
    expect(res.status).toBe(200);
    secret = res.body.data.secret;
    expect(res.body.data.otpauthUri).toContain(`secret=${secret}`);
    expectError(
      await hr.post('/api/auth/totp/confirm', { code: '000000' === code() ? '111111' : '000000' }),
      401,
      'TOTP_INVALID',
      'code',
    );
    expect((await hr.get('/api/auth/totp')).body.data.enabled).toBe(false);
    expect((await hr.post('/api/auth/totp/confirm', { code: code() })).status).toBe(200);
    expect((await hr.get('/api/auth/totp')).body.data).toMatchObject({ allowed: true, enabled: true });
    expectError(await hr.post('/api/auth/totp/enrol'), 409, 'TOTP_ALREADY_ON');
    const audit = await env.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'totp_enable')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('then asks for the code after the password, takes it once, and refuses a wrong one', async () => {
    tick();
    expectError(await login({}), 401, 'TOTP_REQUIRED', 'code');
    expectError(await login({ password: 'wrong-pass-1', code: code() }), 401, 'INVALID_CREDENTIALS');
    const ok = await login({ code: code() });
    expect(ok.status).toBe(200);
    expectError(await login({ code: code() }), 401, 'TOTP_INVALID', 'code'); // the same code again
    tick();
    expect((await login({ code: code() })).status).toBe(200);
    const reasons = await env.handle.db
      .selectFrom('audit_log')
      .select('reason')
      .where('action', '=', 'login_failed')
      .execute();
    expect(reasons.map((r) => r.reason)).toContain('TOTP_INVALID');
  });

  it('locks the account after auth.lockAfterFailures wrong codes, like wrong passwords', async () => {
    tick();
    for (let i = 0; i < 5; i++) await login({ code: String((Number(code()) + 1 + i) % 1_000_000).padStart(6, '0') });
    expectError(await login({ code: code() }), 401, 'INVALID_CREDENTIALS');
    const admin = await env.as('admin');
    expect((await admin.post(`/api/users/${await userIdOf(env.handle.db, 'hr')}/unlock`, {})).status).toBe(200);
  });

  it('an administrator resets it (a lost phone): the password alone signs in again', async () => {
    const admin = await env.as('admin');
    const hrId = await userIdOf(env.handle.db, 'hr');
    expectError(await (await env.as('qa')).post(`/api/users/${hrId}/reset-totp`, {}), 403);
    expect((await admin.get('/api/users?q=hr')).body.data.find((u: { id: string }) => u.id === hrId).secondStep).toBe(
      true,
    );
    expect((await admin.post(`/api/users/${hrId}/reset-totp`, { reason: 'lost phone' })).status).toBe(200);
    expect((await admin.get('/api/users?q=hr')).body.data.find((u: { id: string }) => u.id === hrId).secondStep).toBe(
      false,
    );
    expect((await login({})).status).toBe(200);
    const audit = await env.handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'totp_reset').execute();
    expect(audit).toEqual([expect.objectContaining({ entity_id: hrId, reason: 'lost phone' })]);
  });
});
