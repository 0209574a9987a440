import { describe, expect, it } from 'vitest';
import { bootstrapInterval, kappaOf, krippendorffAlpha } from './agreement.js';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four coders,
// twelve units, values 1–5 with missing data; published α nominal 0.743, ordinal 0.815,
// interval 0.849. Rows are coders A–D, columns units 1–12, null = missing.
const K2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const units = K2011[0].map((_, u) => K2011.map((coder) => coder[u]).filter((v): v is number => v !== null));

describe("Krippendorff's alpha on the published worked example", () => {
  it('gives nominal 0.743, ordinal 0.815, interval 0.849', () => {
    expect(krippendorffAlpha(units, 'nominal')!.alpha!).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, 'ordinal')!.alpha!).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval')!.alpha!).toBeCloseTo(0.849, 3);
  });
  it('counts the pairable values: unit 12 (one value) is left out, 40 remain', () => {
    const r = krippendorffAlpha(units, 'ordinal')!;
    expect(r.units).toBe(11);
    expect(r.pairable).toBe(40);
  });
  it('is 1 for perfect agreement, null without any expected disagreement, below 0 for systematic disagreement', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [3, 3],
          [5, 5],
        ],
        'ordinal',
      )!.alpha,
    ).toBeCloseTo(1, 10);
    expect(
      krippendorffAlpha(
        [
          [4, 4],
          [4, 4, 4],
        ],
        'ordinal',
      )!.alpha,
    ).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [1, 5],
          [5, 1],
          [1, 5],
        ],
        'ordinal',
      )!.alpha!,
    ).toBeLessThan(0);
    expect(krippendorffAlpha([[1], [2]], 'ordinal')).toBeNull();
  });
  it('weighs near misses less than far ones on the ordinal metric, unlike the nominal one', () => {
    const near = [
      [1, 1],
      [2, 2],
      [4, 5],
      [5, 5],
      [1, 1],
    ];
    const far = [
      [1, 1],
      [2, 2],
      [1, 5],
      [5, 5],
      [1, 1],
    ];
    expect(krippendorffAlpha(near, 'ordinal')!.alpha!).toBeGreaterThan(krippendorffAlpha(far, 'ordinal')!.alpha!);
  });
});

describe('bootstrap interval', () => {
  // Clusters of Fleiss subjects (category counts), as a session's interactions hold its items.
  const clusters = [
    [
      [3, 0],
      [2, 1],
      [3, 0],
    ],
    [
      [0, 3],
      [1, 2],
    ],
    [
      [3, 0],
      [0, 3],
      [3, 0],
    ],
    [
      [2, 1],
      [0, 3],
    ],
    [
      [3, 0],
      [3, 0],
      [1, 2],
    ],
  ];
  const opts = { resamples: 1000, seed: 42, level: 0.95 };
  it('is reproducible with the same seed and brackets the point estimate', () => {
    const a = bootstrapInterval(clusters, kappaOf, opts)!;
    expect(bootstrapInterval(clusters, kappaOf, opts)).toEqual(a);
    const point = kappaOf(clusters.flat())!;
    expect(a.low).toBeLessThanOrEqual(point);
    expect(a.high).toBeGreaterThanOrEqual(point);
    expect(a.high).toBeLessThanOrEqual(1);
    expect(bootstrapInterval(clusters, kappaOf, { ...opts, seed: 7 })).not.toEqual(a);
  });
  it('narrows as the clusters multiply', () => {
    const wide = bootstrapInterval(clusters, kappaOf, opts)!;
    const narrow = bootstrapInterval(Array.from({ length: 8 }, () => clusters).flat(), kappaOf, opts)!;
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });
  it('gives no interval from a single cluster', () => {
    expect(bootstrapInterval([clusters[0]], kappaOf, opts)).toBeNull();
  });
});
