import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AttendanceDay,
  ExceptionRow,
  ImportMapping,
  ImportPreview,
  ImportResult,
  MyAttendance,
  PunchResult,
  ResolveBodyInput,
} from '../../../../common/attendance-clock';
import type { LeaveKindView } from '../../../../common/attendance-leave';
import { http, toQueryString } from '../../../api';

// The typed endpoints of the clock part (/api/attendance/clock, /api/attendance/my/attendance);
// the transport is the one client (api.ts). Types come from the zod schemas the server validates with.
export type Day = z.infer<typeof AttendanceDay>;
export type Exception = z.infer<typeof ExceptionRow>;
export type Preview = z.infer<typeof ImportPreview>;
export type Imported = z.infer<typeof ImportResult>;
export type Mine = z.infer<typeof MyAttendance>;
export type Punched = z.infer<typeof PunchResult>;

/** Query keys: everything under ['attendance', 'clock'] is refreshed after a clock write. */
export const clockKey = (...parts: unknown[]): QueryKey => ['attendance', 'clock', ...parts];

/** The mapping goes first: the server reads the fields sent before the file. */
const file = (f: File, mapping: ImportMapping) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(mapping)) if (v) form.append(k, v);
  form.append('file', f);
  return form;
};
const id = (s: string) => encodeURIComponent(s);

export const clockApi = {
  punch: () => http.post<Punched>('/attendance/clock/punch', {}),
  mine: (from: string, to: string) => http.get<Mine>('/attendance/my/attendance', { from, to }),
  exceptions: (day: string, teamId?: string) => http.get<Exception[]>('/attendance/clock/exceptions', { day, teamId }),
  resolve: (employeeId: string, day: string, body: ResolveBodyInput) =>
    http.post<Day>(`/attendance/clock/days/${id(employeeId)}/${id(day)}/resolve`, body),
  /** The leave kinds a day can be turned into (the leave part's list). */
  leaveKinds: () => http.get<LeaveKindView[]>('/attendance/leave/kinds'),
  templateUrl: (format: 'xlsx' | 'csv', locale: string) =>
    `/api/attendance/clock/template${toQueryString({ format, locale })}`,
  preview: (f: File, mapping: ImportMapping) =>
    http.post<Preview>('/attendance/clock/import/preview', file(f, mapping)),
  commit: (f: File, mapping: ImportMapping) => http.post<Imported>('/attendance/clock/import', file(f, mapping)),
};
