import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../../common/home.js';
import type { Calendar } from '../../../lib/calendar.js';
import { lineUp, workingDaysLate } from './lineup.js';

// The home list's order and lateness (issue 26): soonest first, undated last, late counted in
// working days of the center's calendar, provisional where the calendar lacks the year.

const calendar: Calendar = {
  years: new Set([2026]),
  exceptions: new Map([['2026-12-07', { kind: 'holiday', name: 'test holiday' }]]),
};
const item = (key: string, due: string | null, menu = 'm'): WorkItem => ({
  key,
  kind: 'k',
  menu,
  due,
  provisional: false,
  link: `/x/${key}`,
  params: {},
});

describe('home work line-up', () => {
  it('counts lateness in working days, skipping weekends and holidays', () => {
    // Fri 2026-12-04 due; Sat, Sun off, Mon 12-07 a holiday, Tue 12-08 and Wed 12-09 count.
    expect(workingDaysLate(calendar, '2026-12-04', '2026-12-09')).toBe(2);
    expect(workingDaysLate(calendar, '2026-12-09', '2026-12-09')).toBe(0);
  });

  it('orders by due day, undated last, and counts every line per menu entry', () => {
    const { lines, counts } = lineUp(
      [item('c', null, 'a'), item('b', '2026-12-10', 'b'), item('a', '2026-12-01', 'a'), item('a', '2026-12-01')],
      calendar,
      '2026-12-09',
    );
    expect(lines.map((l) => l.key)).toEqual(['a', 'b', 'c']);
    expect(lines.map((l) => l.overdueDays)).toEqual([5, 0, 0]);
    expect(counts).toEqual({ a: 2, b: 1 });
  });

  it('marks a due day in a year the calendar lacks as provisional', () => {
    const { lines } = lineUp([item('n', '2027-01-05'), item('o', '2026-12-30')], calendar, '2026-12-09');
    expect(lines.map((l) => [l.key, l.provisional])).toEqual([
      ['o', false],
      ['n', true],
    ]);
  });
});
