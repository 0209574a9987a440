// Working days in the Chinese statutory calendar: Monday to Friday, except the holidays of the
// State Council's yearly notice, plus the weekend make-up workdays (调休) it names. Every "within
// N working days" rule in Seatwise counts here. For a year the calendar has no data for, the
// strict counters refuse (CALENDAR_YEAR_MISSING) and the deadline counter gives a provisional day
// counted on weekends alone, marked as such: counting 2027-01-01 as an ordinary Friday may put a
// deadline on a public holiday, so nothing final may be decided on a provisional day, and every
// open deadline is counted again when the year is entered (calendarChanged).
import type { Db } from '../db/connect.js';
import type { Actor } from './actor.js';
import { centerOffset } from './center-time.js';
import { addDays, dayRange, localDate } from './clock.js';
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
    422,
    'CALENDAR_YEAR_MISSING',
    `The working-day calendar has no data for ${year}: an administrator must enter ${year}'s holidays and make-up workdays (calendar page) before this can be counted.`,
    'year',
    { year },
  );
}

/** Whether a day is a working day; throws CALENDAR_YEAR_MISSING for a year without data. */
export function isWorkingDayIn(cal: Calendar, day: string): boolean {
  if (!cal.years.has(yearOf(day))) throw missingYear(yearOf(day));
  return workingByRecord(cal, day);
}

/** The day as the calendar records it, or as an ordinary week has it where there is no record
 *  (in a year without data too: what a provisional count assumes). */
export function workingByRecord(cal: Calendar, day: string) {
  const exception = cal.exceptions.get(day);
  if (exception) return exception.kind === 'workday';
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** A deadline day, and whether it is only provisional: counted through a year without data. */
export interface CountedDay {
  day: string;
  /** The first year without data the count went through; null when the day is final. */
  provisionalYear: number | null;
}

/**
 * The n-th working day after `from`, like addWorkingDaysIn, but a year without data is counted
 * on weekends alone and the answer is marked provisional instead of refused.
 */
export function countWorkingDaysIn(cal: Calendar, from: string, n: number): CountedDay {
  if (!Number.isInteger(n) || n < 0 || n > MAX_SPAN)
    throw ruleBroken('BAD_WORKING_DAYS', `A period of ${n} working days cannot be counted`);
  let day = from;
  let provisionalYear: number | null = null;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (provisionalYear === null && !cal.years.has(yearOf(day))) provisionalYear = yearOf(day);
    if (workingByRecord(cal, day)) counted += 1;
  }
  return { day, provisionalYear };
}

/** The n-th working day after `from` (a period starts the day after the event, as Chinese law
 *  counts periods; `from` itself never counts). n = 0 gives `from`. */
export function addWorkingDaysIn(cal: Calendar, from: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_SPAN)
    throw ruleBroken('BAD_WORKING_DAYS', `A period of ${n} working days cannot be counted`);
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

export const addWorkingDays = async (db: Db, from: string, n: number) =>
  addWorkingDaysIn(await getCalendar(db), from, n);

export const workingDaysBetween = async (db: Db, after: string, through: string) =>
  workingDaysBetweenIn(await getCalendar(db), after, through);

/** The deadline n working days after a center-local day: the day, the UTC instant it ends, and
 *  the year without data that makes it provisional (null when final). */
export async function workingDeadlineFrom(db: Db, fromDay: string, n: number) {
  const offset = await centerOffset(db);
  const { day, provisionalYear } = countWorkingDaysIn(await getCalendar(db), fromDay, n);
  return { day, endsAt: dayRange(day, day, offset).end, provisionalYear };
}

/** The deadline n working days after an instant (counted from its center-local day). */
export async function workingDeadline(db: Db, fromInstantUtc: string, n: number) {
  return workingDeadlineFrom(db, localDate(fromInstantUtc, await centerOffset(db)), n);
}

/** Refuses a final step that rests on a provisional deadline (422 CALENDAR_PROVISIONAL). */
export function requireFinalDeadline(provisionalYear: number | null | undefined, what: string) {
  if (provisionalYear == null) return;
  throw new AppError(
    422,
    'CALENDAR_PROVISIONAL',
    `${what} was counted without ${provisionalYear}'s holidays (the calendar has no data for ${provisionalYear}), so it is provisional: an administrator must enter ${provisionalYear} on the calendar page before this step`,
    'year',
    { year: provisionalYear },
  );
}

// What a change of the calendar sets off: each module that keeps deadlines counted on it counts
// its open ones again, in the transaction that changes the calendar, so the days and the
// deadlines that follow from them are committed together or not at all.
export interface CalendarChange {
  /** The first and last day whose record changed (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The administrator's reason, carried into every moved deadline's audit row and notice. */
  reason: string;
}
type CalendarChangeHook = (trx: Db, actor: Actor, change: CalendarChange) => Promise<number>;
const changeHooks = new Map<string, CalendarChangeHook>();

/** Registers what a calendar change sets off for one kind of deadline (registering a name again replaces it). */
export function onCalendarChange(name: string, hook: CalendarChangeHook) {
  changeHooks.set(name, hook);
}

/** Call inside the transaction that changed calendar_days or calendar_years, after the writes:
 *  returns how many open deadlines moved or became final, by kind. */
export async function calendarChanged(trx: Db, actor: Actor, change: CalendarChange) {
  cache.delete(trx);
  const moved: Record<string, number> = {};
  for (const [name, hook] of changeHooks) moved[name] = await hook(trx, actor, change);
  return moved;
}
