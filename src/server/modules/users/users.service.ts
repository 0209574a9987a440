import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/connect.js';
import { isUniqueViolation, type DialectName } from '../../db/portable.js';
import type { Actor } from '../../lib/actor.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/clock.js';
import { hashPassword } from '../../lib/passwords.js';
import { endUserSessions, forgetUser } from '../../lib/sessions.js';
import { checkPasswordStrength } from '../auth/auth.service.js';
import { resetTotp } from '../auth/totp.service.js';
import * as repo from './users.repo.js';
import type { UserCreate, UserListQuery, UserPatch } from './users.schema.js';

// Accounts and roles: the administrator's work (SPEC §1). Initial and reset passwords must be
// changed at the next sign-in; the administrator never learns the password the user chooses.

/** Readable, with no 0/O or 1/l to misread when it is read out over the phone. */
export function makeInitialPassword() {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  let s = '';
  for (let i = 0; i < 8; i++) s += letters[randomInt(letters.length)];
  for (let i = 0; i < 4; i++) s += digits[randomInt(digits.length)];
  return s;
}

export async function listUsers(db: Db, dialect: DialectName, query: z.infer<typeof UserListQuery>) {
  const { rows, roles, total } = await repo.listUsers(db, dialect, query);
  const byUser = new Map<string, Role[]>();
  for (const r of roles) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.role as Role]);
  return {
    total,
    items: rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      roles: (byUser.get(u.id) ?? []).sort(),
      employeeId: u.employee_id,
      employeeNo: u.employee_no ?? null,
      locale: u.locale as 'zh-CN' | 'en-US',
      mustChangePassword: u.must_change_password === 1,
      disabled: u.disabled === 1,
      secondStep: !!u.totp_enabled_at,
      lockedUntil:
        u.locked_until &&
        Date.parse(u.locked_until) > Date.now() /* machine time: sign-in locks run on real time, like sessions */
          ? u.locked_until
          : null,
      createdAt: u.created_at,
    })),
  };
}

async function checkEmployee(db: Db, employeeId: string | null | undefined) {
  if (employeeId && !(await repo.employeeExists(db, employeeId)))
    throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such employee', 'employeeId');
}

const uniqueUser = async <T>(work: () => Promise<T>) => {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict('DUPLICATE_USER', 'This username is taken, or the employee already has an account', 'username');
    throw err;
  }
};

export async function createUser(
  db: Db,
  actor: Actor | null,
  input: z.infer<typeof UserCreate>,
  opts: { mustChange?: boolean } = {},
) {
  await checkEmployee(db, input.employeeId);
  const password = input.password ?? makeInitialPassword();
  if (input.password) await checkPasswordStrength(db, password, input.username, 'password');
  const at = nowIso();
  const id = newId();
  const row = {
    id,
    username: input.username,
    password_hash: await hashPassword(password),
    employee_id: input.employeeId ?? null,
    display_name: input.displayName,
    locale: 'zh-CN',
    must_change_password: opts.mustChange === false ? 0 : 1,
    failed_attempts: 0,
    locked_until: null,
    disabled: 0,
    created_at: at,
    updated_at: at,
  };
  await uniqueUser(() =>
    db.transaction().execute(async (trx) => {
      await repo.insertUser(trx, row);
      await repo.replaceRoles(trx, id, input.roles);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'user',
        entityId: id,
        newValue: {
          username: input.username,
          displayName: input.displayName,
          roles: input.roles,
          employeeId: row.employee_id,
        },
      });
    }),
  );
  return { id, initialPassword: password };
}

export async function updateUser(db: Db, actor: Actor, id: string, patch: z.infer<typeof UserPatch>) {
  const before = await repo.findUser(db, id);
  if (!before) throw notFound('User');
  if (id === actor.userId && (patch.disabled === true || (patch.roles && !patch.roles.includes('admin')))) {
    throw ruleBroken('CANNOT_LOCK_OUT_SELF', 'You cannot disable yourself or drop your own administrator role');
  }
  await checkEmployee(db, patch.employeeId);
  const beforeRoles = await repo.rolesOf(db, id);
  const set: Record<string, unknown> = {};
  if (patch.displayName !== undefined) set.display_name = patch.displayName;
  if (patch.employeeId !== undefined) set.employee_id = patch.employeeId;
  if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
  const { oldValue, newValue } = diff(before as Record<string, unknown>, set);
  const rolesChanged = patch.roles && [...patch.roles].sort().join() !== beforeRoles.join();
  if (rolesChanged) {
    oldValue.roles = beforeRoles;
    newValue.roles = [...patch.roles!].sort();
  }
  if (Object.keys(newValue).length === 0) return;
  await uniqueUser(() =>
    db.transaction().execute(async (trx) => {
      if (Object.keys(set).length) await repo.updateUser(trx, id, { ...set, updated_at: nowIso() });
      if (rolesChanged) await repo.replaceRoles(trx, id, patch.roles!);
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'user',
        entityId: id,
        oldValue,
        newValue,
        reason: patch.reason,
      });
    }),
  );
  if (patch.disabled) await endUserSessions(db, id);
  else forgetUser(id);
}

/** From the command line (no one signed in): the recovery for a lost password or second factor. */
export async function resetPasswordByUsername(db: Db, username: string, password?: string) {
  const user = await repo.findUserByUsername(db, username);
  if (!user) throw notFound('User');
  return resetPassword(db, null, user.id, password);
}

export async function resetPassword(db: Db, actor: Actor | null, id: string, password?: string) {
  const user = await repo.findUser(db, id);
  if (!user) throw notFound('User');
  const next = password ?? makeInitialPassword();
  if (password) await checkPasswordStrength(db, next, user.username, 'password');
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, id, {
      password_hash: hash,
      must_change_password: 1,
      failed_attempts: 0,
      locked_until: null,
      lock_count: 0,
      updated_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'password_reset',
      entity: 'user',
      entityId: id,
      reason: actor ? 'reset by administrator' : 'reset from the command line',
    });
  });
  await endUserSessions(db, id);
  // A reset is also the recovery of a lost second step: the user sets it up again.
  await resetTotp(db, actor, id, 'password reset');
  return { id, initialPassword: next };
}

/** An administrator turns off a user's second sign-in step (a lost phone). */
export const resetSecondStep = (db: Db, actor: Actor, id: string, reason?: string) => resetTotp(db, actor, id, reason);

/** Lifts a sign-in lock at once (a lock otherwise ends by itself after auth.lockMinutes). */
export async function unlockUser(db: Db, actor: Actor, id: string, reason?: string) {
  const user = await repo.findUser(db, id);
  if (!user) throw notFound('User');
  await db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, id, { failed_attempts: 0, locked_until: null, lock_count: 0, updated_at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'unlock',
      entity: 'user',
      entityId: id,
      oldValue: { locked_until: user.locked_until, failed_attempts: user.failed_attempts },
      newValue: { locked_until: null, failed_attempts: 0 },
      reason: reason ?? 'unlocked by administrator',
    });
  });
}

/** When a person leaves (SPEC §2 exits) their account is disabled in the same transaction. */
export async function disableAccountOf(db: Db, actor: Actor, employeeId: string, reason: string) {
  const user = await repo.findUserOfEmployee(db, employeeId);
  if (!user || user.disabled) return;
  await repo.updateUser(db, user.id, { disabled: 1, updated_at: nowIso() });
  await db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  forgetUser(user.id);
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'user',
    entityId: user.id,
    oldValue: { disabled: 0 },
    newValue: { disabled: 1 },
    reason,
  });
}
