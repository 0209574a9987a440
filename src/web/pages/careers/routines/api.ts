import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Checklist,
  LeadMonth,
  Linkable,
  Meeting,
  MeetingInput,
  ReportRow,
  RoutineItem,
  RoutineItemInput,
  RoutineItemPatch,
  Tick,
  TickInput,
} from '../../../../common/careers-routines';
import type { Locale } from '../../../../common/roles';
import { http, toQueryString } from '../../../api';

// The typed endpoints of the lead routines (/api/careers/routines); the transport is the one client.
export type { Checklist, LeadMonth, Linkable, Meeting, ReportRow, RoutineItem, Tick };
export type ChecklistPeriod = Checklist['periods'][number];
export type ChecklistLine = ChecklistPeriod['lines'][number];
export type RecordKind = Linkable['kind'];

/** Query keys: everything under ['careers', 'routines'] is refreshed after a routines write. */
export const routinesKey = (...parts: unknown[]): QueryKey => ['careers', 'routines', ...parts];
const id = (s: string) => encodeURIComponent(s);
const base = '/careers/routines';

export const routinesApi = {
  items: () => http.get<RoutineItem[]>(`${base}/items`),
  createItem: (body: z.input<typeof RoutineItemInput>) => http.post<RoutineItem>(`${base}/items`, body),
  updateItem: (itemId: string, body: z.input<typeof RoutineItemPatch>) =>
    http.patch<RoutineItem>(`${base}/items/${id(itemId)}`, body),
  mine: () => http.get<Checklist>(`${base}/mine`),
  tick: (body: z.input<typeof TickInput>) => http.post<Tick>(`${base}/ticks`, body),
  untick: (tickId: string) => http.del(`${base}/ticks/${id(tickId)}`),
  meetings: () => http.get<Meeting[]>(`${base}/meetings`),
  createMeeting: (body: z.input<typeof MeetingInput>) => http.post<Meeting>(`${base}/meetings`, body),
  linkable: (kind: RecordKind) => http.get<Linkable[]>(`${base}/linkable`, { kind }),
  report: (from: string, to: string) => http.get<ReportRow[]>(`${base}/report`, { from, to }),
  /** The same table as .xlsx in the reader's language (a plain link: the browser downloads it). */
  exportUrl: (from: string, to: string, locale: Locale) =>
    `/api${base}/report/export.xlsx${toQueryString({ from, to, locale })}`,
  leadMonth: (employeeId: string, month: string) => http.get<LeadMonth>(`${base}/report/${id(employeeId)}`, { month }),
};
