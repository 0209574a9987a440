import { describe, expect, it } from 'vitest';
import { assignPunches, matchDay, type LeaveHalf, type MatchSettings, type ShiftTimes } from './match.js';

// Center time is UTC+8: a 09:00–18:00 shift on 2027-03-10 is 01:00Z–10:00Z.
const S: MatchSettings = {
  graceMinutes: 5,
  halfDayAbsentMinutes: 30,
  windowBeforeMinutes: 180,
  windowAfterMinutes: 360,
};
const DAY: ShiftTimes = { startsAt: '2027-03-10T01:00:00.000Z', endsAt: '2027-03-10T10:00:00.000Z' };
// 22:00–06:00 center time, crossing into 2027-03-11.
const NIGHT: ShiftTimes = { startsAt: '2027-03-10T14:00:00.000Z', endsAt: '2027-03-10T22:00:00.000Z' };
const LATER = '2027-03-20T00:00:00.000Z';

const run = (punches: string[], opts: { shift?: ShiftTimes | null; leave?: LeaveHalf | null; now?: string } = {}) =>
  matchDay({
    shift: opts.shift === undefined ? DAY : opts.shift,
    leave: opts.leave ?? null,
    punches,
    now: opts.now ?? LATER,
    settings: S,
  });

describe('matchDay', () => {
  it('on time when in before the start and out after the end', () => {
    const r = run(['2027-03-10T00:55:00Z', '2027-03-10T10:02:00Z']);
    expect(r).toEqual({
      firstIn: '2027-03-10T00:55:00.000Z',
      lastOut: '2027-03-10T10:02:00.000Z',
      lateMinutes: 0,
      earlyMinutes: 0,
      outcome: 'on_time',
    });
  });

  it('up to the grace is on time and counts 0 minutes; a partial minute is not counted', () => {
    expect(run(['2027-03-10T01:05:59Z', '2027-03-10T10:00:00Z'])).toMatchObject({ outcome: 'on_time', lateMinutes: 0 });
    expect(run(['2027-03-10T01:00:00Z', '2027-03-10T09:55:00Z'])).toMatchObject({
      outcome: 'on_time',
      earlyMinutes: 0,
    });
  });

  it('one minute over the grace is late, with the real minutes', () => {
    expect(run(['2027-03-10T01:06:00Z', '2027-03-10T10:00:00Z'])).toMatchObject({ outcome: 'late', lateMinutes: 6 });
  });

  it('exactly the half-day threshold is still late; one more minute is half-day absence', () => {
    expect(run(['2027-03-10T01:30:00Z', '2027-03-10T10:00:00Z'])).toMatchObject({ outcome: 'late', lateMinutes: 30 });
    expect(run(['2027-03-10T01:31:00Z', '2027-03-10T10:00:00Z'])).toMatchObject({
      outcome: 'half_day_absent',
      lateMinutes: 31,
    });
  });

  it('leaving early: early_leave, and over the threshold half-day absence', () => {
    expect(run(['2027-03-10T01:00:00Z', '2027-03-10T09:40:00Z'])).toMatchObject({
      outcome: 'early_leave',
      earlyMinutes: 20,
    });
    expect(run(['2027-03-10T01:00:00Z', '2027-03-10T09:00:00Z'])).toMatchObject({ outcome: 'half_day_absent' });
  });

  it('late and early together', () => {
    expect(run(['2027-03-10T01:10:00Z', '2027-03-10T09:50:00Z'])).toMatchObject({
      outcome: 'late_and_early',
      lateMinutes: 10,
      earlyMinutes: 10,
    });
  });

  it('no punch on a working shift is absence; one side missing is a missing punch', () => {
    expect(run([])).toMatchObject({ outcome: 'absent', firstIn: null, lastOut: null });
    expect(run(['2027-03-10T00:58:00Z'])).toMatchObject({
      outcome: 'missing_out',
      firstIn: '2027-03-10T00:58:00.000Z',
    });
    expect(run(['2027-03-10T10:01:00Z'])).toMatchObject({ outcome: 'missing_in', lastOut: '2027-03-10T10:01:00.000Z' });
  });

  it('two taps at the start are both ins, not an out eight hours early', () => {
    expect(run(['2027-03-10T00:59:00Z', '2027-03-10T01:00:00Z'])).toMatchObject({ outcome: 'missing_out' });
  });

  it('punches outside the window do not count', () => {
    // 4 h before the start (window 3 h) and 7 h after the end (window 6 h)
    expect(run(['2027-03-09T21:00:00Z', '2027-03-10T17:00:00Z'])).toMatchObject({ outcome: 'absent' });
  });

  it('a night shift takes its punch-out from the next center day', () => {
    const r = run(['2027-03-10T13:50:00Z', '2027-03-10T22:05:00Z'], { shift: NIGHT });
    expect(r).toMatchObject({ outcome: 'on_time', lastOut: '2027-03-10T22:05:00.000Z' });
    expect(run(['2027-03-10T14:20:00Z', '2027-03-10T21:00:00Z'], { shift: NIGHT })).toMatchObject({
      outcome: 'half_day_absent',
      lateMinutes: 20,
      earlyMinutes: 60,
    });
  });

  it('rest day whatever the punches; the schedule, not the calendar, decides', () => {
    expect(run(['2027-03-10T01:00:00Z'], { shift: null })).toMatchObject({ outcome: 'rest' });
    // a Sunday make-up workday is just a shift
    const sunday: ShiftTimes = { startsAt: '2027-03-14T01:00:00.000Z', endsAt: '2027-03-14T10:00:00.000Z' };
    expect(run(['2027-03-14T01:02:00Z', '2027-03-14T10:00:00Z'], { shift: sunday })).toMatchObject({
      outcome: 'on_time',
    });
    expect(run([], { shift: sunday })).toMatchObject({ outcome: 'absent' });
  });

  it('full-day leave excuses the day', () => {
    expect(run([], { leave: 'full' })).toMatchObject({ outcome: 'on_leave', lateMinutes: 0 });
  });

  it('half-day leave moves the counted part to the other half', () => {
    // am leave: counted from 05:30Z (13:30 local)
    expect(run(['2027-03-10T05:25:00Z', '2027-03-10T10:00:00Z'], { leave: 'am' })).toMatchObject({
      outcome: 'on_time',
    });
    expect(run(['2027-03-10T05:45:00Z', '2027-03-10T10:00:00Z'], { leave: 'am' })).toMatchObject({
      outcome: 'late',
      lateMinutes: 15,
    });
    // pm leave: may leave at the midpoint
    expect(run(['2027-03-10T01:00:00Z', '2027-03-10T05:30:00Z'], { leave: 'pm' })).toMatchObject({
      outcome: 'on_time',
    });
    expect(run([], { leave: 'pm' })).toMatchObject({ outcome: 'absent' });
  });

  it('pending until the counted part has ended', () => {
    const now = '2027-03-10T05:00:00Z';
    expect(run(['2027-03-10T01:10:00Z'], { now })).toMatchObject({
      outcome: 'pending',
      lateMinutes: 10,
      earlyMinutes: 0,
    });
    expect(run([], { now })).toMatchObject({ outcome: 'pending' });
    expect(run([], { now: '2027-03-10T10:00:00Z' })).toMatchObject({ outcome: 'absent' });
    // pm leave ends the day at the midpoint
    expect(
      run(['2027-03-10T01:00:00Z', '2027-03-10T05:31:00Z'], { now: '2027-03-10T05:40:00Z', leave: 'pm' }),
    ).toMatchObject({
      outcome: 'on_time',
    });
  });
});

describe('assignPunches', () => {
  it('a punch in two windows goes to the nearer shift', () => {
    // night shift ends 22:00Z; next early shift starts 2027-03-11T00:00Z (08:00 local)
    const early: ShiftTimes = { startsAt: '2027-03-11T00:00:00.000Z', endsAt: '2027-03-11T09:00:00.000Z' };
    const punches = ['2027-03-10T22:03:00Z', '2027-03-10T23:55:00Z', '2027-03-11T09:01:00Z'];
    const [night, day] = assignPunches([NIGHT, early], punches, S);
    expect(night).toEqual(['2027-03-10T22:03:00Z']);
    expect(day).toEqual(['2027-03-10T23:55:00Z', '2027-03-11T09:01:00Z']);
  });

  it('rest days and punches outside every window get nothing', () => {
    const [rest, day] = assignPunches([null, DAY], ['2027-03-09T01:00:00Z', '2027-03-10T01:00:00Z'], S);
    expect(rest).toEqual([]);
    expect(day).toEqual(['2027-03-10T01:00:00Z']);
  });

  it('a tie goes to the earlier shift', () => {
    const a: ShiftTimes = { startsAt: '2027-03-10T00:00:00.000Z', endsAt: '2027-03-10T04:00:00.000Z' };
    const b: ShiftTimes = { startsAt: '2027-03-10T06:00:00.000Z', endsAt: '2027-03-10T10:00:00.000Z' };
    const [x, y] = assignPunches([b, a], ['2027-03-10T05:00:00Z'], S);
    expect(x).toEqual([]);
    expect(y).toEqual(['2027-03-10T05:00:00Z']);
  });
});

describe('matchDay follows its settings', () => {
  const withSettings = (punches: string[], s: Partial<MatchSettings>) =>
    matchDay({ shift: DAY, leave: null, punches, now: LATER, settings: { ...S, ...s } });
  const late = (minutes: number) => `2027-03-10T01:${String(minutes).padStart(2, '0')}:00Z`;

  it('graceMinutes: 8 minutes late is late at 5, on time at 10; 1 minute is late at 0', () => {
    const punches = [late(8), '2027-03-10T10:00:00Z'];
    expect(withSettings(punches, { graceMinutes: 5 })).toMatchObject({ outcome: 'late', lateMinutes: 8 });
    expect(withSettings(punches, { graceMinutes: 10 })).toMatchObject({ outcome: 'on_time', lateMinutes: 0 });
    expect(withSettings([late(1), '2027-03-10T10:00:00Z'], { graceMinutes: 0 })).toMatchObject({
      outcome: 'late',
      lateMinutes: 1,
    });
    // early leave uses the same grace
    expect(withSettings([late(0), '2027-03-10T09:52:00Z'], { graceMinutes: 10 })).toMatchObject({
      outcome: 'on_time',
      earlyMinutes: 0,
    });
  });

  it('halfDayAbsentMinutes: 45 minutes late is half-day absence at 30, only late at 60; 20 is absence at 15', () => {
    const punches = [late(45), '2027-03-10T10:00:00Z'];
    expect(withSettings(punches, {})).toMatchObject({ outcome: 'half_day_absent', lateMinutes: 45 });
    expect(withSettings(punches, { halfDayAbsentMinutes: 60 })).toMatchObject({ outcome: 'late', lateMinutes: 45 });
    expect(withSettings([late(20), '2027-03-10T10:00:00Z'], { halfDayAbsentMinutes: 15 })).toMatchObject({
      outcome: 'half_day_absent',
    });
    expect(withSettings([late(0), '2027-03-10T09:20:00Z'], { halfDayAbsentMinutes: 60 })).toMatchObject({
      outcome: 'early_leave',
      earlyMinutes: 40,
    });
  });

  it('the punch windows: a punch 2 h before the start counts at 180 minutes, not at 60', () => {
    const punches = ['2027-03-09T23:00:00Z', '2027-03-10T10:00:00Z'];
    expect(withSettings(punches, {})).toMatchObject({ outcome: 'on_time' });
    expect(withSettings(punches, { windowBeforeMinutes: 60 })).toMatchObject({ outcome: 'missing_in' });
    const out = ['2027-03-10T01:00:00Z', '2027-03-10T12:00:00Z'];
    expect(withSettings(out, {})).toMatchObject({ outcome: 'on_time' });
    expect(withSettings(out, { windowAfterMinutes: 60 })).toMatchObject({ outcome: 'missing_out' });
  });
});
