import { describe, expect, it } from 'vitest';
import type { GradeName } from '../../../../common/appraisal-plans.js';
import { allocateBonus, type BonusRow } from './bonus.js';
import { PLAN } from './scoring.testkit.js';

// The bonus table (SPEC §9: S 1.5, A 1.2, B 1.0, C 0.8, D 0), in cents.

const POOL = { ...PLAN, bonus: { ...PLAN.bonus, mode: 'pool' as const } };
const row = (personId: string, grade: GradeName, baseBonus: number | null = null, teamId = 't1'): BonusRow => ({
  personId,
  teamId,
  grade,
  baseBonus,
});

describe('allocateBonus', () => {
  it('base mode: base × coefficient, rounded half up to the cent', () => {
    const lines = allocateBonus(
      [row('a', 'S', 1_000_000), row('b', 'A', 333_333), row('c', 'C', 12_345), row('d', 'D', 500_000), row('e', 'B')],
      PLAN,
    );
    // 1,000,000 × 1.5 = 1,500,000 · 333,333 × 1.2 = 399,999.6 → 400,000 · 12,345 × 0.8 = 9,876 · D × 0 = 0 · no base → null
    expect(lines.map((l) => [l.personId, l.coefficient, l.amount])).toEqual([
      ['a', 1.5, 1_500_000],
      ['b', 1.2, 400_000],
      ['c', 0.8, 9_876],
      ['d', 0, 0],
      ['e', 1, null],
    ]);
    // 12,345 × 1.5 = 18,517.5 → 18,518 (half up)
    expect(allocateBonus([row('x', 'S', 12_345)], PLAN)[0].amount).toBe(18_518);
  });

  it('pool mode: shares by coefficient; the left-over cents go to the largest remainders; totals reconcile', () => {
    // Pool 1,000,000 cents; coefficients S 1.5, A 1.2, B 1, B 1, C 0.8, D 0 → sum 5.5.
    //   S 1,000,000 × 1.5/5.5 = 272,727.27 → 272,727 (rest .27)
    //   A 1,000,000 × 1.2/5.5 = 218,181.82 → 218,181 (rest .82)
    //   B 1,000,000 × 1/5.5   = 181,818.18 → 181,818 (rest .18) ×2
    //   C 1,000,000 × 0.8/5.5 = 145,454.55 → 145,454 (rest .55)
    //   D 0
    //   floors sum 999,998 → 2 cents left: A (.82) and C (.55) get one each.
    const rows = [row('s', 'S'), row('a', 'A'), row('b1', 'B'), row('b2', 'B'), row('c', 'C'), row('d', 'D')];
    const lines = allocateBonus(rows, POOL, { t1: 1_000_000 });
    expect(lines.map((l) => l.amount)).toEqual([272_727, 218_182, 181_818, 181_818, 145_455, 0]);
    expect(lines.reduce((s, l) => s + l.amount!, 0)).toBe(1_000_000);
  });

  it('breaks equal remainders by the larger coefficient, then personId', () => {
    // 100 cents among three B: 33.33 each → 33 × 3 = 99; the last cent to the smallest personId.
    expect(
      allocateBonus([row('p3', 'B'), row('p1', 'B'), row('p2', 'B')], POOL, { t1: 100 }).map((l) => l.amount),
    ).toEqual([33, 34, 33]);
    // 2 cents between S (1.5) and A (1.2): 2 × 1.5/2.7 = 1.11 and 2 × 1.2/2.7 = 0.89 → floors 1 and 0,
    // 1 cent left → A (rest .89 > .11).
    expect(allocateBonus([row('s', 'S'), row('a', 'A')], POOL, { t1: 2 }).map((l) => l.amount)).toEqual([1, 1]);
  });

  it('keeps each team to its own pool; no pool or all-zero coefficients give no amounts', () => {
    const rows = [
      row('a', 'A', null, 't1'),
      row('b', 'B', null, 't2'),
      row('c', 'C', null, 't2'),
      row('d', 'D', null, 't3'),
      row('e', 'S', null, 't4'),
    ];
    const lines = allocateBonus(rows, POOL, { t1: 50_000, t2: 99_999, t3: 10_000 });
    // t1: A alone takes it all. t2: B 99,999 × 1/1.8 = 55,555 and C 99,999 × 0.8/1.8 = 44,444, exact.
    // t3: only a D (coefficient 0) → nothing to share by. t4: no pool.
    expect(lines.map((l) => l.amount)).toEqual([50_000, 55_555, 44_444, null, null]);
  });

  it('reconciles random teams to the cent', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const grades: GradeName[] = ['S', 'A', 'B', 'C', 'D'];
    for (let t = 0; t < 50; t++) {
      const rows = Array.from({ length: 1 + Math.floor(rnd() * 30) }, (_, i) =>
        row(`p${i}`, grades[Math.floor(rnd() * 4)]),
      );
      const pool = Math.floor(rnd() * 10_000_000);
      const amounts = allocateBonus(rows, POOL, { t1: pool }).map((l) => l.amount!);
      expect(amounts.reduce((s, a) => s + a, 0)).toBe(pool);
      expect(amounts.every((a) => Number.isInteger(a) && a >= 0)).toBe(true);
    }
  });
});
