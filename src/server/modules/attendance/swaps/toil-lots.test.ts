import { describe, expect, it } from 'vitest';
import { balanceOn, hoursLeft, planToilUse, toilExpiresOn, type ToilLot } from './toil-lots.js';

// Time off in lieu: expiry (SPEC §10, 3 months by default, month ends clamped) and FIFO use.

const lot = (id: string, hours: number, earnedOn: string, expiresOn: string, usedHours = 0): ToilLot => ({
  id,
  hours,
  usedHours,
  earnedOn,
  expiresOn,
});

describe('toilExpiresOn', () => {
  it('is the same day three months later', () => {
    expect(toilExpiresOn('2027-03-15', 3)).toBe('2027-06-15');
    expect(toilExpiresOn('2026-12-07', 3)).toBe('2027-03-07');
  });

  it('clamps to the end of a shorter month', () => {
    expect(toilExpiresOn('2026-11-30', 3)).toBe('2027-02-28');
    expect(toilExpiresOn('2027-01-31', 1)).toBe('2027-02-28');
    expect(toilExpiresOn('2027-11-30', 3)).toBe('2028-02-29'); // leap year
    expect(toilExpiresOn('2027-05-31', 1)).toBe('2027-06-30');
  });

  it('follows the setting and refuses a nonsense number of months', () => {
    expect(toilExpiresOn('2027-03-01', 6)).toBe('2027-09-01');
    expect(() => toilExpiresOn('2027-03-01', 0)).toThrow();
  });
});

describe('hoursLeft and balanceOn', () => {
  const a = lot('a', 4, '2027-03-01', '2027-06-01', 1.5);
  it('counts from the day earned through the expiry day, not after', () => {
    expect(hoursLeft(a, '2027-02-28')).toBe(0);
    expect(hoursLeft(a, '2027-03-01')).toBe(2.5);
    expect(hoursLeft(a, '2027-06-01')).toBe(2.5);
    expect(hoursLeft(a, '2027-06-02')).toBe(0);
  });

  it('sums the open lots only', () => {
    const b = lot('b', 3, '2027-04-01', '2027-07-01');
    expect(balanceOn([a, b], '2027-05-01')).toBe(5.5);
    expect(balanceOn([a, b], '2027-06-15')).toBe(3);
  });
});

describe('planToilUse', () => {
  const lots = [
    lot('late', 4, '2027-04-10', '2027-07-10'),
    lot('soon', 2, '2027-03-05', '2027-06-05'),
    lot('gone', 8, '2027-01-05', '2027-04-05'),
  ];

  it('draws on the lot that lapses soonest first, then the next', () => {
    expect(planToilUse(lots, 1, '2027-05-01')).toEqual([{ id: 'soon', hours: 1 }]);
    expect(planToilUse(lots, 5, '2027-05-01')).toEqual([
      { id: 'soon', hours: 2 },
      { id: 'late', hours: 3 },
    ]);
  });

  it('never uses an expired lot and refuses beyond the open hours', () => {
    expect(planToilUse(lots, 6, '2027-05-01')).toEqual([
      { id: 'soon', hours: 2 },
      { id: 'late', hours: 4 },
    ]);
    expect(planToilUse(lots, 6.5, '2027-05-01')).toBeNull();
    expect(planToilUse(lots, 8, '2027-04-06')).toBeNull(); // 'gone' lapsed the day before
  });

  it('keeps fractions exact to the hundredth', () => {
    const f = [lot('x', 0.1, '2027-03-01', '2027-06-01'), lot('y', 0.2, '2027-03-02', '2027-06-02')];
    expect(planToilUse(f, 0.3, '2027-03-10')).toEqual([
      { id: 'x', hours: 0.1 },
      { id: 'y', hours: 0.2 },
    ]);
  });
});
