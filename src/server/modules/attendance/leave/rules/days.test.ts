import { describe, expect, it } from 'vitest';
import type { Calendar, DayKind } from '../../../../lib/calendar.js';
import { countLeaveDays, spanParts, spansOverlap, type LeaveSpan } from './days.js';

// Leave counted on the statutory calendar: 2026's National Day week (Oct 1–7 off, Saturday Oct 10
// a make-up workday, as the State Council's notice and the chinese-days package have it).
const holidays = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'];
const cal: Calendar = {
  years: new Set([2026]),
  exceptions: new Map<string, { kind: DayKind; name: string }>([
    ...holidays.map((d): [string, { kind: DayKind; name: string }] => [d, { kind: 'holiday', name: '国庆节' }]),
    ['2026-10-10', { kind: 'workday', name: '国庆节' }],
  ]),
};
const span = (
  startDay: string,
  endDay: string,
  startHalf: 'am' | 'pm' = 'am',
  endHalf: 'am' | 'pm' = 'pm',
): LeaveSpan => ({
  startDay,
  startHalf,
  endDay,
  endHalf,
});

describe('leave days', () => {
  it('counts working days over National Day: holidays out, the make-up Saturday in', () => {
    // Mon 09-28 … Mon 10-12: 28, 29, 30 + 8, 9, 10 (Saturday, make-up) + 12 = 7
    expect(countLeaveDays(cal, 'working', span('2026-09-28', '2026-10-12'))).toBe(7);
    // The holiday week alone counts nothing.
    expect(countLeaveDays(cal, 'working', span('2026-10-01', '2026-10-07'))).toBe(0);
    // Sunday 10-11 stays a rest day; Saturday 10-10 works.
    expect(countLeaveDays(cal, 'working', span('2026-10-10', '2026-10-11'))).toBe(1);
  });

  it('counts every day for calendar-counted kinds (maternity)', () => {
    expect(countLeaveDays(cal, 'calendar', span('2026-09-28', '2026-10-12'))).toBe(15);
  });

  it('counts half days as 0.5 at either end', () => {
    expect(countLeaveDays(cal, 'working', span('2026-09-30', '2026-10-08', 'pm', 'am'))).toBe(1);
    expect(countLeaveDays(cal, 'working', span('2026-10-08', '2026-10-08', 'am', 'am'))).toBe(0.5);
    expect(countLeaveDays(cal, 'working', span('2026-10-08', '2026-10-09', 'pm', 'pm'))).toBe(1.5);
    // A half day on a holiday counts nothing.
    expect(countLeaveDays(cal, 'working', span('2026-10-02', '2026-10-02', 'pm', 'pm'))).toBe(0);
  });

  it('refuses an end before the start, and a year without calendar data', () => {
    expect(() => countLeaveDays(cal, 'working', span('2026-10-09', '2026-10-08'))).toThrow(
      expect.objectContaining({ errorCode: 'LEAVE_END_BEFORE_START' }),
    );
    expect(() => countLeaveDays(cal, 'working', span('2026-10-08', '2026-10-08', 'pm', 'am'))).toThrow(
      expect.objectContaining({ errorCode: 'LEAVE_END_BEFORE_START' }),
    );
    expect(() => countLeaveDays(cal, 'working', span('2027-01-04', '2027-01-05'))).toThrow(
      expect.objectContaining({ errorCode: 'CALENDAR_YEAR_MISSING' }),
    );
  });

  it('lists the part of each day a span takes', () => {
    expect(spanParts(span('2026-10-08', '2026-10-10', 'pm', 'am'))).toEqual([
      { day: '2026-10-08', half: 'pm' },
      { day: '2026-10-09', half: 'full' },
      { day: '2026-10-10', half: 'am' },
    ]);
  });

  it('lets a morning and an afternoon of one day sit side by side, but not two overlapping spans', () => {
    expect(
      spansOverlap(span('2026-10-08', '2026-10-08', 'am', 'am'), span('2026-10-08', '2026-10-08', 'pm', 'pm')),
    ).toBe(false);
    expect(spansOverlap(span('2026-10-08', '2026-10-09'), span('2026-10-09', '2026-10-12', 'pm'))).toBe(true);
    expect(spansOverlap(span('2026-10-08', '2026-10-09', 'am', 'am'), span('2026-10-09', '2026-10-12', 'pm'))).toBe(
      false,
    );
  });
});
