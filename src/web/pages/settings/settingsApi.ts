import { http } from '../../api';

// Typed calls of the settings API (server: modules/system/system.routes.ts, lib/settings.ts).
// Every setting the server knows is listed, stored or not; all of them are numbers.

export interface Setting {
  key: string;
  value: number;
  defaultValue: number;
  /** When an administrator last stored a value; null while the default applies untouched. */
  updatedAt: string | null;
}

export const settingsApi = {
  list: () => http.get<Setting[]>('/settings'),
  /** The reason (2–500 characters) goes into the audit log with the old and new value. */
  update: (key: string, body: { value: number; reason: string }) => http.put(`/settings/${encodeURIComponent(key)}`, body),
};
