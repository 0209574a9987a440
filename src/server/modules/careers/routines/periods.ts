import type { PeriodInstance, RoutinePeriodName } from '../../../../common/careers-routines.js';
import { addDays } from '../../../lib/clock.js';

// Period instances of the five time-spans, on center days ('YYYY-MM-DD', already in the center's
// time zone: lib/center-time.ts gives today). A week is the ISO week (Monday to Sunday, named by
// the ISO year: 2027-01-01 is in 2026-W53); a half is January–June (H1) or July–December (H2).
// Every instance is reported in exactly one month (monthOfInstance): the month holding its last
// day, except a week, which belongs to the month holding its Thursday (the ISO rule that gives a
// week its year), so a week across two months is counted once.

const weekday = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
const lastOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

function isoWeek(day: string) {
  const thursday = addDays(day, 3 - weekday(day));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000);
  return { year, n: Math.floor(dayOfYear / 7) + 1 };
}

/** The instance of a period that contains a center day. */
export function periodOf(period: RoutinePeriodName, day: string): PeriodInstance {
  const y = day.slice(0, 4);
  switch (period) {
    case 'daily':
      return { period, key: day, start: day, end: day };
    case 'weekly': {
      const start = addDays(day, -weekday(day));
      const w = isoWeek(start);
      return { period, key: `${w.year}-W${String(w.n).padStart(2, '0')}`, start, end: addDays(start, 6) };
    }
    case 'monthly': {
      const month = day.slice(0, 7);
      return { period, key: month, start: `${month}-01`, end: lastOfMonth(month) };
    }
    case 'half_year':
      return day.slice(5, 7) <= '06'
        ? { period, key: `${y}-H1`, start: `${y}-01-01`, end: `${y}-06-30` }
        : { period, key: `${y}-H2`, start: `${y}-07-01`, end: `${y}-12-31` };
    case 'year':
      return { period, key: y, start: `${y}-01-01`, end: `${y}-12-31` };
  }
}

/** The month ('YYYY-MM') an instance is reported in. */
export const monthOfInstance = (i: PeriodInstance) =>
  i.period === 'weekly' ? addDays(i.start, 3).slice(0, 7) : i.end.slice(0, 7);

/** Every instance of a period reported in a month (daily: every day; the caller keeps the working ones). */
export function instancesInMonth(period: RoutinePeriodName, month: string): PeriodInstance[] {
  const first = `${month}-01`;
  const last = lastOfMonth(month);
  if (period === 'daily') {
    const out: PeriodInstance[] = [];
    for (let d = first; d <= last; d = addDays(d, 1)) out.push(periodOf('daily', d));
    return out;
  }
  if (period === 'weekly') {
    const out: PeriodInstance[] = [];
    for (let d = periodOf('weekly', first).start; d <= last; d = addDays(d, 7)) {
      const w = periodOf('weekly', d);
      if (monthOfInstance(w) === month) out.push(w);
    }
    return out;
  }
  const i = periodOf(period, last);
  return monthOfInstance(i) === month ? [i] : [];
}

/** The months from..to ('YYYY-MM'), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to;) {
    out.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return out;
}
