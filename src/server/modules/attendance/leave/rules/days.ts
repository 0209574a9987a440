// How long a leave request is (pure; the calendar is passed in). A request runs from the morning
// (am) or afternoon (pm) of its first day to noon (am) or the evening (pm) of its last. Kinds
// counted in working days count only the statutory calendar's working days (holidays out, 调休
// make-up Saturdays in, lib/calendar.ts); kinds counted in calendar days (maternity) count every
// day. A half day counts 0.5. A year the calendar has no data for is refused
// (CALENDAR_YEAR_MISSING): a balance must not be charged on a guess.
import type { LeaveHalfName } from '../../../../../common/attendance-leave.js';
import { type Calendar, isWorkingDayIn } from '../../../../lib/calendar.js';
import { addDays, daysBetween } from '../../../../lib/clock.js';
import { badRequest } from '../../../../lib/errors.js';

export interface LeaveSpan {
  startDay: string;
  startHalf: LeaveHalfName;
  endDay: string;
  endHalf: LeaveHalfName;
}

/** The longest span one request may cover, in calendar days (maternity with extensions fits). */
export const MAX_SPAN_DAYS = 200;

/** Throws 400 when the span ends before it starts or is absurdly long. */
export function checkSpan(s: LeaveSpan) {
  if (s.endDay < s.startDay || (s.endDay === s.startDay && s.startHalf === 'pm' && s.endHalf === 'am'))
    throw badRequest('LEAVE_END_BEFORE_START', 'The leave ends before it starts', 'endDay');
  if (daysBetween(s.startDay, s.endDay) >= MAX_SPAN_DAYS)
    throw badRequest('LEAVE_TOO_LONG', `One request covers at most ${MAX_SPAN_DAYS} days`, 'endDay');
}

export type DayPart = 'am' | 'pm' | 'full';

/** Each calendar day of the span with the part of it the leave takes. */
export function spanParts(s: LeaveSpan): { day: string; half: DayPart }[] {
  const out: { day: string; half: DayPart }[] = [];
  for (let day = s.startDay; day <= s.endDay; day = addDays(day, 1)) {
    const fromPm = day === s.startDay && s.startHalf === 'pm';
    const toAm = day === s.endDay && s.endHalf === 'am';
    out.push({ day, half: fromPm ? 'pm' : toAm ? 'am' : 'full' });
    if (out.length > MAX_SPAN_DAYS) break;
  }
  return out;
}

/** The days a request counts: working days (or every day for counting=calendar), halves 0.5. */
export function countLeaveDays(cal: Calendar, counting: string, s: LeaveSpan): number {
  checkSpan(s);
  let total = 0;
  for (const p of spanParts(s)) {
    if (counting !== 'calendar' && !isWorkingDayIn(cal, p.day)) continue;
    total += p.half === 'full' ? 1 : 0.5;
  }
  return total;
}

/** Position of a half day on a line, so two spans overlap iff their intervals meet. */
const ordinal = (day: string, half: LeaveHalfName) =>
  Date.parse(`${day}T00:00:00Z`) / 43_200_000 + (half === 'pm' ? 1 : 0);

export const spansOverlap = (a: LeaveSpan, b: LeaveSpan) =>
  ordinal(a.startDay, a.startHalf) <= ordinal(b.endDay, b.endHalf) &&
  ordinal(b.startDay, b.startHalf) <= ordinal(a.endDay, a.endHalf);
