import { http } from '../../api';

// Typed calls of the working-day calendar (/api/calendar).
export type DayKind = 'holiday' | 'workday';
export interface CalendarDay { day: string; kind: DayKind; name: string; source: string }
export interface CalendarYear { year: number; known: boolean; source: string | null; days: CalendarDay[] }
export interface CalendarYears { years: { year: number; source: string; confirmedAt: string }[]; packageYears: number[] }
export interface WorkingDayCount { from: string; days: number; ends: string; endsAt: string; span: { day: string; working: boolean }[] }

export const calendarApi = {
  years: () => http.get<CalendarYears>('/calendar/years'),
  year: (year: number) => http.get<CalendarYear>(`/calendar/years/${year}`),
  setDay: (day: string, body: { kind: DayKind | 'ordinary'; name?: string; reason: string }) => http.put<CalendarYear>(`/calendar/days/${day}`, body),
  confirmYear: (year: number, reason: string) => http.post<CalendarYear>(`/calendar/years/${year}/confirm`, { reason }),
  count: (from: string, days: number) => http.get<WorkingDayCount>('/calendar/working-days', { from, days }),
};
