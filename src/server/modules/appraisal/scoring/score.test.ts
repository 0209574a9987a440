import { describe, expect, it } from 'vitest';
import { gainToNextGrade, gradeFor, scoreKpi, scoreSheet } from './score.js';
import { PLAN } from './scoring.testkit.js';

// The scoring engine against sheets computed by hand (SPEC §9, issue 18 "What it must prove").
// Inbound set (scoring.testkit.ts): qa 30 (60→95), fcr 20 (50→85), csat 20 (60→95),
// aht 10 (600 s → 300 s, lower is better), attendance 10 (80 → 100 %), lead_assessment 10 (manual, max 10).

const inbound = PLAN.kpiSets.inbound!;
const outbound = PLAN.kpiSets.outbound!;
const rule = (set: typeof inbound, code: string) => set.find((k) => k.code === code)!.rule;

describe('scoreKpi', () => {
  it('scores linear between floor (0) and target (100), clamped and rounded to 2 decimals', () => {
    const qa = rule(inbound, 'qa');
    expect(scoreKpi(qa, 88)).toBe(80); // (88 − 60) / (95 − 60) = 28/35 = 0.8
    expect(scoreKpi(qa, 60)).toBe(0);
    expect(scoreKpi(qa, 95)).toBe(100);
    expect(scoreKpi(qa, 40)).toBe(0); // below the floor: clamped
    expect(scoreKpi(qa, 99)).toBe(100); // above the target: clamped
    // floor 0, target 3: 1 → 33.333… → 33.33; 2 → 66.666… → 66.67
    expect(scoreKpi({ kind: 'linear', floor: 0, target: 3 }, 1)).toBe(33.33);
    expect(scoreKpi({ kind: 'linear', floor: 0, target: 3 }, 2)).toBe(66.67);
  });

  it('scores AHT lower-is-better when the floor is above the target', () => {
    const aht = rule(inbound, 'aht');
    expect(scoreKpi(aht, 420)).toBe(60); // (420 − 600) / (300 − 600) = −180 / −300 = 0.6
    expect(scoreKpi(aht, 450)).toBe(50); // −150 / −300
    expect(scoreKpi(aht, 300)).toBe(100);
    expect(scoreKpi(aht, 250)).toBe(100); // faster than the target: clamped
    expect(scoreKpi(aht, 600)).toBe(0);
    expect(scoreKpi(aht, 900)).toBe(0);
  });

  it('scores banded by the band with min ≤ value < max; no band = 0', () => {
    const sales = rule(outbound, 'sales'); // [0,50k) 0 · [50k,80k) 60 · [80k,100k) 80 · [100k,∞) 100
    expect(scoreKpi(sales, 80000)).toBe(80); // min is inclusive
    expect(scoreKpi(sales, 79999.99)).toBe(60); // max is exclusive
    expect(scoreKpi(sales, 49999)).toBe(0);
    expect(scoreKpi(sales, 250000)).toBe(100); // the open-ended top band
    expect(scoreKpi(sales, -5)).toBe(0); // in no band
  });

  it('scales a manual item to 0..100 and caps it at its max', () => {
    const lead = rule(inbound, 'lead_assessment'); // max 10
    expect(scoreKpi(lead, 7.5)).toBe(75);
    expect(scoreKpi(lead, 12)).toBe(100); // 12 of 10 is capped
    expect(scoreKpi(lead, -1)).toBe(0);
  });

  it('says not applicable (null) without a value', () => {
    expect(scoreKpi(rule(inbound, 'qa'), null)).toBeNull();
    expect(scoreKpi(rule(inbound, 'qa'), undefined)).toBeNull();
    expect(scoreKpi(rule(inbound, 'qa'), Number.NaN)).toBeNull();
  });
});

// The sheet every test below starts from:
//   qa 88 → 80 · fcr 78 → (78−50)/35 = 80 · csat 81 → (81−60)/35 = 60 · aht 420 s → 60
//   attendance 95 → (95−80)/20 = 75 · lead 9 of 10 → 90
//   total = (80×30 + 80×20 + 60×20 + 60×10 + 75×10 + 90×10) / 100
//         = (2400 + 1600 + 1200 + 600 + 750 + 900) / 100 = 7450 / 100 = 74.5 → B
const VALUES = { qa: 88, fcr: 78, csat: 81, aht: 420, attendance: 95, lead_assessment: 9 };

describe('scoreSheet', () => {
  it('weights the points of each KPI into a total', () => {
    const sheet = scoreSheet(inbound, VALUES);
    expect(sheet.total).toBe(74.5);
    expect(sheet.items.map((i) => i.points)).toEqual([80, 80, 60, 60, 75, 90]);
    expect(sheet.items.map((i) => i.effectiveWeight)).toEqual([30, 20, 20, 10, 10, 10]);
    expect(sheet.items.map((i) => i.contribution)).toEqual([24, 16, 12, 6, 7.5, 9]);
    expect(gradeFor(PLAN.grades, sheet.total!)).toBe('B');
  });

  it('re-spreads the weight of an N/A KPI over the others in proportion', () => {
    // csat N/A: applicable weight 80; total = (7450 − 1200) / 80 = 6250 / 80 = 78.125 → 78.13 (still B)
    // effective weights: qa 30/80 = 37.5, fcr 25, aht 12.5, attendance 12.5, lead 12.5
    // contributions: 80×.375 = 30, 80×.25 = 20, 60×.125 = 7.5, 75×.125 = 9.375 → 9.38, 90×.125 = 11.25
    const sheet = scoreSheet(inbound, { ...VALUES, csat: null });
    expect(sheet.total).toBe(78.13);
    expect(sheet.items.find((i) => i.code === 'csat')).toMatchObject({
      value: null,
      points: null,
      weight: 20,
      effectiveWeight: 0,
      contribution: 0,
    });
    expect(sheet.items.map((i) => i.effectiveWeight)).toEqual([37.5, 25, 0, 12.5, 12.5, 12.5]);
    expect(sheet.items.map((i) => i.contribution)).toEqual([30, 20, 0, 7.5, 9.38, 11.25]);
    // A missing key is N/A too.
    const { csat: _csat, ...withoutCsat } = VALUES;
    expect(scoreSheet(inbound, withoutCsat).total).toBe(78.13);
  });

  it('has no total when nothing is applicable', () => {
    expect(scoreSheet(inbound, {}).total).toBeNull();
    // Only a weight-0 KPI applicable: nothing to weigh either.
    const zero = [{ ...inbound[0], weight: 0 }, ...inbound.slice(1).map((k) => ({ ...k, weight: 20 }))];
    expect(scoreSheet(zero, { qa: 90 }).total).toBeNull();
  });

  it('scores an outbound sheet with a banded sales KPI and a capped manual item', () => {
    // sales 85,000 → 80 · qa 95 → 100 · attendance 90 → 50 · aht 330 → (330−600)/(−300) = 90
    // csat 67 → (67−60)/35 = 20 · lead 15 of 10 → capped 100
    // total = (80×30 + 100×30 + 50×10 + 90×10 + 20×10 + 100×10) / 100 = (2400+3000+500+900+200+1000)/100 = 80 → A
    const sheet = scoreSheet(outbound, {
      sales: 85000,
      qa: 95,
      attendance: 90,
      aht: 330,
      csat: 67,
      lead_assessment: 15,
    });
    expect(sheet.total).toBe(80);
    expect(gradeFor(PLAN.grades, 80)).toBe('A');
  });
});

describe('gradeFor', () => {
  it('gives the first grade whose threshold the total reaches (thresholds inclusive)', () => {
    expect([100, 90, 89.99, 80, 79.99, 70, 60, 59.99, 0].map((t) => gradeFor(PLAN.grades, t))).toEqual([
      'S',
      'S',
      'A',
      'A',
      'B',
      'B',
      'C',
      'D',
      'D',
    ]);
    // A total below every threshold still gets the lowest grade.
    expect(gradeFor([...PLAN.grades.slice(0, 4), { grade: 'D', min: 10 }], 3)).toBe('D');
  });
});

describe('gainToNextGrade', () => {
  it('names the KPI with the most points to gain', () => {
    // gain = effectiveWeight × (100 − points) / 100:
    //   qa 30×20 = 6 · fcr 20×20 = 4 · csat 20×40 = 8 · aht 10×40 = 4 · attendance 10×25 = 2.5 · lead 10×10 = 1
    // csat wins with 8; the next grade A needs 80 − 74.5 = 5.5 more.
    expect(gainToNextGrade(scoreSheet(inbound, VALUES), PLAN.grades)).toEqual({
      code: 'csat',
      gain: 8,
      nextGrade: 'A',
      pointsToNextGrade: 5.5,
    });
  });

  it('uses the re-spread weights, ignores N/A, and has no next grade at the top', () => {
    // csat N/A: qa 37.5×20 = 7.5 beats aht 12.5×40 = 5 · total 78.13 → A needs 1.87
    expect(gainToNextGrade(scoreSheet(inbound, { ...VALUES, csat: null }), PLAN.grades)).toMatchObject({
      code: 'qa',
      gain: 7.5,
      nextGrade: 'A',
      pointsToNextGrade: 1.87,
    });
    const top = scoreSheet(inbound, {
      ...VALUES,
      qa: 95,
      fcr: 85,
      csat: 95,
      aht: 300,
      attendance: 100,
      lead_assessment: 5,
    });
    expect(top.total).toBe(95); // lead 50 points × 10 % = 5 short of 100
    expect(gainToNextGrade(top, PLAN.grades)).toEqual({
      code: 'lead_assessment',
      gain: 5,
      nextGrade: null,
      pointsToNextGrade: null,
    });
    expect(gainToNextGrade(scoreSheet(inbound, {}), PLAN.grades)).toBeNull();
  });
});
