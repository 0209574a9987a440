// Time in the center's calendar. Instants are stored in UTC ('YYYY-MM-DDTHH:mm:ss.sssZ', so text
// order is time order on both engines); dates that are calendar dates (a hire date, a working
// day, a mentoring log) are the center's, whose offset from UTC is the setting
// center.utcOffsetMinutes (default 480, China time). A browser in Shanghai at 01:00 and this
// server must agree that it is already tomorrow.
import type { Db } from '../db/connect.js';
import { getSetting } from './settings.js';

const DAY = 86_400_000;

/** Any accepted instant (with Z or an offset) in the one stored form. */
export const toUtc = (instant: string) => new Date(instant).toISOString();

export const centerOffset = (db: Db) => getSetting(db, 'center.utcOffsetMinutes');

/** The center's calendar date of an instant. */
export const localDate = (instant: string, offsetMinutes: number) =>
  new Date(Date.parse(instant) + offsetMinutes * 60_000).toISOString().slice(0, 10);

/** "2026-11-24 09:00" in the center's time, for messages. */
export const localTime = (instant: string, offsetMinutes: number) =>
  new Date(Date.parse(instant) + offsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');

/** The UTC instants bounding the center's days from..to (inclusive): [start, end). */
export function dayRange(from: string, to: string, offsetMinutes: number) {
  const start = Date.parse(`${from}T00:00:00Z`) - offsetMinutes * 60_000;
  const end = Date.parse(`${to}T00:00:00Z`) + DAY - offsetMinutes * 60_000;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Same day of month n months later, clamped to the month's last day (01-31 + 1 month = 02-28). */
export function addMonths(date: string, months: number) {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Today in the center's calendar. */
export const centerToday = (offsetMinutes: number) => localDate(new Date().toISOString(), offsetMinutes);

export const hoursBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;

/** Today in the center's calendar, read from the setting: what "today" means in every rule. */
export const todayInCenter = async (db: Db) => centerToday(await centerOffset(db));
