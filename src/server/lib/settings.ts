import type { Db } from '../db/connect.js';
import { nowIso } from './ids.js';

// Every number in SPEC.md is a setting with a default here; an administrator's value, stored in
// the settings table, wins. Modules add their own defaults to this table as they arrive.
export const SETTING_DEFAULTS = {
  'auth.slowAfterFailures': 3,
  'auth.slowDelayMs': 1000,
  'auth.lockAfterFailures': 5,
  'auth.lockMinutes': 15,
  'auth.sessionHours': 12,
  'auth.minPasswordLength': 8,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
type SettingValue<K extends SettingKey> = (typeof SETTING_DEFAULTS)[K] extends number ? number : (typeof SETTING_DEFAULTS)[K];

const cache = new Map<string, unknown>();

export async function getSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  if (cache.has(key)) return cache.get(key) as SettingValue<K>;
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  const value = row ? JSON.parse(row.value) : SETTING_DEFAULTS[key];
  cache.set(key, value);
  return value as SettingValue<K>;
}

export async function listSettings(db: Db) {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored = new Map(rows.map((r) => [r.key, r]));
  return (Object.keys(SETTING_DEFAULTS) as SettingKey[]).map((key) => ({
    key,
    value: stored.has(key) ? JSON.parse(stored.get(key)!.value) : SETTING_DEFAULTS[key],
    defaultValue: SETTING_DEFAULTS[key],
    updatedAt: stored.get(key)?.updated_at ?? null,
  }));
}

export async function putSetting(db: Db, key: SettingKey, value: unknown, userId: string | null) {
  const json = JSON.stringify(value);
  const at = nowIso();
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: at, updated_by: userId })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at, updated_by: userId }))
    .execute();
  cache.delete(key);
}

/** Tests and the CLI share one process across databases; they start from a clean cache. */
export function clearSettingsCache() {
  cache.clear();
}
