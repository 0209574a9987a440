import type { QueryKey } from '@tanstack/react-query';
import type {
  MyScheduleDayView,
  RosterCellsValue,
  RosterCreateValue,
  RosterGridView,
  RosterImportPreviewView,
  ShiftInputValue,
  ShiftPatchValue,
  ShiftView,
} from '../../../../common/attendance-rosters';
import { http, toQueryString } from '../../../api';

// The typed endpoints of the rosters part (/api/attendance/shifts, /rosters, /my/schedule); the
// transport is the one client (api.ts). Types come from the zod schemas the server validates with.
export type Shift = ShiftView;
export type Grid = RosterGridView;
export type ImportPreview = RosterImportPreviewView;
export type MyDay = MyScheduleDayView;

/** Query keys: everything under ['attendance', 'rosters'] is refreshed after a rosters write. */
export const rostersKey = (...parts: unknown[]): QueryKey => ['attendance', 'rosters', ...parts];

const id = (s: string) => encodeURIComponent(s);
/** The roster id goes first: the server reads the fields sent before the file. */
const form = (f: File, rosterId?: string) => {
  const body = new FormData();
  if (rosterId) body.append('rosterId', rosterId);
  body.append('file', f);
  return body;
};

export const rostersApi = {
  shifts: (active?: boolean) =>
    http.get<Shift[]>('/attendance/shifts', { active: active === undefined ? undefined : String(active) }),
  createShift: (body: ShiftInputValue) => http.post<Shift>('/attendance/shifts', body),
  updateShift: (shiftId: string, body: ShiftPatchValue) => http.put<Shift>(`/attendance/shifts/${id(shiftId)}`, body),
  grid: (teamId: string, from: string) => http.get<Grid>('/attendance/rosters', { teamId, from }),
  create: (body: RosterCreateValue) => http.post<{ id: string }>('/attendance/rosters', body),
  setCells: (rosterId: string, body: RosterCellsValue) =>
    http.put<{ changed: number; version: number }>(`/attendance/rosters/${id(rosterId)}/cells`, body),
  publish: (rosterId: string, version: number) =>
    http.post<{ version: number }>(`/attendance/rosters/${id(rosterId)}/publish`, { version }),
  templateUrl: (rosterId: string, format: 'xlsx' | 'csv', locale: string) =>
    `/api/attendance/rosters/template${toQueryString({ rosterId, format, locale })}`,
  preview: (rosterId: string, f: File) =>
    http.post<ImportPreview>('/attendance/rosters/import/preview', form(f, rosterId)),
  import: (rosterId: string, f: File) =>
    http.post<{ changed: number }>(`/attendance/rosters/${id(rosterId)}/import`, form(f)),
  mine: (from: string, to: string) => http.get<MyDay[]>('/attendance/my/schedule', { from, to }),
};
