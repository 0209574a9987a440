import { describe, expect, it } from 'vitest';
import { addWorkingDaysIn, isWorkingDayIn, workingDaysBetweenIn, type Calendar, type DayKind } from './calendar.js';
import { packageYears } from './calendar-seed.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The rules on the package's own data, without a database.
const data = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json'), 'utf8'),
);
const cal: Calendar = {
  years: new Set(packageYears()),
  exceptions: new Map<string, { kind: DayKind; name: string }>([
    ...Object.keys(data.holidays).map((d): [string, { kind: DayKind; name: string }] => [
      d,
      { kind: 'holiday', name: 'h' },
    ]),
    ...Object.keys(data.workdays).map((d): [string, { kind: DayKind; name: string }] => [
      d,
      { kind: 'workday', name: 'w' },
    ]),
  ]),
};

describe('working-day calendar', () => {
  it('counts a notice published on Friday 2026-02-13 over the Spring Festival: Sat 02-14 (调休), Tue 02-24, Wed 02-25', () => {
    expect(isWorkingDayIn(cal, '2026-02-14')).toBe(true); // a Saturday made a workday
    expect(isWorkingDayIn(cal, '2026-02-16')).toBe(false); // a Monday in the holiday
    expect(isWorkingDayIn(cal, '2026-02-23')).toBe(false);
    expect(addWorkingDaysIn(cal, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDaysIn(cal, '2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDaysIn(cal, '2026-02-13', 3)).toBe('2026-02-25');
  });

  it('does not count the day of the event, and n = 0 is that day', () => {
    expect(addWorkingDaysIn(cal, '2026-11-23', 0)).toBe('2026-11-23');
    expect(addWorkingDaysIn(cal, '2026-11-23', 1)).toBe('2026-11-24'); // Monday → Tuesday
    expect(addWorkingDaysIn(cal, '2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
  });

  it('skips National Day and works the make-up Saturday 2026-10-10', () => {
    expect(addWorkingDaysIn(cal, '2026-09-30', 1)).toBe('2026-10-08');
    expect(isWorkingDayIn(cal, '2026-10-10')).toBe(true);
    expect(workingDaysBetweenIn(cal, '2026-09-30', '2026-10-10')).toBe(3); // 10-08, 10-09, 10-10
  });

  it('refuses a year it has no data for instead of counting 2027-01-01 as an ordinary Friday', () => {
    expect(() => isWorkingDayIn(cal, '2027-01-01')).toThrow(/no data for 2027/);
    expect(() => addWorkingDaysIn(cal, '2026-12-30', 3)).toThrow(
      expect.objectContaining({ errorCode: 'CALENDAR_YEAR_MISSING', statusCode: 422 }),
    );
    expect(addWorkingDaysIn(cal, '2026-12-29', 2)).toBe('2026-12-31'); // still inside 2026: fine
  });

  it('refuses periods that are not a count of days', () => {
    expect(() => addWorkingDaysIn(cal, '2026-01-05', -1)).toThrow(/cannot be counted/);
    expect(() => addWorkingDaysIn(cal, '2026-01-05', 1.5)).toThrow(/cannot be counted/);
  });
});
