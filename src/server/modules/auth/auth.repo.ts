import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { nowIso } from '../../lib/clock.js';

export const findUserByUsername = (db: Db, username: string) =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

export const findUserById = (db: Db, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

// Sign-in locks compare stored instants as text ('YYYY-MM-DDTHH:mm:ss.sssZ' sorts as time on
// both engines); `now` is the machine's time, passed in by the service.
const unlockedAt = (now: string) => (eb: ExpressionBuilder<Database, 'users'>) =>
  eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]);

/**
 * Counts an attempt before its password is checked, in one statement, so parallel guesses each
 * take their own number. Undefined while the account is locked: nothing is counted then.
 */
export const countAttempt = (db: Db, id: string, now: string) =>
  db
    .updateTable('users')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('id', '=', id)
    .where(unlockedAt(now))
    .returning(['failed_attempts', 'lock_count'])
    .executeTakeFirst();

/** Locks the account unless it already is; true for the one request that locked it. */
export async function lockUser(db: Db, id: string, now: string, until: string) {
  const res = await db
    .updateTable('users')
    .set((eb) => ({
      locked_until: until,
      failed_attempts: 0,
      lock_count: eb('lock_count', '+', 1),
      updated_at: nowIso(),
    }))
    .where('id', '=', id)
    .where(unlockedAt(now))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A good sign-in forgets the failures, unless a lock came first: then false, and nothing changes. */
export async function clearFailedLogins(db: Db, id: string, now: string) {
  const res = await db
    .updateTable('users')
    .set({ failed_attempts: 0, locked_until: null, lock_count: 0 })
    .where('id', '=', id)
    .where(unlockedAt(now))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const setPasswordHash = (db: Db, id: string, hash: string, mustChange: boolean) =>
  db
    .updateTable('users')
    .set({
      password_hash: hash,
      must_change_password: mustChange ? 1 : 0,
      failed_attempts: 0,
      locked_until: null,
      lock_count: 0,
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();

export const setLocale = (db: Db, id: string, locale: string) =>
  db.updateTable('users').set({ locale, updated_at: nowIso() }).where('id', '=', id).execute();
