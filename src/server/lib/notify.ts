import type { Db } from '../db/connect.js';
import { newId } from './ids.js';
import { nowIso } from './clock.js';

// In-app notices (issue 5 item 7; used by every module). One row per recipient user; the text
// is not stored: the web renders i18n key `notifications.kinds.<kind>` with the params, so a
// notice reads in its reader's language. Call it inside the transaction of the change it
// announces, so a refused change announces nothing.

export interface Notice {
  /** Recipients by user account. */
  userIds?: string[];
  /** Recipients by person; resolved to the accounts linked to them (a person without one gets none). */
  employeeIds?: string[];
  kind: string;
  params?: Record<string, string | number>;
  /** A path in the web app, e.g. /evaluation/cases/<id>. */
  link?: string;
  /** Accounts left out (usually the actor: nobody needs telling what they just did). */
  exceptUserIds?: string[];
}

export async function notify(db: Db, notice: Notice): Promise<void> {
  const users = new Set((notice.userIds ?? []).filter(Boolean));
  const employeeIds = [...new Set((notice.employeeIds ?? []).filter(Boolean))];
  if (employeeIds.length) {
    const rows = await db.selectFrom('users').select('id').where('employee_id', 'in', employeeIds).execute();
    for (const r of rows) users.add(r.id);
  }
  for (const id of notice.exceptUserIds ?? []) users.delete(id);
  if (!users.size) return;
  const at = nowIso();
  const params = JSON.stringify(notice.params ?? {});
  await db
    .insertInto('notifications')
    .values(
      [...users].map((userId) => ({
        id: newId(),
        user_id: userId,
        kind: notice.kind,
        params,
        link: notice.link ?? null,
        created_at: at,
        read_at: null,
      })),
    )
    .execute();
}

/** Active accounts holding any of the roles (e.g. every HR account), for notices to a function rather than a person. */
export async function userIdsWithRoles(db: Db, roles: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('u.id')
    .distinct()
    .where('r.role', 'in', roles)
    .where('u.disabled', '=', 0)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The work a notice pointed at is done (issue 26): every unread notice linking to it is marked
 * read, for every recipient, so the bell does not keep asking for what is no longer waiting.
 * Call it in the transaction that does the work, with the same link the notice was sent with.
 */
export async function settleNotices(db: Db, links: string[]): Promise<void> {
  const wanted = [...new Set(links.filter(Boolean))];
  if (!wanted.length) return;
  await db
    .updateTable('notifications')
    .set({ read_at: nowIso() })
    .where('link', 'in', wanted)
    .where('read_at', 'is', null)
    .execute();
}
