import type { Db } from '../../db/connect.js';
import { nowIso } from '../../lib/clock.js';

export const findUserByUsername = (db: Db, username: string) =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

export const findUserById = (db: Db, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

/** Counts a failure atomically, so parallel guesses cannot slip under the lock threshold. */
export const countFailedLogin = (db: Db, id: string) =>
  db
    .updateTable('users')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1), updated_at: nowIso() }))
    .where('id', '=', id)
    .returning('failed_attempts')
    .executeTakeFirstOrThrow();

export const lockUser = (db: Db, id: string, until: string) =>
  db.updateTable('users').set({ locked_until: until, failed_attempts: 0 }).where('id', '=', id).execute();

export const clearFailedLogins = (db: Db, id: string) =>
  db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();

export const setPasswordHash = (db: Db, id: string, hash: string, mustChange: boolean) =>
  db
    .updateTable('users')
    .set({ password_hash: hash, must_change_password: mustChange ? 1 : 0, failed_attempts: 0, locked_until: null, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();

export const setLocale = (db: Db, id: string, locale: string) =>
  db.updateTable('users').set({ locale, updated_at: nowIso() }).where('id', '=', id).execute();
