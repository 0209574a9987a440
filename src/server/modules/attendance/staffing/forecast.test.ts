import { describe, expect, it } from 'vitest';
import { averageVolumes, historyDays } from './forecast.js';

// The forecast's method (forecast.ts header) on its own: which days it reads, and the means.

describe('forecast', () => {
  it('reads the same weekday of the last N weeks before both the day and today', () => {
    expect(historyDays('2025-06-24', '2025-06-20', 4)).toEqual([
      '2025-06-17',
      '2025-06-10',
      '2025-06-03',
      '2025-05-27',
    ]);
    // a past day: the weeks before it
    expect(historyDays('2025-06-10', '2025-06-20', 2)).toEqual(['2025-06-03', '2025-05-27']);
    // three weeks ahead: the last Tuesdays that already happened
    expect(historyDays('2025-07-08', '2025-06-20', 2)).toEqual(['2025-06-17', '2025-06-10']);
    // today itself has not happened yet
    expect(historyDays('2025-06-20', '2025-06-20', 1)).toEqual(['2025-06-13']);
  });

  it('averages over the days with data only, AHT weighted by answered contacts', () => {
    const v = (day: string, slot: number, contacts: number, handle: number) => ({
      day,
      businessType: 'x',
      slot,
      contacts,
      answered: contacts,
      handleSeconds: handle,
    });
    const lines = averageVolumes(
      [v('d1', 18, 40, 40 * 180), v('d2', 18, 20, 20 * 240), v('d3', 19, 5, 0), { ...v('d2', 20, 6, 0), answered: 0 }],
      ['d1', 'd2', 'd4'],
      48,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0].contacts[18]).toBe(20); // (40 + 20) / 3 days with data
    expect(lines[0].ahtSeconds[18]).toBe(200); // (7200 + 4800) / 60
    expect(lines[0].contacts[19]).toBe(0); // d3 is not a day with data
    expect(lines[0].contacts[20]).toBe(2);
    expect(lines[0].ahtSeconds[20]).toBe(200); // no answered contact there: the line's day AHT
    expect(averageVolumes([v('d1', 1, 1, 1)], [], 48)).toEqual([]);
  });
});
