import { addDays, addMonths } from '../../../lib/clock.js';

// Roster periods: a week runs Monday to Sunday, a month from its first to its last day.

export type RosterKindName = 'week' | 'month';

/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The period's last day, or null when the start is not a Monday (week) or a first of month (month). */
export function periodEnd(start: string, kind: RosterKindName): string | null {
  if (kind === 'week') return weekdayOf(start) === 0 ? addDays(start, 6) : null;
  return start.endsWith('-01') ? addDays(addMonths(start, 1), -1) : null;
}

/** Every day from..to inclusive. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The day of the previous period a day is copied from: the same weekday, four weeks earlier — or
 * five when four weeks back is still inside the new period (the 29th–31st of a month) — so a
 * rotation by weekday carries over; a week copies the week before.
 */
export function copySource(day: string, periodStart: string, kind: RosterKindName): string {
  if (kind === 'week') return addDays(day, -7);
  const back4 = addDays(day, -28);
  return back4 < periodStart ? back4 : addDays(day, -35);
}
