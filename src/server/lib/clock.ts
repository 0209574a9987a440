// The one clock: every reading of "now" for business time — the server, jobs, the demo seed and
// tests — comes from here, so a test (or an operator's dry run) moves time for all of them at
// once. Instants are stored in UTC ('YYYY-MM-DDTHH:mm:ss.sssZ', so text order is time order on
// both engines); calendar dates (a hire date, a working day) are the center's, whose offset from
// UTC is the setting center.utcOffsetMinutes (lib/center-time.ts reads it).

const DAY = 86_400_000;

// machine time: the only place the machine's clock is read for business time
const machine = () => Date.now();
let source: () => number = machine;

/** Milliseconds since the epoch, by the one clock. */
export const nowMs = () => source();
/** Now as a stored UTC instant. */
export const nowIso = () => new Date(source()).toISOString();

/**
 * Moves the one clock (tests, demo dry runs): a fixed instant, a function of the machine's time,
 * or nothing to follow the machine again. A fixed instant stands still; `shiftClock` moves it.
 */
export function setClock(at?: string | number | (() => number)) {
  if (at === undefined) source = machine;
  else if (typeof at === 'function') source = at;
  else {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    if (!Number.isFinite(ms)) throw new Error(`setClock: not an instant: ${String(at)}`);
    source = () => ms;
  }
}

/** Moves the clock by ms from where it stands now (a fixed clock stays fixed, a running one runs). */
export function shiftClock(ms: number) {
  const before = source;
  source = () => before() + ms;
}

/** Any accepted instant (with Z or an offset) in the one stored form. */
export const toUtc = (instant: string) => new Date(instant).toISOString();

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

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Same day of month n months later, clamped to the month's last day (01-31 + 1 month = 02-28). */
export function addMonths(date: string, months: number) {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Today in the center's calendar, by the one clock. */
export const centerToday = (offsetMinutes: number) => localDate(nowIso(), offsetMinutes);

export const hoursBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;
