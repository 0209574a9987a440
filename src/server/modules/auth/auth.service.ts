import { PERMISSIONS, hasPermission, type Permission } from '../../../common/permissions.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, badRequest, ruleBroken } from '../../lib/errors.js';
import { burnVerify, hashPassword, verifyPassword } from '../../lib/passwords.js';
import { createSession, endSession, endUserSessions, forgetUser } from '../../lib/sessions.js';
import { getSetting } from '../../lib/settings.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { isPublishedPassword } from '../../lib/security-production.js';
import * as repo from './auth.repo.js';
import { secondStep, totpInvalid } from './totp.service.js';
import type { MeDto } from './auth.schema.js';

const invalid = () => new AppError(401, 'INVALID_CREDENTIALS', 'Wrong username or password');

/** Who asks to sign in, for the audit log: the client's address (req.ip, behind TRUST_PROXY). */
export interface SignInContext {
  ip: string;
}

// Why a sign-in was refused, in the audit log (never the password; the client gets one answer).
export type SignInFailure =
  'UNKNOWN_USER' | 'LOCKED' | 'WRONG_PASSWORD' | 'DISABLED' | 'LOCKED_DURING_CHECK' | 'TOTP_INVALID';

/** A session, or: the password was right and the account's second step wants its code. */
export type SignInResult = Awaited<ReturnType<typeof createSession>> | { totpRequired: true };

// Sign-in (settings auth.*): every attempt is counted before its password is checked, so parallel
// guesses cannot all slip under the limit; the attempt that reaches auth.lockAfterFailures locks
// the account for auth.lockMinutes, doubled with each further lock up to auth.lockMaxMinutes, and
// an administrator can unlock it. A locked account, an unknown user and a wrong password all get
// the same answer after the same work (one password verification), so none tells which
// usernames exist; a right password during a lock is refused and leaves the lock alone.
// Each refusal and each success is in the audit log with its reason code.
export async function login(
  db: Db,
  username: string,
  password: string,
  ctx: SignInContext,
  code?: string,
): Promise<SignInResult> {
  const user = await repo.findUserByUsername(db, username);
  // What was typed as an unknown username is not kept: it is often a password in the wrong box.
  if (!user) return refuse(db, null, 'UNKNOWN_USER', ctx, password);
  // machine time: locks and sessions run on real time, so moving business time (tests, what-ifs)
  // neither unlocks an account nor signs anyone out.
  const realNow = Date.now(); // machine time (see above)
  const now = new Date(realNow).toISOString();
  const attempt = await repo.countAttempt(db, user.id, now);
  if (!attempt) return refuse(db, user, 'LOCKED', ctx, password);
  const lockAfter = await getSetting(db, 'auth.lockAfterFailures');
  // More attempts in flight than the limit allows: this one is over it, unchecked.
  if (attempt.failed_attempts > lockAfter) {
    await lock(db, user.id, attempt.failed_attempts, attempt.lock_count, realNow);
    return refuse(db, user, 'LOCKED', ctx, password);
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    if (attempt.failed_attempts >= lockAfter)
      await lock(db, user.id, attempt.failed_attempts, attempt.lock_count, realNow);
    await auditFailure(db, user, 'WRONG_PASSWORD', ctx);
    throw invalid();
  }
  if (user.disabled) {
    await auditFailure(db, user, 'DISABLED', ctx);
    throw new AppError(403, 'ACCOUNT_DISABLED', 'This account is disabled; ask an administrator');
  }
  // The second step (totp.service.ts): the right password alone does not forgive the failures,
  // so the code cannot be guessed between password sign-ins; a wrong code counts like a wrong password.
  const second = await secondStep(db, user.id, code);
  if (second === 'missing') return { totpRequired: true };
  if (second === 'wrong') {
    if (attempt.failed_attempts >= lockAfter)
      await lock(db, user.id, attempt.failed_attempts, attempt.lock_count, realNow);
    await auditFailure(db, user, 'TOTP_INVALID', ctx);
    throw totpInvalid();
  }
  // A lock that parallel guesses set while this password was being checked holds.
  if (!(await repo.clearFailedLogins(db, user.id, now))) {
    await auditFailure(db, user, 'LOCKED_DURING_CHECK', ctx);
    throw invalid();
  }
  const session = await createSession(db, user.id);
  await recordAudit(
    db,
    { userId: user.id, name: user.display_name },
    { action: 'login', entity: 'user', entityId: user.id, newValue: { ip: ctx.ip } },
  );
  return session;
}

type UserRow = { id: string; username: string };

const auditFailure = (db: Db, user: UserRow | null, reason: SignInFailure, ctx: SignInContext) =>
  recordAudit(db, null, {
    action: 'login_failed',
    entity: 'user',
    entityId: user?.id ?? '-',
    newValue: { ...(user ? { username: user.username } : {}), ip: ctx.ip },
    reason,
  });

async function refuse(
  db: Db,
  user: UserRow | null,
  reason: SignInFailure,
  ctx: SignInContext,
  password: string,
): Promise<never> {
  await Promise.all([burnVerify(password), auditFailure(db, user, reason, ctx)]);
  throw invalid();
}

/** Signing out, in the audit log. */
export async function logout(db: Db, actor: Actor, ctx: SignInContext) {
  await endSession(db, actor.sessionId);
  await recordAudit(db, actor, { action: 'logout', entity: 'user', entityId: actor.userId, newValue: { ip: ctx.ip } });
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
    action: 'lock',
    entity: 'user',
    entityId: userId,
    newValue: { locked_until: until },
    reason: `${failures} failed sign-ins`,
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

// A new password (settings auth.minPasswordLength): not one of the commonest (common-passwords.ts)
// nor, in production, the demo's published one; long enough, letters and digits, and not
// containing the username. Each refusal has its own code, translated in the web app.
export async function checkPasswordStrength(db: Db, password: string, username: string, field = 'newPassword') {
  const min = await getSetting(db, 'auth.minPasswordLength');
  if (COMMON_PASSWORDS.has(password.toLowerCase()) || isPublishedPassword(password)) {
    throw new AppError(400, 'PASSWORD_TOO_COMMON', 'This is one of the most common passwords; choose another', field);
  }
  if (password.length < min)
    throw new AppError(400, 'PASSWORD_TOO_SHORT', `The password needs at least ${min} characters`, field, { min });
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    throw badRequest('PASSWORD_TOO_WEAK', 'The password needs both letters and digits', field);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw badRequest('PASSWORD_CONTAINS_USERNAME', 'The password may not contain the username', field);
  }
}

export async function changePassword(db: Db, actor: Actor, current: string, next: string) {
  const user = await repo.findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw badRequest('WRONG_PASSWORD', 'The current password is wrong', 'currentPassword');
  }
  if (current === next)
    throw ruleBroken('PASSWORD_UNCHANGED', 'The new password must differ from the current one', 'newPassword');
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
