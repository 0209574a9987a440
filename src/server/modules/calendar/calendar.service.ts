import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import {
  addWorkingDaysIn,
  calendarChanged,
  forgetCalendar,
  getCalendar,
  isWorkingDayIn,
  yearOf,
} from '../../lib/calendar.js';
import { packageYears } from '../../lib/calendar-seed.js';
import { addDays, dayRange, nowIso } from '../../lib/clock.js';
import { centerOffset } from '../../lib/center-time.js';
import type { Db } from '../../db/connect.js';
import { conflict } from '../../lib/errors.js';
import * as repo from './calendar.repo.js';

// The calendar page: which years have data, a year's holidays and make-up workdays, and an
// administrator's corrections and new years (entered from the State Council's yearly notice).

export async function listYears(db: Db) {
  const years = await repo.listYears(db);
  return {
    years: years.map((y) => ({ year: Number(y.year), source: y.source, confirmedAt: y.confirmed_at })),
    packageYears: packageYears(),
  };
}

export async function yearView(db: Db, year: number) {
  const [known, days] = await Promise.all([repo.findYear(db, year), repo.daysOfYear(db, year)]);
  return {
    year,
    known: !!known,
    source: known?.source ?? null,
    days: days.map((d) => ({ day: d.day, kind: d.kind as 'holiday' | 'workday', name: d.name, source: d.source })),
  };
}

type DayChange = { kind: 'holiday' | 'workday' | 'ordinary'; name?: string; reason: string };

/** Marks a day a holiday or a make-up workday, or back to ordinary (weekday works, weekend rests). */
export async function setDay(db: Db, actor: Actor, day: string, change: DayChange) {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findDay(trx, day);
    if (change.kind === 'ordinary') await repo.deleteDay(trx, day);
    else
      await repo.upsertDay(trx, {
        day,
        kind: change.kind,
        name: change.name ?? '',
        updated_by: actor.userId,
        updated_at: nowIso(),
      });
    await recordAudit(trx, actor, {
      action: before ? 'update' : 'create',
      entity: 'calendar_day',
      entityId: day,
      oldValue: before ? { kind: before.kind, name: before.name } : { kind: 'ordinary' },
      newValue: { kind: change.kind, name: change.name ?? '' },
      reason: change.reason,
    });
    await calendarChanged(trx, actor, { from: day, to: day, reason: change.reason });
  });
  forgetCalendar(db);
  return yearView(db, yearOf(day));
}

/** Declares a year's entries complete, so rules may count working days in it. */
export async function confirmYear(db: Db, actor: Actor, year: number, reason: string) {
  await db.transaction().execute(async (trx) => {
    if (await repo.findYear(trx, year))
      throw conflict('CALENDAR_YEAR_KNOWN', `${year} already has calendar data`, 'year');
    await repo.insertYear(trx, { year, confirmed_by: actor.userId, confirmed_at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'calendar_year',
      entityId: String(year),
      newValue: { year },
      reason,
    });
    await calendarChanged(trx, actor, { from: `${year}-01-01`, to: `${year}-12-31`, reason });
  });
  forgetCalendar(db);
  return yearView(db, year);
}

/** "What is the n-th working day after this date" — the rule the notices and deadlines use. */
export async function countWorkingDays(db: Db, from: string, days: number) {
  const cal = await getCalendar(db);
  const ends = addWorkingDaysIn(cal, from, days);
  const span: { day: string; working: boolean }[] = [];
  for (let d = from; d <= ends && span.length < 400; d = addDays(d, 1)) {
    if (d !== from) span.push({ day: d, working: isWorkingDayIn(cal, d) });
  }
  return { from, days, ends, endsAt: dayRange(ends, ends, await centerOffset(db)).end, span };
}
