import type { Db } from '../../db/connect.js';
import { getCalendar, workingDeadline, yearOf } from '../../lib/calendar.js';
import { centerOffset, localDate } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import { getSetting } from '../../lib/settings.js';

// The feedback deadline of an evaluation (SPEC §8): an individual error within
// quality.feedback.individualWorkingDays (1) working days of scoring, a common problem within
// quality.feedback.commonWorkingDays (5 = "a week" of working days). The period starts the day
// after scoring (lib/calendar.ts), so a Wednesday 30 September score is due by the end of
// 8 October, the first working day after National Day. A year the calendar lacks gives no date
// and the problem instead, stored on the task so the list shows it beside the row.

export type FeedbackKind = 'individual' | 'common';

export interface Deadline {
  due_day: string | null;
  due_at: string | null;
  due_problem: string | null;
  due_problem_year: number | null;
}

export async function feedbackDeadline(db: Db, scoredAt: string, kind: FeedbackKind): Promise<Deadline> {
  const n = await getSetting(db, kind === 'common' ? 'quality.feedback.commonWorkingDays' : 'quality.feedback.individualWorkingDays');
  try {
    const d = await workingDeadline(db, scoredAt, n);
    return { due_day: d.day, due_at: d.endsAt, due_problem: null, due_problem_year: null };
  } catch (err) {
    if (!(err instanceof AppError) || err.errorCode !== 'CALENDAR_YEAR_MISSING') throw err;
    return { due_day: null, due_at: null, due_problem: err.errorCode, due_problem_year: await firstMissingYear(db, localDate(scoredAt, await centerOffset(db))) };
  }
}

/** The first year from the day's own on that the calendar has no data for. */
async function firstMissingYear(db: Db, day: string) {
  const cal = await getCalendar(db);
  let year = yearOf(day);
  while (cal.years.has(year)) year += 1;
  return year;
}
