import { describe, expect, it } from 'vitest';
import type { CreditRule } from '../../training/attendance/credit.js';
import { creditSums, dayCredit, isBreach, type MatchedDay } from './day-rules.js';
import { monthFigures } from './month.js';

// The pure rules behind the feeds and the monthly summary (day-rules.ts, month.ts).

const rule: CreditRule = { minorMinutes: 10, lateMinor: 0.8, lateMajor: 0.5, leftEarly: 0.5 };
const d = (outcome: string, extra: Partial<MatchedDay> = {}): MatchedDay => ({
  employeeId: 'p',
  day: '2027-03-01',
  outcome,
  resolution: null,
  lateMinutes: 0,
  earlyMinutes: 0,
  ...extra,
});

describe('breaches', () => {
  it('counts late, early, absent and missing punches unless excused or turned into leave', () => {
    for (const o of [
      'late',
      'early_leave',
      'late_and_early',
      'half_day_absent',
      'absent',
      'missing_in',
      'missing_out',
    ]) {
      expect(isBreach(d(o)), o).toBe(true);
      expect(isBreach(d(o, { resolution: 'open' })), o).toBe(true);
      expect(isBreach(d(o, { resolution: 'confirmed' })), o).toBe(true);
      expect(isBreach(d(o, { resolution: 'excused' })), o).toBe(false);
      expect(isBreach(d(o, { resolution: 'leave' })), o).toBe(false);
    }
    for (const o of ['on_time', 'rest', 'on_leave', 'pending']) expect(isBreach(d(o)), o).toBe(false);
  });
});

describe('day credit', () => {
  it('applies the training credit rule to a day', () => {
    expect(dayCredit(d('on_time'), rule)).toBe(1);
    expect(dayCredit(d('late', { lateMinutes: 10 }), rule)).toBe(0.8);
    expect(dayCredit(d('late', { lateMinutes: 11 }), rule)).toBe(0.5);
    expect(dayCredit(d('early_leave', { earlyMinutes: 3 }), rule)).toBe(0.5);
    expect(dayCredit(d('late_and_early', { lateMinutes: 6, earlyMinutes: 6 }), rule)).toBe(0.5);
    expect(dayCredit(d('half_day_absent', { lateMinutes: 45 }), rule)).toBe(0.5);
    expect(dayCredit(d('missing_out'), rule)).toBe(0.5);
    expect(dayCredit(d('absent'), rule)).toBe(0);
  });
  it('leaves out rest, leave and pending days, and treats excused as present (a whole absent day as leave)', () => {
    for (const o of ['rest', 'on_leave', 'pending']) expect(dayCredit(d(o), rule)).toBeNull();
    expect(dayCredit(d('absent', { resolution: 'leave' }), rule)).toBeNull();
    expect(dayCredit(d('absent', { resolution: 'excused' }), rule)).toBeNull();
    expect(dayCredit(d('late', { resolution: 'excused', lateMinutes: 40 }), rule)).toBe(1);
  });
  it('sums credit over counted days', () => {
    const days = [d('on_time'), d('late', { lateMinutes: 5 }), d('absent'), d('rest'), d('on_leave')];
    expect(creditSums(days, rule)).toEqual({ credit: 1.8, counted: 3 });
  });
});

describe('month figures', () => {
  it('adds up a small crafted month', () => {
    const sched = (day: string, minutes = 480) => ({ day, shiftId: 's', workMinutes: minutes });
    const f = monthFigures({
      schedule: [
        sched('2027-03-01'),
        sched('2027-03-02'),
        sched('2027-03-03'),
        sched('2027-03-04'),
        sched('2027-03-05'),
        sched('2027-03-08'),
        sched('2027-03-09'),
        { day: '2027-03-06', shiftId: null, workMinutes: 0 },
      ],
      days: [
        d('on_time', { day: '2027-03-01' }),
        d('late', { day: '2027-03-02', lateMinutes: 12 }),
        d('late_and_early', { day: '2027-03-03', lateMinutes: 8, earlyMinutes: 20 }),
        d('absent', { day: '2027-03-04' }),
        d('half_day_absent', { day: '2027-03-05', lateMinutes: 40 }),
        d('missing_out', { day: '2027-03-08' }),
        d('late', { day: '2027-03-09', lateMinutes: 30, resolution: 'excused' }),
        d('rest', { day: '2027-03-06' }),
      ],
      leave: [
        { day: '2027-03-10', half: 'full', kind: 'annual' },
        { day: '2027-03-11', half: 'am', kind: 'sick' },
        { day: '2027-03-12', half: 'full', kind: 'annual' },
      ],
      overtime: [
        { hours: 2, compensation: 'toil' },
        { hours: 1.5, compensation: 'paid' },
      ],
      toilLeft: 6,
    });
    expect(f).toEqual({
      scheduledDays: 7,
      scheduledHours: 56,
      // 480 + 468 + 452 + 0 + 440 + 0 + 480 (excused) = 2320 minutes
      workedHours: 38.67,
      lateCount: 2,
      lateMinutes: 20,
      earlyCount: 1,
      earlyMinutes: 20,
      absentDays: 1.5,
      missingPunches: 1,
      excusedDays: 1,
      leaveDays: { annual: 2, sick: 0.5 },
      leaveTotal: 2.5,
      overtimePaidHours: 1.5,
      overtimeToilHours: 2,
      toilLeftHours: 6,
    });
  });
});
