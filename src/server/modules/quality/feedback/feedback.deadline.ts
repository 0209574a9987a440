import type { Db } from '../../../db/connect.js';
import { workingDeadline } from '../../../lib/calendar.js';
import { getSetting } from '../../../lib/settings.js';

// The feedback deadline of an evaluation (SPEC §8): an individual error within
// quality.feedback.individualWorkingDays (1) working days of scoring, a common problem within
// quality.feedback.commonWorkingDays (5 = "a week" of working days). The period starts the day
// after scoring (lib/calendar.ts), so a Wednesday 30 September score is due by the end of
// 8 October, the first working day after National Day. Counted through a year the calendar
// lacks, the day is provisional: due_problem CALENDAR_YEAR_MISSING and the year are stored on
// the task, the list shows the day marked provisional, and nothing is overdue or late on it
// until the year is entered (feedback.recount.ts counts it again then).

export type FeedbackKind = 'individual' | 'common';

export interface Deadline {
  due_day: string | null;
  due_at: string | null;
  due_problem: string | null;
  due_problem_year: number | null;
}

export async function feedbackDeadline(db: Db, scoredAt: string, kind: FeedbackKind): Promise<Deadline> {
  const n = await getSetting(
    db,
    kind === 'common' ? 'quality.feedback.commonWorkingDays' : 'quality.feedback.individualWorkingDays',
  );
  const d = await workingDeadline(db, scoredAt, n);
  const provisional = d.provisionalYear !== null;
  return {
    due_day: d.day,
    due_at: d.endsAt,
    due_problem: provisional ? 'CALENDAR_YEAR_MISSING' : null,
    due_problem_year: d.provisionalYear,
  };
}

/** Whether feedback given at `givenAt` missed the deadline; never on a provisional one. */
export const isLate = (due: Deadline, givenAt: string | null) =>
  !due.due_problem && !!givenAt && !!due.due_at && givenAt > due.due_at ? 1 : 0;
