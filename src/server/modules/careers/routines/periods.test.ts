import { describe, expect, it } from 'vitest';
import { instancesInMonth, monthOfInstance, monthsBetween, periodOf } from './periods.js';

// Period instances on center days: the ISO week across a year's end, the halves, the months a
// week is reported in (its Thursday's), and leap February.

describe('routine periods', () => {
  it('gives the day, ISO week, month, half and year containing a day', () => {
    expect(periodOf('daily', '2026-12-31')).toEqual({
      period: 'daily',
      key: '2026-12-31',
      start: '2026-12-31',
      end: '2026-12-31',
    });
    expect(periodOf('weekly', '2026-12-09')).toMatchObject({ key: '2026-W50', start: '2026-12-07', end: '2026-12-13' });
    // 2026-12-28 (Monday) … 2027-01-03: ISO week 53 of 2026, so 2027-01-01 is in 2026's week.
    expect(periodOf('weekly', '2027-01-01')).toMatchObject({ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
    expect(periodOf('weekly', '2027-01-04')).toMatchObject({ key: '2027-W01', start: '2027-01-04' });
    // 2024-12-30 (Monday) starts 2025's first week.
    expect(periodOf('weekly', '2024-12-31')).toMatchObject({ key: '2025-W01', start: '2024-12-30', end: '2025-01-05' });
    expect(periodOf('weekly', '2026-01-01')).toMatchObject({ key: '2026-W01', start: '2025-12-29' });
    expect(periodOf('weekly', '2026-12-13')).toMatchObject({ key: '2026-W50' }); // Sunday ends the week
    expect(periodOf('weekly', '2026-12-14')).toMatchObject({ key: '2026-W51' });
    expect(periodOf('monthly', '2028-02-10')).toEqual({
      period: 'monthly',
      key: '2028-02',
      start: '2028-02-01',
      end: '2028-02-29',
    });
    expect(periodOf('monthly', '2026-02-28')).toMatchObject({ end: '2026-02-28' });
    expect(periodOf('half_year', '2026-06-30')).toMatchObject({
      key: '2026-H1',
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(periodOf('half_year', '2026-07-01')).toMatchObject({
      key: '2026-H2',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodOf('year', '2026-07-01')).toEqual({
      period: 'year',
      key: '2026',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });

  it('reports each instance in one month', () => {
    // November 2026: Thursdays 5, 12, 19, 26 → four weeks; Oct 26–Nov 1 belongs to October.
    expect(instancesInMonth('weekly', '2026-11').map((w) => w.start)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(monthOfInstance(periodOf('weekly', '2026-11-01'))).toBe('2026-10');
    // December 2026 holds Nov 30–Dec 6 (Thursday Dec 3) and W53, whose Thursday is Dec 31.
    expect(instancesInMonth('weekly', '2026-12').map((w) => w.key)).toEqual([
      '2026-W49',
      '2026-W50',
      '2026-W51',
      '2026-W52',
      '2026-W53',
    ]);
    expect(instancesInMonth('daily', '2028-02')).toHaveLength(29);
    expect(instancesInMonth('monthly', '2026-11').map((i) => i.key)).toEqual(['2026-11']);
    expect(instancesInMonth('half_year', '2026-05')).toEqual([]);
    expect(instancesInMonth('half_year', '2026-06').map((i) => i.key)).toEqual(['2026-H1']);
    expect(instancesInMonth('year', '2026-11')).toEqual([]);
    expect(instancesInMonth('year', '2026-12').map((i) => i.key)).toEqual(['2026']);
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
