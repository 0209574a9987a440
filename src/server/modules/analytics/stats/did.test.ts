import { describe, expect, it } from 'vitest';
import { diffInDiff, type BeforeAfter } from './did.js';

// Constructed data with a known effect. Both groups share a time trend (+3 points, e.g. a better
// season); the trained get +4 more. The Welch interval is checked against scipy.stats.ttest_ind(
// Δtreated, Δcontrol, equal_var=False).confidence_interval(0.95) computed on the same changes.
const people = (changes: number[], base: number): BeforeAfter[] =>
  changes.map((c, i) => ({ before: base + i * 2, after: base + i * 2 + c }));

describe('difference in differences', () => {
  it('recovers the known effect and removes the common trend', () => {
    const treated = people([5, 6, 7, 8, 9], 70); // trend 3 + effect 4 + spread −2…+2
    const control = people([1, 2, 3, 4, 5], 60); // trend 3 + spread −2…+2
    const r = diffInDiff(treated, control, 95);
    expect(r.treatedChange).toMatchObject({ n: 5, value: 7 });
    expect(r.controlChange).toMatchObject({ n: 5, value: 3 });
    expect(r.effect.n).toBe(10);
    expect(r.effect.value).toBeCloseTo(4, 12);
    // scipy: (1.6939958647958342, 6.306004135204166); Welch df = 8
    expect(r.effect.low!).toBeCloseTo(1.693996, 5);
    expect(r.effect.high!).toBeCloseTo(6.306004, 5);
    // each group's own change: t(0.975, 4) · sd/√n = 2.776445 · √2.5/√5
    expect(r.treatedChange.low!).toBeCloseTo(7 - 2.776445 * Math.sqrt(0.5), 5);
  });
  it('does not depend on where people start (levels cancel in the change scores)', () => {
    const a = diffInDiff(people([5, 6, 7, 8, 9], 70), people([1, 2, 3, 4, 5], 60), 95);
    const b = diffInDiff(people([5, 6, 7, 8, 9], 10), people([1, 2, 3, 4, 5], 90), 95);
    expect(b.effect).toEqual(a.effect);
  });
  it('uses unequal variances (Welch–Satterthwaite df)', () => {
    const r = diffInDiff(people([7, 8, 9, 10, 11, 30], 0), people([3, 4, 5, 6, 7], 0), 95);
    // scipy: (-1.5971347424409128, 16.597134742440915), df 5.3946
    expect(r.effect.low!).toBeCloseTo(-1.597135, 5);
    expect(r.effect.high!).toBeCloseTo(16.597135, 5);
  });
  it('finds an effect of 2 inside its interval on a larger noisy sample, and no effect when there is none', () => {
    let seed = 7;
    const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 6;
    const treated = Array.from({ length: 200 }, () => ({ before: 50, after: 51 + 2 + noise() }));
    const control = Array.from({ length: 200 }, () => ({ before: 50, after: 51 + noise() }));
    const r = diffInDiff(treated, control, 95);
    expect(r.effect.low!).toBeLessThan(2);
    expect(r.effect.high!).toBeGreaterThan(2);
    expect(r.effect.low!).toBeGreaterThan(0);
    const none = diffInDiff(control, control, 95);
    expect(none.effect.value).toBeCloseTo(0, 12);
  });
  it('gives no interval with fewer than two people on a side, no value with an empty side', () => {
    const one = diffInDiff([{ before: 1, after: 4 }], people([1, 2, 3], 0), 95);
    expect(one.effect).toEqual({ n: 4, value: 1, low: null, high: null });
    expect(one.treatedChange).toEqual({ n: 1, value: 3, low: null, high: null });
    expect(diffInDiff([], people([1, 2], 0), 95).effect).toEqual({ n: 2, value: null, low: null, high: null });
  });
});
