// Working days in the Chinese statutory calendar: Monday to Friday, except the holidays of the
// State Council's yearly notice, plus the weekend make-up workdays (调休) it names. Every "within
// N working days" rule in Seatwise counts here — and refuses, rather than guessing, for a year the
// calendar has no data for: counting 2027-01-01 as an ordinary Friday would put a deadline on a
// public holiday.
import type { Db } from '../db/connect.js';
import { addDays, centerOffset, dayRange, localDate } from './clock.js';
import { AppError, ruleBroken } from './errors.js';

export type DayKind = 'holiday' | 'workday';

export interface Calendar {
  years: Set<number>;
  exceptions: Map<string, { kind: DayKind; name: string }>;
}

const MAX_SPAN = 400; // working days one rule may count; beyond it is a mistake, not a deadline

const cache = new WeakMap<Db, Promise<Calendar>>();

async function load(db: Db): Promise<Calendar> {
  const [years, days] = await Promise.all([
    db.selectFrom('calendar_years').select('year').execute(),
    db.selectFrom('calendar_days').select(['day', 'kind', 'name']).execute(),
  ]);
  return {
    years: new Set(years.map((y) => Number(y.year))),
    exceptions: new Map(days.map((d) => [d.day, { kind: d.kind as DayKind, name: d.name }])),
  };
}

/** The calendar as stored; cached per database until forgetCalendar() (called on every write). */
export function getCalendar(db: Db): Promise<Calendar> {
  let c = cache.get(db);
  if (!c) {
    c = load(db);
    c.catch(() => cache.delete(db));
    cache.set(db, c);
  }
  return c;
}

export function forgetCalendar(db: Db) {
  cache.delete(db);
}

export const yearOf = (day: string) => Number(day.slice(0, 4));

export function missingYear(year: number) {
  return new AppError(
    422, 'CALENDAR_YEAR_MISSING',
    `The working-day calendar has no data for ${year}: an administrator must enter ${year}'s holidays and make-up workdays (calendar page) before this can be counted.`,
    'year', { year },
  );
}

/** Whether a day is a working day; throws CALENDAR_YEAR_MISSING for a year without data. */
export function isWorkingDayIn(cal: Calendar, day: string): boolean {
  if (!cal.years.has(yearOf(day))) throw missingYear(yearOf(day));
  const exception = cal.exceptions.get(day);
  if (exception) return exception.kind === 'workday';
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `from` (a period starts the day after the event, as Chinese law
 *  counts periods; `from` itself never counts). n = 0 gives `from`. */
export function addWorkingDaysIn(cal: Calendar, from: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_SPAN) throw ruleBroken('BAD_WORKING_DAYS', `A period of ${n} working days cannot be counted`);
  let day = from;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDayIn(cal, day)) counted += 1;
  }
  return day;
}

/** Working days in (after, through]. */
export function workingDaysBetweenIn(cal: Calendar, after: string, through: string): number {
  let count = 0;
  for (let day = addDays(after, 1), guard = 0; day <= through; day = addDays(day, 1), guard++) {
    if (guard > MAX_SPAN * 2) throw ruleBroken('BAD_WORKING_DAYS', `The span ${after}…${through} is too long to count`);
    if (isWorkingDayIn(cal, day)) count += 1;
  }
  return count;
}

export const isWorkingDay = async (db: Db, day: string) => isWorkingDayIn(await getCalendar(db), day);

export const addWorkingDays = async (db: Db, from: string, n: number) => addWorkingDaysIn(await getCalendar(db), from, n);

export const workingDaysBetween = async (db: Db, after: string, through: string) =>
  workingDaysBetweenIn(await getCalendar(db), after, through);

/** The deadline n working days after an instant: the center-local day, and the UTC instant it ends. */
export async function workingDeadline(db: Db, fromInstantUtc: string, n: number) {
  const offset = await centerOffset(db);
  const day = await addWorkingDays(db, localDate(fromInstantUtc, offset), n);
  return { day, endsAt: dayRange(day, day, offset).end };
}
