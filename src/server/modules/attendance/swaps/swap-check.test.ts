import { describe, expect, it } from 'vitest';
import { swapProblems, type Entry, type SwapCase } from './swap-check.js';

// The rules a shift swap must pass before anyone is asked (issue 19 item 4): both rostered and
// published, skills both ways, no overlap, enough rest, not too many days in a row.

const A = 'anna';
const B = 'bo';
// Beijing shifts as UTC instants: early 08:00–16:00, late 14:00–22:00, night 23:00–09:00.
const at = (day: string, hh: number) => new Date(Date.parse(`${day}T00:00:00Z`) + (hh - 8) * 3_600_000).toISOString();
const shift = (employeeId: string, day: string, id: string | null, skill: string | null = null): Entry => {
  const hours: Record<string, [number, number]> = { early: [8, 16], late: [14, 22], night: [23, 33], card: [8, 16] };
  const h = id ? hours[id] : null;
  return {
    employeeId,
    day,
    shiftId: id,
    startsAt: h ? at(day, h[0]) : null,
    endsAt: h ? at(day, h[1]) : null,
    skill,
    published: true,
  };
};
const base = (entries: Entry[], skills: Record<string, string[]> = {}): SwapCase => ({
  requesterId: A,
  requesterDay: '2027-03-10',
  colleagueId: B,
  colleagueDay: '2027-03-10',
  entries,
  skills: new Map(Object.entries(skills)),
  minRestHours: 8,
  maxDaysInRow: 6,
});
const codes = (c: SwapCase) => swapProblems(c).map((p) => [p.code, p.employeeId, p.day]);

describe('swapProblems', () => {
  it('passes a same-day exchange of two plain shifts', () => {
    expect(codes(base([shift(A, '2027-03-10', 'early'), shift(B, '2027-03-10', 'late')]))).toEqual([]);
  });

  it('needs the skill of the shift each one takes, both ways', () => {
    const entries = [shift(A, '2027-03-10', 'card', '信用卡'), shift(B, '2027-03-10', 'late', '储蓄')];
    expect(codes(base(entries, { [A]: ['储蓄'], [B]: [] }))).toEqual([['SWAP_SKILL_MISSING', B, '2027-03-10']]);
    expect(codes(base(entries, { [A]: [], [B]: ['信用卡'] }))).toEqual([['SWAP_SKILL_MISSING', A, '2027-03-10']]);
    expect(codes(base(entries, { [A]: ['储蓄'], [B]: ['信用卡'] }))).toEqual([]);
  });

  it('refuses a day not rostered or not published, a rest day to give away, and nothing to exchange', () => {
    expect(codes(base([shift(A, '2027-03-10', 'early')]))).toEqual([['SWAP_NOT_ROSTERED', B, '2027-03-10']]);
    const draft = { ...shift(B, '2027-03-10', 'late'), published: false };
    expect(codes(base([shift(A, '2027-03-10', 'early'), draft]))).toEqual([['SWAP_NOT_ROSTERED', B, '2027-03-10']]);
    expect(codes(base([shift(A, '2027-03-10', null), shift(B, '2027-03-10', 'late')]))).toEqual([
      ['SWAP_NO_SHIFT', A, '2027-03-10'],
    ]);
    expect(codes(base([shift(A, '2027-03-10', 'early'), shift(B, '2027-03-10', 'early')]))).toEqual([
      ['SWAP_NOTHING_TO_EXCHANGE', A, '2027-03-10'],
    ]);
  });

  it('refuses an overlap and a rest shorter than the setting, across midnight', () => {
    // B works a night on the 9th (until 09:00 on the 10th): taking A's early of the 10th overlaps.
    const entries = [
      shift(A, '2027-03-10', 'early'),
      shift(B, '2027-03-10', null),
      shift(B, '2027-03-09', 'night'),
      shift(A, '2027-03-09', null),
    ];
    expect(codes(base(entries))).toEqual([['SWAP_OVERLAP', B, '2027-03-10']]);
    // A late on the 9th (ends 22:00) then the early of the 10th (08:00): 10 h of rest, enough at 8, not at 11.
    const late = [shift(A, '2027-03-10', 'early'), shift(B, '2027-03-10', null), shift(B, '2027-03-09', 'late')];
    expect(codes(base(late))).toEqual([]);
    expect(codes({ ...base(late), minRestHours: 11 })).toEqual([['SWAP_REST_TOO_SHORT', B, '2027-03-10']]);
  });

  it('exchanges across two days and refuses a seventh working day in a row', () => {
    const days = ['2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07', '2027-03-08', '2027-03-09'];
    const entries = [
      shift(A, '2027-03-10', 'early'),
      shift(B, '2027-03-10', null),
      shift(A, '2027-03-12', null),
      shift(B, '2027-03-12', 'early'),
      ...days.map((d) => shift(B, d, 'early')),
    ];
    const c = { ...base(entries), colleagueDay: '2027-03-12' };
    expect(codes(c)).toEqual([['SWAP_TOO_MANY_DAYS_IN_ROW', B, '2027-03-04']]);
    expect(codes({ ...c, maxDaysInRow: 7 })).toEqual([]);
  });
});
