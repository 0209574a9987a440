import { describe, expect, it } from 'vitest';
import { kaplanMeier, survivalAt, type Subject } from '../stats/index.js';
import { CURVE_DECIMALS, groupRetention, thinCurve, type Followed } from './curves.js';

// The curve sent to the page is thinned (issue 22 bench: 0.5–0.85 MB answers): every step where
// survival changes stays, censor-only steps go except the last, values are rounded; the table's
// 3/6/12-month figures still come from the full curve.

// 40 people: exits on days 10, 10, 50, 200, 400 (and one every 30 days from 600), censored between.
const subjects: Subject[] = [
  ...[10, 10, 50, 200, 400].map((time) => ({ time, event: true })),
  ...Array.from({ length: 10 }, (_, i) => ({ time: 600 + 30 * i, event: true })),
  ...Array.from({ length: 25 }, (_, i) => ({ time: 5 + 37 * i, event: false })),
];

describe('thinCurve', () => {
  const steps = kaplanMeier(subjects, 95);

  it('keeps every step where survival changes, and the last follow-up', () => {
    const curve = thinCurve(steps);
    const changes = steps.filter((s) => s.events > 0).map((s) => s.time);
    expect(curve.filter((s) => s.events > 0).map((s) => s.time)).toEqual(changes);
    expect(curve.at(-1)!.time).toBe(steps.at(-1)!.time);
    // censor-only steps in between are gone
    expect(curve.length).toBe(changes.length + (steps.at(-1)!.events > 0 ? 0 : 1));
    expect(steps.length).toBeGreaterThan(curve.length);
    // each kept point is the full curve's value there, to the decimals sent
    for (const p of curve) {
      const full = steps.find((s) => s.time === p.time)!;
      expect(p.survival).toBeCloseTo(full.survival, CURVE_DECIMALS);
      expect(p.low).toBeCloseTo(full.low, CURVE_DECIMALS);
      expect(p.high).toBeCloseTo(full.high, CURVE_DECIMALS);
      expect(String(p.survival).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(CURVE_DECIMALS);
      expect(p.atRisk).toBe(full.atRisk);
    }
  });

  it('leaves the 3/6/12-month figures exact (from the full curve)', () => {
    const rows: Followed[] = subjects.map((s) => ({
      person: {} as Followed['person'],
      time: s.time,
      event: s.event,
      kind: s.event ? 'resigned' : null,
    }));
    const g = groupRetention('k', null, rows, 95);
    for (const a of g.at) {
      const v = survivalAt(steps, a.days);
      expect(a.survival).toBe(v?.survival ?? null);
      expect(a.low).toBe(v?.low ?? null);
      expect(a.atRisk).toBe(v?.atRisk ?? 0);
    }
    expect(g.curve).toEqual(thinCurve(steps));
  });
});
