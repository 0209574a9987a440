import { PERMISSIONS, hasPermission, type Permission } from '../../../common/permissions.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, badRequest, ruleBroken } from '../../lib/errors.js';
import { burnVerify, hashPassword, verifyPassword } from '../../lib/passwords.js';
import { createSession, endUserSessions, forgetUser } from '../../lib/sessions.js';
import { getSetting } from '../../lib/settings.js';
import * as repo from './auth.repo.js';
import type { MeDto } from './auth.schema.js';

const invalid = () => new AppError(401, 'INVALID_CREDENTIALS', 'Wrong username or password');

// Sign-in (settings auth.*): every attempt is counted before its password is checked, so parallel
// guesses cannot all slip under the limit; the attempt that reaches auth.lockAfterFailures locks
// the account for auth.lockMinutes, doubled with each further lock up to auth.lockMaxMinutes, and
// an administrator can unlock it. A locked account, an unknown user and a wrong password all get
// the same answer after the same work (one password verification), so none tells which
// usernames exist; a right password during a lock is refused and leaves the lock alone.
export async function login(db: Db, username: string, password: string) {
  const user = await repo.findUserByUsername(db, username);
  if (!user) return refuse(password);
  // machine time: locks and sessions run on real time, so moving business time (tests, what-ifs)
  // neither unlocks an account nor signs anyone out.
  const realNow = Date.now(); // machine time (see above)
  const now = new Date(realNow).toISOString();
  const attempt = await repo.countAttempt(db, user.id, now);
  if (!attempt) return refuse(password); // locked
  const lockAfter = await getSetting(db, 'auth.lockAfterFailures');
  // More attempts in flight than the limit allows: this one is over it, unchecked.
  if (attempt.failed_attempts > lockAfter) {
    await lock(db, user.id, attempt.failed_attempts, attempt.lock_count, realNow);
    return refuse(password);
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    if (attempt.failed_attempts >= lockAfter) await lock(db, user.id, attempt.failed_attempts, attempt.lock_count, realNow);
    throw invalid();
  }
  if (user.disabled) throw new AppError(403, 'ACCOUNT_DISABLED', 'This account is disabled; ask an administrator');
  // A lock that parallel guesses set while this password was being checked holds.
  if (!(await repo.clearFailedLogins(db, user.id, now))) throw invalid();
  return createSession(db, user.id);
}

async function refuse(password: string): Promise<never> {
  await burnVerify(password);
  throw invalid();
}

/** How long the next lock lasts: auth.lockMinutes, doubled for each lock before it, capped. */
export async function lockMinutes(db: Db, locksBefore: number) {
  const base = await getSetting(db, 'auth.lockMinutes');
  const cap = Math.max(base, await getSetting(db, 'auth.lockMaxMinutes'));
  return Math.min(cap, base * 2 ** Math.min(locksBefore, 30));
}

async function lock(db: Db, userId: string, failures: number, locksBefore: number, realNow: number) {
  const minutes = await lockMinutes(db, locksBefore);
  const until = new Date(realNow + minutes * 60_000).toISOString();
  // Only the request that set the lock records it; the others found it set.
  if (!(await repo.lockUser(db, userId, new Date(realNow).toISOString(), until))) return;
  await recordAudit(db, null, {
    action: 'update', entity: 'user', entityId: userId,
    newValue: { locked_until: until }, reason: `${failures} failed sign-ins`,
  });
}

export function toMe(actor: Actor): MeDto {
  return {
    id: actor.userId,
    username: actor.username,
    name: actor.name,
    roles: actor.roles,
    permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => hasPermission(actor.roles, p)),
    locale: actor.locale === 'en-US' ? 'en-US' : 'zh-CN',
    mustChangePassword: actor.mustChangePassword,
    employeeId: actor.employeeId,
    teamId: actor.teamId,
    departmentId: actor.departmentId,
    csrfToken: actor.csrfToken,
  };
}

export async function checkPasswordStrength(db: Db, password: string, username: string, field = 'newPassword') {
  const min = await getSetting(db, 'auth.minPasswordLength');
  if (password.length < min) throw badRequest('PASSWORD_TOO_SHORT', `The password needs at least ${min} characters`, field);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw badRequest('PASSWORD_TOO_WEAK', 'The password needs both letters and digits', field);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw badRequest('PASSWORD_TOO_WEAK', 'The password may not contain the username', field);
  }
}

export async function changePassword(db: Db, actor: Actor, current: string, next: string) {
  const user = await repo.findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw badRequest('WRONG_PASSWORD', 'The current password is wrong', 'currentPassword');
  }
  if (current === next) throw ruleBroken('PASSWORD_UNCHANGED', 'The new password must differ from the current one', 'newPassword');
  await checkPasswordStrength(db, next, user.username);
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await repo.setPasswordHash(trx, user.id, hash, false);
    await recordAudit(trx, actor, { action: 'password_change', entity: 'user', entityId: user.id });
  });
  // Other sessions of this user end; this one goes on.
  await endUserSessions(db, user.id, actor.sessionId);
}

export async function setPreferences(db: Db, actor: Actor, locale: string) {
  await repo.setLocale(db, actor.userId, locale);
  forgetUser(actor.userId);
}
