import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/clock.js';

// A user's own notices (lib/notify.ts writes them). Nobody reads or marks another's.

const toDto = (r: {
  id: string;
  kind: string;
  params: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}) => ({
  id: r.id,
  kind: r.kind,
  params: JSON.parse(r.params) as Record<string, string | number>,
  link: r.link,
  createdAt: r.created_at,
  readAt: r.read_at,
});

export async function listMine(db: Db, actor: Actor, q: { unread: boolean; page: number; pageSize: number }) {
  let base = db.selectFrom('notifications').where('user_id', '=', actor.userId);
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
  return { data: rows.map(toDto), total: Number(total.n) };
}

export async function unreadCount(db: Db, actor: Actor) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Db, actor: Actor, id: string) {
  const row = await db
    .selectFrom('notifications')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw notFound('Notification');
  if (!row.read_at) await db.updateTable('notifications').set({ read_at: nowIso() }).where('id', '=', id).execute();
}

export async function markAllRead(db: Db, actor: Actor) {
  const res = await db
    .updateTable('notifications')
    .set({ read_at: nowIso() })
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
