import type { WorkItem, WorkLine } from '../../../../common/home.js';
import { workingByRecord, yearOf, type Calendar } from '../../../lib/calendar.js';
import { addDays } from '../../../lib/clock.js';

// How the home page lines work up (issue 26): soonest due first, undated last; how late each
// item is in working days; and the menu's counts, taken from the same items so they match.

/** Working days in (due, today]: how late an item due on `due` is today. A year the calendar
 *  lacks is counted on weekends alone, as provisional deadlines are. */
export function workingDaysLate(calendar: Calendar, due: string, today: string): number {
  let late = 0;
  for (let day = addDays(due, 1), guard = 0; day <= today && guard < 800; day = addDays(day, 1), guard++) {
    if (workingByRecord(calendar, day)) late += 1;
  }
  return late;
}

const byDue = (a: WorkLine, b: WorkLine) => {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.kind === b.kind ? a.key.localeCompare(b.key) : a.kind.localeCompare(b.kind);
};

export function lineUp(items: WorkItem[], calendar: Calendar, today: string) {
  const seen = new Set<string>();
  const lines: WorkLine[] = [];
  for (const item of items) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    lines.push({
      ...item,
      provisional: item.provisional || (item.due !== null && !calendar.years.has(yearOf(item.due))),
      overdueDays: item.due && item.due < today ? workingDaysLate(calendar, item.due, today) : 0,
    });
  }
  lines.sort(byDue);
  const counts: Record<string, number> = {};
  for (const l of lines) counts[l.menu] = (counts[l.menu] ?? 0) + 1;
  return { lines, counts };
}
