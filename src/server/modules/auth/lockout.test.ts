import { afterEach, describe, expect, it, vi } from 'vitest';
import { DIALECTS, useTestEnv, type TestEnv } from '../../test/harness.js';
import { putSetting, SETTING_DEFAULTS } from '../../lib/settings.js';
import { userIdOf } from '../../test/helpers.js';

// Sign-in locks (auth.service.ts): counted before the password is checked, so parallel guesses
// cannot slip under the limit; the same answer as a wrong password; a time window that doubles
// per further lock; an administrator's unlock. Locks run on machine time, so these tests move
// the machine's Date (and only Date: timers and argon2 keep running).

const MINUTE = 60_000;

/** One sign-in from its own address, as a botnet would (the per-address throttle stays out of it). */
let address = 0;
async function login(env: TestEnv, username: string, password: string) {
  address++;
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
  });
  return { status: res.statusCode, body: res.json() };
}

const lockOf = (env: TestEnv, username: string) =>
  env.handle.db
    .selectFrom('users')
    .select(['locked_until', 'failed_attempts', 'lock_count'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();

const lockAudits = async (env: TestEnv, username: string) =>
  env.handle.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', 'user')
    .where('entity_id', '=', await userIdOf(env.handle.db, username))
    .where('reason', 'like', '%failed sign-ins')
    .execute();

describe.each(DIALECTS)('sign-in locks on $name', (dialect) => {
  const env = useTestEnv(dialect);

  afterEach(async () => {
    vi.useRealTimers();
    for (const key of ['auth.lockAfterFailures', 'auth.lockMinutes', 'auth.lockMaxMinutes'] as const) {
      await putSetting(env.handle.db, key, SETTING_DEFAULTS[key], null);
    }
  });

  it('locks an account under 50 parallel wrong guesses, once, and refuses the right password while locked', async () => {
    const before = Date.now();
    const guesses = await Promise.all(Array.from({ length: 50 }, (_, i) => login(env, 'trainer', `wrong-guess-${i}`)));
    const unknown = await login(env, 'nobody-here', 'wrong-guess');
    for (const g of guesses) {
      expect(g.status).toBe(401);
      expect(g.body).toEqual(unknown.body); // a lock says nothing an unknown user would not
    }
    const locked = await lockOf(env, 'trainer');
    expect(Date.parse(locked.locked_until!)).toBeGreaterThanOrEqual(before + 15 * MINUTE);
    expect(locked.lock_count).toBe(1);
    expect(await lockAudits(env, 'trainer')).toHaveLength(1);

    const right = await login(env, 'trainer', 'Seatwise2026');
    expect(right.status).toBe(401);
    expect(right.body).toEqual(unknown.body);
    expect(await lockOf(env, 'trainer')).toEqual(locked); // the right password did not clear the lock
  });

  it('refuses the right password sent among parallel guesses once they have locked the account', async () => {
    const all = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => login(env, 'mentor', `wrong-guess-${i}`)),
      login(env, 'mentor', 'Seatwise2026'),
    ]);
    const right = all.at(-1)!;
    const state = await lockOf(env, 'mentor');
    if (right.status === 200) {
      // Signed in within the first five attempts: then it counted, and the guesses after it locked.
      expect(state.locked_until).not.toBeNull();
    } else {
      expect(right.status).toBe(401);
      expect(state.locked_until).not.toBeNull();
    }
    expect((await login(env, 'mentor', 'Seatwise2026')).status).toBe(401);
  });

  it('ends a lock after auth.lockMinutes, doubles each further lock up to auth.lockMaxMinutes, and starts over after a good sign-in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.parse('2031-03-03T01:00:00Z');
    vi.setSystemTime(t0);
    await putSetting(env.handle.db, 'auth.lockAfterFailures', 2, null);
    await putSetting(env.handle.db, 'auth.lockMaxMinutes', 40, null);
    const lockNow = async () => {
      for (let i = 0; i < 2; i++) expect((await login(env, 'teamlead', 'bad-guess')).status).toBe(401);
      return Date.parse((await lockOf(env, 'teamlead')).locked_until!) - Date.now();
    };

    expect(await lockNow()).toBe(15 * MINUTE);
    vi.setSystemTime(t0 + 15 * MINUTE - 1_000);
    expect((await login(env, 'teamlead', 'Seatwise2026')).status).toBe(401); // a second before the end
    vi.setSystemTime(t0 + 15 * MINUTE);
    expect(await lockNow()).toBe(30 * MINUTE); // the second lock in a row lasts twice as long
    vi.setSystemTime(t0 + 45 * MINUTE);
    expect(await lockNow()).toBe(40 * MINUTE); // the third would be 60, capped at 40
    vi.setSystemTime(t0 + 85 * MINUTE);
    expect((await login(env, 'teamlead', 'Seatwise2026')).status).toBe(200);
    expect(await lockOf(env, 'teamlead')).toMatchObject({ locked_until: null, failed_attempts: 0, lock_count: 0 });
    expect(await lockNow()).toBe(15 * MINUTE); // a good sign-in starts the doubling over
    expect(await lockAudits(env, 'teamlead')).toHaveLength(4);
  });

  it('lets an administrator unlock an account at once, with the reason in the audit log', async () => {
    for (let i = 0; i < 5; i++) await login(env, 'manager', 'bad-guess');
    expect((await lockOf(env, 'manager')).locked_until).not.toBeNull();
    const admin = await env.as('admin');
    const id = await userIdOf(env.handle.db, 'manager');
    const listed = await admin.get('/api/users?q=manager');
    expect(listed.body.data[0].lockedUntil).not.toBeNull();

    const res = await admin.post(`/api/users/${id}/unlock`, { reason: '本人来电确认' });
    expect(res.status, res.raw).toBe(200);
    expect(await lockOf(env, 'manager')).toMatchObject({ locked_until: null, failed_attempts: 0, lock_count: 0 });
    const entry = await env.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', id)
      .where('reason', '=', '本人来电确认')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'unlock', actor_user_id: await userIdOf(env.handle.db, 'admin') });
    expect((await login(env, 'manager', 'Seatwise2026')).status).toBe(200);

    const qa = await env.as('qa');
    expect((await qa.post(`/api/users/${id}/unlock`, {})).status).toBe(403);
    expect((await admin.post('/api/users/no-such-user/unlock', {})).status).toBe(404);
  });
});
