import { describe, expect, it } from 'vitest';
import { distribute, distributeTeam, type DistributionRow } from './distribute.js';
import { FORCED, PLAN } from './scoring.testkit.js';

// Forced distribution edge cases (SPEC §9: S ≤ 10 %, A ≤ 25 %, C + D ≥ 10 % per team of ≥ 10).
// With n = 10: S cap ⌊0.1 × 10⌋ = 1, A cap ⌊0.25 × 10⌋ = 2, low minimum ⌈0.1 × 10⌉ = 1.

const team = (totals: (number | null)[], tiebreaks: number[][] = []): DistributionRow[] =>
  totals.map((total, i) => ({ personId: `p${String(i).padStart(2, '0')}`, total, tiebreak: tiebreaks[i] ?? [] }));
const gradesOf = (m: Map<string, string>, rows: DistributionRow[]) =>
  rows.map((r) => m.get(r.personId) ?? '-').join('');

describe('distribute', () => {
  it('caps S and A, cascades the overflow down, and makes the bottom C', () => {
    // score grades: 95 S, 93 S, 91 S, 85 A, 84 A, 82 A, 81 A, 75 B, 72 B, 70 B
    // S cap 1: 95 keeps S; 93, 91 → A. A in rank order: 93, 91, 85, 84, 82, 81; cap 2 → 93, 91 A; the rest → B.
    // Low minimum 1: nobody is C/D, the bottom (70) → C.
    const rows = team([95, 93, 91, 85, 84, 82, 81, 75, 72, 70]);
    expect(gradesOf(distribute(rows, FORCED), rows)).toBe('SAABBBBBBC');
    // Off: the score grades.
    expect(gradesOf(distribute(rows, PLAN), rows)).toBe('SSSAAAABBB');
  });

  it('does not split people tied at the S cut-off: both move down when only one fits', () => {
    // p00 and p01 both 95 with equal tiebreaks: a group of 2 does not fit S cap 1 → both A.
    // A cap 2: that group (2) fills it; 88 → B. Low minimum: 60 is already C → nothing more.
    const rows = team([95, 95, 88, 78, 77, 76, 75, 74, 72, 60], [[80], [80]]);
    expect(gradesOf(distribute(rows, FORCED), rows)).toBe('AABBBBBBBC');
  });

  it('breaks ties at the cut-off by the tiebreak keys, higher first, key by key', () => {
    // 95/[80, 3] vs 95/[80, 5]: equal first key, the second decides: p01 S, p00 A.
    const rows = team(
      [95, 95, 88, 78, 77, 76, 75, 74, 72, 60],
      [
        [80, 3],
        [80, 5],
      ],
    );
    expect(gradesOf(distribute(rows, FORCED), rows)).toBe('ASABBBBBBC');
  });

  it('leaves a team below minTeamSize (a team of 3) on its score grades', () => {
    const rows = team([95, 92, 50]);
    const r = distributeTeam(rows, FORCED);
    expect(r.forced).toBe(false);
    expect(gradesOf(r.grades, rows)).toBe('SSD');
  });

  it('keeps an all-equal team on one grade, bounded by the caps, and reports the low share it could not meet', () => {
    // 10 × 92: the group of 10 fits neither S (1) nor A (2) → all B; moving 1 of 10 equals to C would
    // split them → not done, shortfall 1.
    const rows = team(Array(10).fill(92));
    const r = distributeTeam(rows, FORCED);
    expect(gradesOf(r.grades, rows)).toBe('BBBBBBBBBB');
    expect(r).toMatchObject({ forced: true, lowShortfall: 1 });
  });

  it('moves a tied bottom group to C whole when the minimum needs all of it', () => {
    // n = 20: low minimum ⌈2⌉ = 2; the bottom two are tied at 70 → both C. S cap 2, A cap 5.
    const totals = [99, 98, 97, 86, 85, 84, 83, 82, 81, 79, 78, 77, 76, 75, 74, 73, 72, 71, 70, 70];
    const rows = team(totals);
    const r = distributeTeam(rows, FORCED);
    // S: 99, 98 (cap 2); 97 → A; A: 97, 86, 85, 84, 83 (cap 5); 82, 81 → B.
    expect(gradesOf(r.grades, rows)).toBe('SSAAAAABBBBBBBBBBBCC');
    expect(r.lowShortfall).toBe(0);
    // n = 10: the minimum needs 1, the bottom two are tied → not split, shortfall 1.
    const small = team([99, 88, 87, 86, 85, 84, 83, 82, 70, 70]);
    const s = distributeTeam(small, FORCED);
    // S cap 1: 99; A cap 2: 88, 87; 86…82 → B.
    expect(gradesOf(s.grades, small)).toBe('SAABBBBBBB');
    expect(s.lowShortfall).toBe(1);
  });

  it('counts only people with a total; a team of 10 with one N/A sheet is a team of 9', () => {
    const rows = team([95, 93, 91, 85, 84, 82, 81, 75, 72, null]);
    const r = distributeTeam(rows, FORCED);
    expect(r.forced).toBe(false);
    expect(r.grades.has('p09')).toBe(false);
    expect(gradesOf(r.grades, rows)).toBe('SSSAAAABB-');
  });

  it('computes caps without floating-point surprises (0.29 × 100 = 28.999…)', () => {
    const rows = team(Array.from({ length: 100 }, (_, i) => 99.5 - i * 0.005)); // all ≥ 99: score grade S
    const plan = { ...FORCED, forcedDistribution: { minTeamSize: 10, maxShare: { S: 0.29 }, minLowShare: 0 } };
    const grades = [...distribute(rows, plan).values()];
    expect(grades.filter((g) => g === 'S')).toHaveLength(29);
    expect(grades.filter((g) => g === 'A')).toHaveLength(71);
  });

  it('keeps people already C or D toward the low share', () => {
    // 55 and 50 are D already: 2 ≥ minimum 1 → nobody else is moved.
    const rows = team([89, 88, 87, 86, 85, 79, 78, 77, 55, 50]);
    expect(gradesOf(distribute(rows, FORCED), rows)).toBe('AABBBBBBDD');
  });
});
