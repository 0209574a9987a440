import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/clock.js';
import * as repo from './notifications.repo.js';

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
  const { rows, total } = await repo.listOf(db, actor.userId, q);
  return { data: rows.map(toDto), total };
}

export const unreadCount = (db: Db, actor: Actor) => repo.unreadCountOf(db, actor.userId);

export async function markRead(db: Db, actor: Actor, id: string) {
  const row = await repo.findOwn(db, actor.userId, id);
  if (!row) throw notFound('Notification');
  if (!row.read_at) await repo.setRead(db, id, nowIso());
}

export const markAllRead = (db: Db, actor: Actor) => repo.setAllRead(db, actor.userId, nowIso());
