import type { Db } from '../../db/connect.js';
import { nowIso } from '../../lib/clock.js';

export const findTotp = (db: Db, userId: string) =>
  db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();

/** Starts (or restarts) a set-up; an enabled second step is left as it is. */
export const putPending = (db: Db, userId: string, secret: string) =>
  db
    .insertInto('user_totp')
    .values({
      user_id: userId,
      secret: null,
      pending_secret: secret,
      enabled_at: null,
      last_step: null,
      updated_at: nowIso(),
    })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ pending_secret: secret, updated_at: nowIso() })
        .where('user_totp.enabled_at', 'is', null),
    )
    .execute();

export const enable = (db: Db, userId: string, secret: string, step: number) =>
  db
    .updateTable('user_totp')
    .set({ secret, pending_secret: null, enabled_at: nowIso(), last_step: step, updated_at: nowIso() })
    .where('user_id', '=', userId)
    .where('enabled_at', 'is', null)
    .executeTakeFirst();

/**
 * Takes a code's step if it is later than the last one used, in one statement: two sign-ins
 * racing with the same code cannot both pass. True when this request took it.
 */
export async function takeStep(db: Db, userId: string, step: number) {
  const res = await db
    .updateTable('user_totp')
    .set({ last_step: step, updated_at: nowIso() })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const remove = (db: Db, userId: string) =>
  db.deleteFrom('user_totp').where('user_id', '=', userId).executeTakeFirst();
