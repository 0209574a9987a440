import { http } from '../../api';

// Typed calls of the settings API (server: modules/system/system.routes.ts, lib/settings.ts).
// Every setting the server knows is listed, stored or not; all of them are numbers.

export interface Setting {
  key: string;
  value: number;
  defaultValue: number;
  /** When an administrator last stored a value; null while the default applies untouched. */
  updatedAt: string | null;
  /** The least and most the server accepts (most settings: 0 or a floor to 1,000,000; the center's UTC offset: −720 to 840). */
  min: number;
  max: number;
  /** Read once when the server starts: a change is stored at once but applies after a restart. */
  needsRestart: boolean;
}

export const settingsApi = {
  list: () => http.get<Setting[]>('/settings'),
  /** The reason (2–500 characters) goes into the audit log with the old and new value. */
  update: (key: string, body: { value: number; reason: string }) =>
    http.put(`/settings/${encodeURIComponent(key)}`, body),
};
