import { describe, expect, it } from 'vitest';
import { copySource, daysOf, periodEnd, weekdayOf } from './period.js';
import { crossesMidnight, firstOverlap, overlaps, shiftInstants, shiftProblem, workMinutes } from './shift-times.js';

const day = { startTime: '09:00', endTime: '18:00', breaks: [{ start: '12:00', end: '13:00' }] };
const night = { startTime: '22:00', endTime: '07:00', breaks: [{ start: '02:00', end: '02:30' }] };
const early = { startTime: '06:00', endTime: '14:00', breaks: [] };

describe('shift times', () => {
  it('work minutes are the span less the breaks, across midnight too', () => {
    expect(workMinutes(day)).toBe(480);
    expect(workMinutes(night)).toBe(510);
    expect(workMinutes(early)).toBe(480);
    expect(crossesMidnight(night)).toBe(true);
    expect(crossesMidnight(day)).toBe(false);
  });

  it('places a shift on a center day in UTC (UTC+8), ending on the next day when it crosses midnight', () => {
    expect(shiftInstants(day, '2027-03-01', 480)).toEqual({
      startsAt: '2027-03-01T01:00:00.000Z',
      endsAt: '2027-03-01T10:00:00.000Z',
    });
    expect(shiftInstants(night, '2027-03-01', 480)).toEqual({
      startsAt: '2027-03-01T14:00:00.000Z',
      endsAt: '2027-03-01T23:00:00.000Z',
    });
    // west of Greenwich: 22:00 at UTC-5 is 03:00 UTC the next day
    expect(shiftInstants(night, '2027-03-01', -300).startsAt).toBe('2027-03-02T03:00:00.000Z');
    // 00:00–08:00 starts at the day's own midnight
    expect(shiftInstants({ startTime: '00:00', endTime: '08:00' }, '2027-03-01', 0).startsAt).toBe(
      '2027-03-01T00:00:00.000Z',
    );
  });

  it('refuses end = start, breaks outside the shift or overlapping each other, and bad times', () => {
    expect(shiftProblem({ startTime: '09:00', endTime: '09:00', breaks: [] })?.code).toBe(
      'ATTENDANCE_SHIFT_END_EQUALS_START',
    );
    expect(shiftProblem({ ...day, breaks: [{ start: '18:30', end: '19:00' }] })).toEqual({
      code: 'ATTENDANCE_SHIFT_BREAK_OUTSIDE',
      field: 'breaks.0',
    });
    expect(shiftProblem({ ...day, breaks: [{ start: '13:00', end: '12:00' }] })?.code).toBe(
      'ATTENDANCE_SHIFT_BREAK_OUTSIDE',
    );
    expect(shiftProblem({ ...night, breaks: [{ start: '21:00', end: '23:00' }] })?.code).toBe(
      'ATTENDANCE_SHIFT_BREAK_OUTSIDE',
    );
    expect(
      shiftProblem({
        ...day,
        breaks: [
          { start: '12:00', end: '13:00' },
          { start: '12:30', end: '12:45' },
        ],
      }),
    ).toEqual({ code: 'ATTENDANCE_SHIFT_BREAKS_OVERLAP', field: 'breaks.1' });
    expect(shiftProblem({ ...day, startTime: '24:00' })?.code).toBe('ATTENDANCE_SHIFT_BAD_TIME');
    expect(shiftProblem(day)).toBeNull();
    expect(shiftProblem(night)).toBeNull();
    // a break across midnight inside a night shift is fine
    expect(shiftProblem({ ...night, breaks: [{ start: '23:45', end: '00:15' }] })).toBeNull();
  });

  it('finds a night shift running into the next day’s early shift, and lets touching shifts be', () => {
    const n = { day: '2027-03-01', ...shiftInstants(night, '2027-03-01', 480) };
    const e = { day: '2027-03-02', ...shiftInstants(early, '2027-03-02', 480) };
    expect(overlaps(n, e)).toBe(true);
    expect(firstOverlap([e, n])).toBe('2027-03-02');
    const d = { day: '2027-03-02', ...shiftInstants(day, '2027-03-02', 480) };
    expect(firstOverlap([n, d])).toBeNull();
    const touching = {
      day: '2027-03-02',
      ...shiftInstants({ startTime: '07:00', endTime: '15:00' }, '2027-03-02', 480),
    };
    expect(firstOverlap([n, touching])).toBeNull();
    expect(firstOverlap([n, { day: '2027-03-02' }])).toBeNull();
  });
});

describe('roster periods', () => {
  it('starts a week on a Monday and a month on its first day', () => {
    expect(periodEnd('2027-03-01', 'week')).toBe('2027-03-07');
    expect(periodEnd('2027-03-02', 'week')).toBeNull();
    expect(periodEnd('2027-02-01', 'month')).toBe('2027-02-28');
    expect(periodEnd('2028-02-01', 'month')).toBe('2028-02-29');
    expect(periodEnd('2027-03-15', 'month')).toBeNull();
    expect(weekdayOf('2027-03-07')).toBe(6);
  });

  it('copies the same weekday: the week before, or four (five) weeks back for a month', () => {
    expect(copySource('2027-03-10', '2027-03-08', 'week')).toBe('2027-03-03');
    expect(copySource('2027-04-01', '2027-04-01', 'month')).toBe('2027-03-04');
    expect(copySource('2027-03-31', '2027-03-01', 'month')).toBe('2027-02-24');
    for (const day of daysOf('2027-03-01', '2027-03-31')) {
      const from = copySource(day, '2027-03-01', 'month');
      expect(weekdayOf(from)).toBe(weekdayOf(day));
      expect(from < '2027-03-01' && from >= '2027-02-01').toBe(true);
    }
  });
});
