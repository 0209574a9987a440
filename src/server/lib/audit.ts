import type { Db } from '../db/connect.js';
import { newId } from './ids.js';
import { nowIso } from './clock.js';
import type { Actor } from './actor.js';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'status_change'
  | 'move'
  | 'import'
  | 'login'
  | 'logout'
  | 'password_reset'
  | 'password_change'
  // Security events (issue 25): failed sign-ins carry a reason code, never the password; 'export'
  // is a bulk read of personal data (a downloaded file), recorded by lib/audit-exports.ts.
  | 'login_failed'
  | 'lock'
  | 'unlock'
  | 'export'
  | 'totp_enable'
  | 'totp_reset';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

// Append-only: the database refuses UPDATE and DELETE on audit_log (see the migration), so
// the only way in is this insert, inside the same transaction as the change it records.
export async function recordAudit(db: Db, actor: Pick<Actor, 'userId' | 'name'> | null, entry: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: nowIso(),
      actor_user_id: actor?.userId ?? null,
      actor_name: actor?.name ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      old_value: entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
      new_value: entry.newValue === undefined ? null : JSON.stringify(entry.newValue),
      reason: entry.reason ?? null,
    })
    .execute();
}

/** Only the fields that changed, as { old, new }, so the log says what happened and no more. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const oldValue: Record<string, unknown> = {};
  const newValue: Record<string, unknown> = {};
  for (const k of Object.keys(after)) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      oldValue[k] = before[k];
      newValue[k] = after[k];
    }
  }
  return { oldValue, newValue, changed: Object.keys(newValue).length > 0 };
}
