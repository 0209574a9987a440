// "Is next year's calendar in?" — asked by the home page of the people who would be hurt by a
// missing year (administrators, HR, training managers) well before 1 January, so nobody first
// hears of it from a notice period that cannot be counted.
import type { Db } from '../../db/connect.js';
import { todayInCenter } from '../../lib/center-time.js';
import { addDays } from '../../lib/clock.js';
import { getSetting } from '../../lib/settings.js';
import * as repo from './calendar.repo.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) =>
  Number(addDays(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`, -1).slice(8));

/** The day of `year` from which a missing next year is warned about. The settings page takes any
 *  number of 0 or more, so the month and day are kept inside the calendar here (13 → 12, 31 Nov → 30 Nov). */
export function warnFromDay(year: number, month: number, day: number) {
  const m = Math.min(12, Math.max(1, Math.trunc(month) || 1));
  const d = Math.min(lastDayOf(year, m), Math.max(1, Math.trunc(day) || 1));
  return `${year}-${pad(m)}-${pad(d)}`;
}

export async function calendarStatus(db: Db) {
  const [today, month, day, years] = await Promise.all([
    todayInCenter(db),
    getSetting(db, 'calendar.warnFromMonth'),
    getSetting(db, 'calendar.warnFromDay'),
    repo.listYears(db),
  ]);
  const year = Number(today.slice(0, 4));
  const known = new Set(years.map((y) => Number(y.year)));
  const warnFrom = warnFromDay(year, month, day);
  const currentYearKnown = known.has(year);
  const nextYearKnown = known.has(year + 1);
  return {
    today,
    currentYearKnown,
    nextYear: year + 1,
    nextYearKnown,
    warnFrom,
    warn: !currentYearKnown || (!nextYearKnown && today >= warnFrom),
  };
}
