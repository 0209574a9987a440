import { createEmptyCard, fsrs, generatorParameters, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { emptyState, fromCard, nextState, schedulerFor, toCard, type StateFields } from './scheduler.js';

// Scheduling follows ts-fsrs for each rating (issue 20 "What it must prove"): the stored state
// after a rating is what ts-fsrs computes for the same card at the same time.

const NOW = '2026-12-07T02:00:00.000Z';
const DEFAULTS = { targetRetentionPercent: 90, maximumIntervalDays: 365 };
const reference = (retention = 0.9) =>
  fsrs(generatorParameters({ request_retention: retention, maximum_interval: 365, enable_fuzz: false }));

/** A card in review state: learned ten days before NOW, reviewed once more since. */
function reviewState(): StateFields {
  const f = reference();
  let card = createEmptyCard(new Date('2026-11-20T02:00:00Z'));
  card = f.next(card, new Date('2026-11-20T02:00:00Z'), 3).card;
  card = f.next(card, new Date('2026-11-20T02:10:00Z'), 3).card;
  card = f.next(card, new Date('2026-11-27T02:00:00Z'), 3).card;
  expect(card.state).toBe(2);
  return fromCard(card);
}

describe('FSRS scheduling', () => {
  it('maps a stored state to a ts-fsrs card and back unchanged', () => {
    const s = reviewState();
    expect(fromCard(toCard(s))).toEqual(s);
    expect(fromCard(createEmptyCard(new Date(NOW)))).toEqual(emptyState(NOW));
  });

  for (const rating of [1, 2, 3, 4] as const) {
    it(`stores what ts-fsrs computes for rating ${rating} on a new card`, () => {
      const got = nextState(schedulerFor(DEFAULTS), emptyState(NOW), NOW, rating);
      const want = reference().next(createEmptyCard(new Date(NOW)), new Date(NOW), rating as Grade).card;
      expect(got).toEqual(fromCard(want));
      expect(got.reps).toBe(1);
    });

    it(`stores what ts-fsrs computes for rating ${rating} on a review card`, () => {
      const before = reviewState();
      const got = nextState(schedulerFor(DEFAULTS), before, NOW, rating);
      const want = reference().next(toCard(before), new Date(NOW), rating as Grade).card;
      expect(got).toEqual(fromCard(want));
      expect(got.last_review).toBe(NOW);
      if (rating === 1) expect(got.lapses).toBe(before.lapses + 1);
    });
  }

  it('gives longer intervals for a lower target retention', () => {
    const before = reviewState();
    const at = (p: number) => nextState(schedulerFor({ ...DEFAULTS, targetRetentionPercent: p }), before, NOW, 3);
    const r90 = at(90);
    const r80 = at(80);
    const r95 = at(95);
    expect(r80.scheduled_days).toBeGreaterThan(r90.scheduled_days);
    expect(r95.scheduled_days).toBeLessThan(r90.scheduled_days);
    expect(r80).toEqual(fromCard(reference(0.8).next(toCard(before), new Date(NOW), 3).card));
  });

  it('passes the maximum interval setting on to ts-fsrs', () => {
    const before = { ...reviewState(), stability: 2000, scheduled_days: 300 };
    const got = nextState(schedulerFor({ ...DEFAULTS, maximumIntervalDays: 30 }), before, NOW, 3);
    const f30 = fsrs(generatorParameters({ request_retention: 0.9, maximum_interval: 30, enable_fuzz: false }));
    expect(got).toEqual(fromCard(f30.next(toCard(before), new Date(NOW), 3).card));
    expect(got.scheduled_days).toBeLessThan(nextState(schedulerFor(DEFAULTS), before, NOW, 3).scheduled_days);
  });
});
