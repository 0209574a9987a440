import type { Db } from '../../db/connect.js';

// Kysely queries for a user's own notices (lib/notify.ts writes them).

export async function listOf(db: Db, userId: string, q: { unread: boolean; page: number; pageSize: number }) {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (q.unread) base = base.where('read_at', 'is', null);
  const [rows, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function unreadCountOf(db: Db, userId: string) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One notice of this user (another's answers as none). */
export const findOwn = (db: Db, userId: string, id: string) =>
  db
    .selectFrom('notifications')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export const setRead = (db: Db, id: string, at: string) =>
  db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).execute();

/** Marks every unread notice of the user read; how many were. */
export async function setAllRead(db: Db, userId: string, at: string) {
  const res = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
