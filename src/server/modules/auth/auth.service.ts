import { setTimeout as sleep } from 'node:timers/promises';
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

// Sign-in: a few wrong passwords are answered more and more slowly, then the account is locked
// for a while (settings auth.*). The same answer for an unknown user and a wrong password.
export async function login(db: Db, username: string, password: string) {
  const user = await repo.findUserByUsername(db, username);
  if (!user) {
    await burnVerify(password);
    throw invalid();
  }
  // machine time: locks and sessions run on real time, so moving business time (tests, what-ifs)
  // neither unlocks an account nor signs anyone out.
  const realNow = Date.now(); // machine time (see above)
  if (user.locked_until && Date.parse(user.locked_until) > realNow) {
    const minutes = Math.ceil((Date.parse(user.locked_until) - realNow) / 60_000);
    throw new AppError(429, 'ACCOUNT_LOCKED', `Too many failed sign-ins; try again in ${minutes} min`);
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const { failed_attempts: failures } = await repo.countFailedLogin(db, user.id);
    const lockAfter = await getSetting(db, 'auth.lockAfterFailures');
    if (failures >= lockAfter) {
      const minutes = await getSetting(db, 'auth.lockMinutes');
      const until = new Date(realNow + minutes * 60_000).toISOString();
      await repo.lockUser(db, user.id, until);
      await recordAudit(db, null, {
        action: 'update', entity: 'user', entityId: user.id,
        newValue: { locked_until: until }, reason: `${failures} failed sign-ins`,
      });
      throw new AppError(429, 'ACCOUNT_LOCKED', `Too many failed sign-ins; try again in ${minutes} min`);
    }
    const slowAfter = await getSetting(db, 'auth.slowAfterFailures');
    if (failures >= slowAfter) await sleep((await getSetting(db, 'auth.slowDelayMs')) * (failures - slowAfter + 1));
    throw invalid();
  }
  if (user.disabled) throw new AppError(403, 'ACCOUNT_DISABLED', 'This account is disabled; ask an administrator');
  if (user.failed_attempts > 0 || user.locked_until) await repo.clearFailedLogins(db, user.id);
  return createSession(db, user.id);
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
