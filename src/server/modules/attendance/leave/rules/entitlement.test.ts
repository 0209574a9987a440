import { describe, expect, it } from 'vitest';
import { annualDaysFor, annualEntitlement, yearsOfWork, yearsOfWorkExact } from './entitlement.js';

// Annual paid leave by cumulative years of work (SPEC §10): <1 year 0; 1–10 → 5; 10–20 → 10; 20+ → 15.
const rule = { from1Year: 5, from10Years: 10, from20Years: 15 };

describe('annual leave entitlement', () => {
  it('gives 0 / 5 / 10 / 15 days at 0.9 / 1 / 10 / 20 years', () => {
    const on = '2027-03-01';
    expect(annualEntitlement('2026-04-06', on, rule)).toBe(0); // ≈ 0.9 years
    expect(yearsOfWorkExact('2026-04-06', on)).toBe(0.9);
    expect(annualEntitlement('2026-03-01', on, rule)).toBe(5); // 1 year on the day
    expect(annualEntitlement('2026-03-02', on, rule)).toBe(0); // one day short
    expect(annualEntitlement('2017-03-01', on, rule)).toBe(10); // 10 years
    expect(annualEntitlement('2017-03-02', on, rule)).toBe(5);
    expect(annualEntitlement('2007-03-01', on, rule)).toBe(15); // 20 years
    expect(annualEntitlement('2007-03-02', on, rule)).toBe(10);
  });

  it('counts whole years to the anniversary, leap days included', () => {
    expect(yearsOfWork('2020-02-29', '2021-02-28')).toBe(0);
    expect(yearsOfWork('2020-02-29', '2021-03-01')).toBe(1);
    expect(yearsOfWork('2027-01-01', '2026-12-31')).toBe(0);
  });

  it('follows the settings', () => {
    expect(annualDaysFor(12, { from1Year: 6, from10Years: 11, from20Years: 16 })).toBe(11);
  });
});

describe('annual leave entitlement follows each band’s setting', () => {
  const own = { from1Year: 6, from10Years: 12, from20Years: 18 };
  it('gives each band its own figure: 1–10 → from1Year, 10–20 → from10Years, 20+ → from20Years', () => {
    expect(annualDaysFor(0, own)).toBe(0);
    expect(annualDaysFor(1, own)).toBe(6);
    expect(annualDaysFor(9, own)).toBe(6);
    expect(annualDaysFor(10, own)).toBe(12);
    expect(annualDaysFor(19, own)).toBe(12);
    expect(annualDaysFor(20, own)).toBe(18);
    expect(annualDaysFor(35, own)).toBe(18);
    expect(annualEntitlement('2007-03-01', '2027-03-01', own)).toBe(18);
    expect(annualEntitlement('2007-03-01', '2027-03-01', rule)).toBe(15);
  });
});
