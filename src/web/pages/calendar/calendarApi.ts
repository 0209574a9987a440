import type { z } from 'zod';
import type { CalendarStatusDto, ImportPreviewDto, ImportResultDto } from '../../../common/calendar';
import { http, toQueryString } from '../../api';

// Typed calls of the working-day calendar (/api/calendar).
export type DayKind = 'holiday' | 'workday';
export interface CalendarDay {
  day: string;
  kind: DayKind;
  name: string;
  source: string;
}
export interface CalendarYear {
  year: number;
  known: boolean;
  source: string | null;
  days: CalendarDay[];
}
export interface CalendarYears {
  years: { year: number; source: string; confirmedAt: string }[];
  packageYears: number[];
}
export interface WorkingDayCount {
  from: string;
  days: number;
  ends: string;
  endsAt: string;
  span: { day: string; working: boolean }[];
}
export type CalendarStatus = z.infer<typeof CalendarStatusDto>;
export type ImportPreview = z.infer<typeof ImportPreviewDto>;
export type ImportResult = z.infer<typeof ImportResultDto>;

const form = (file: File, fields: Record<string, string> = {}) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v); // fields first: the server reads them in any order
  f.append('file', file);
  return f;
};

export const calendarApi = {
  years: () => http.get<CalendarYears>('/calendar/years'),
  year: (year: number) => http.get<CalendarYear>(`/calendar/years/${year}`),
  setDay: (day: string, body: { kind: DayKind | 'ordinary'; name?: string; reason: string }) =>
    http.put<CalendarYear>(`/calendar/days/${day}`, body),
  confirmYear: (year: number, reason: string) => http.post<CalendarYear>(`/calendar/years/${year}/confirm`, { reason }),
  count: (from: string, days: number) => http.get<WorkingDayCount>('/calendar/working-days', { from, days }),
  status: () => http.get<CalendarStatus>('/calendar/status'),
  previewImport: (year: number, file: File) =>
    http.post<ImportPreview>(`/calendar/years/${year}/import/preview`, form(file)),
  applyImport: (year: number, file: File, reason: string, confirmYear: boolean) =>
    http.post<ImportResult>(`/calendar/years/${year}/import`, form(file, { reason, confirmYear: String(confirmYear) })),
  exportUrl: (year: number, format: 'csv' | 'ics') => `/api/calendar/years/${year}/export${toQueryString({ format })}`,
  templateUrl: (lang: 'zh' | 'en') => `/api/calendar/template${toQueryString({ lang })}`,
};
