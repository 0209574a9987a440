import { SECOND_STEP_ROLES, type Role } from '../../../common/roles.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { nowMs } from '../../lib/clock.js';
import { AppError, notFound } from '../../lib/errors.js';
import { base32Decode, matchStep, newSecret, otpauthUri } from '../../lib/security-totp.js';
import * as repo from './totp.repo.js';

// The optional second sign-in step (issue 25) for the accounts that hold the most personal data:
// administrators and HR. A user sets it up (a secret shown as text and an otpauth:// link), confirms
// it with a code, and from then on signs in with password and code. A lost phone is recovered by
// an administrator resetting it (or resetting the password, or `seatwise reset-password`).
// Codes are checked against the one clock (lib/clock.ts).

export const mayUseTotp = (roles: readonly Role[]) => roles.some((r) => SECOND_STEP_ROLES.includes(r));

export const totpInvalid = () => new AppError(401, 'TOTP_INVALID', 'The code is wrong or has expired', 'code');

export async function totpStatus(db: Db, actor: Actor) {
  const row = await repo.findTotp(db, actor.userId);
  return { allowed: mayUseTotp(actor.roles), enabled: !!row?.enabled_at, enabledAt: row?.enabled_at ?? null };
}

/** A new secret to scan; confirming a code from it turns the second step on. */
export async function startEnrolment(db: Db, actor: Actor) {
  if (!mayUseTotp(actor.roles))
    throw new AppError(403, 'TOTP_NOT_ALLOWED', 'The second sign-in step is for administrators and HR');
  const row = await repo.findTotp(db, actor.userId);
  if (row?.enabled_at)
    throw new AppError(409, 'TOTP_ALREADY_ON', 'The second sign-in step is already on; an administrator can reset it');
  const secret = newSecret();
  await repo.putPending(db, actor.userId, secret);
  return { secret, otpauthUri: otpauthUri(secret, actor.username) };
}

export async function confirmEnrolment(db: Db, actor: Actor, code: string) {
  const row = await repo.findTotp(db, actor.userId);
  if (row?.enabled_at) throw new AppError(409, 'TOTP_ALREADY_ON', 'The second sign-in step is already on');
  if (!row?.pending_secret) throw new AppError(409, 'TOTP_NOT_STARTED', 'Start the set-up first');
  const step = matchStep(base32Decode(row.pending_secret), code, nowMs());
  if (step === null) throw totpInvalid();
  await db.transaction().execute(async (trx) => {
    await repo.enable(trx, actor.userId, row.pending_secret!, step);
    await recordAudit(trx, actor, { action: 'totp_enable', entity: 'user', entityId: actor.userId });
  });
}

/** Whether this user signs in with a code, and checks it when given. */
export async function secondStep(
  db: Db,
  userId: string,
  code: string | undefined,
): Promise<'not_enrolled' | 'missing' | 'wrong' | 'ok'> {
  const row = await repo.findTotp(db, userId);
  if (!row?.enabled_at || !row.secret) return 'not_enrolled';
  if (!code) return 'missing';
  const step = matchStep(base32Decode(row.secret), code, nowMs());
  if (step === null || !(await repo.takeStep(db, userId, step))) return 'wrong';
  return 'ok';
}

/** The administrator's recovery: the user signs in with the password alone and may set it up again. */
export async function resetTotp(db: Db, actor: Actor | null, userId: string, reason?: string) {
  const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound('User');
  await db.transaction().execute(async (trx) => {
    const res = await repo.remove(trx, userId);
    if (Number(res.numDeletedRows) > 0) {
      await recordAudit(trx, actor, { action: 'totp_reset', entity: 'user', entityId: userId, reason: reason ?? null });
    }
  });
}
