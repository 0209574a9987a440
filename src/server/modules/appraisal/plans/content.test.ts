import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PLAN_PROBLEM_CODES,
  PlanContent,
  planContentProblems,
  type PlanContentShape,
} from '../../../../common/appraisal-plans.js';
import { PLAN } from '../scoring/scoring.testkit.js';

// The rules of a plan's content (src/common/appraisal-plans.ts), each broken on purpose.

const codes = (c: PlanContentShape) => planContentProblems(c).map((p) => `${p.code}@${p.field}`);
const inbound = PLAN.kpiSets.inbound!;

describe('planContentProblems', () => {
  it('accepts the SPEC defaults', () => {
    expect(planContentProblems(PLAN)).toEqual([]);
  });

  it('wants the weights of each set to add up to exactly 100', () => {
    const set = inbound.map((k, i) => (i === 0 ? { ...k, weight: 29 } : k));
    expect(codes({ ...PLAN, kpiSets: { ...PLAN.kpiSets, inbound: set } })).toEqual(['WEIGHTS_NOT_100@kpiSets.inbound']);
    expect(planContentProblems({ ...PLAN, kpiSets: { inbound: set } })[0].params).toEqual({
      positionType: 'inbound',
      total: 99,
    });
    expect(codes({ ...PLAN, kpiSets: { inbound: [] } })).toEqual(['KPI_SET_EMPTY@kpiSets.inbound']);
  });

  it('refuses a KPI twice in a set and a linear rule with floor = target', () => {
    const set = [...inbound.slice(0, 5), { ...inbound[0], weight: 10 }];
    expect(codes({ ...PLAN, kpiSets: { inbound: set } })).toEqual(['DUPLICATE_KPI@kpiSets.inbound.5.code']);
    const flat = inbound.map((k, i) =>
      i === 0 ? { ...k, rule: { kind: 'linear' as const, floor: 80, target: 80 } } : k,
    );
    expect(codes({ ...PLAN, kpiSets: { inbound: flat } })).toEqual([
      'LINEAR_FLOOR_EQUALS_TARGET@kpiSets.inbound.0.rule.target',
    ]);
  });

  it('refuses overlapping or empty bands, in any order', () => {
    const banded = (bands: { min: number; max: number | null; points: number }[]) => ({
      ...PLAN,
      kpiSets: { inbound: inbound.map((k, i) => (i === 0 ? { ...k, rule: { kind: 'banded' as const, bands } } : k)) },
    });
    const at = 'kpiSets.inbound.0.rule.bands';
    expect(
      codes(
        banded([
          { min: 0, max: 50, points: 0 },
          { min: 50, max: null, points: 100 },
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        banded([
          { min: 50, max: null, points: 100 },
          { min: 0, max: 60, points: 0 },
        ]),
      ),
    ).toEqual([`BANDS_OVERLAP@${at}.0`]);
    expect(
      codes(
        banded([
          { min: 0, max: null, points: 10 },
          { min: 80, max: 90, points: 100 },
        ]),
      ),
    ).toEqual([`BANDS_OVERLAP@${at}.1`]);
    expect(codes(banded([{ min: 10, max: 10, points: 10 }]))).toEqual([`BAND_EMPTY@${at}.0`]);
  });

  it('wants grades S, A, B, C, D with strictly descending thresholds', () => {
    const grades = PLAN.grades.map((g) => (g.grade === 'B' ? { ...g, min: 80 } : g));
    expect(codes({ ...PLAN, grades })).toEqual(['GRADES_NOT_DESCENDING@grades.2.min']);
    const swapped = [PLAN.grades[1], PLAN.grades[0], ...PLAN.grades.slice(2)];
    expect(codes({ ...PLAN, grades: swapped })).toEqual(['GRADES_ORDER@grades.0.grade', 'GRADES_ORDER@grades.1.grade']);
  });

  it('wants each team once, with a KPI set for its position type', () => {
    const teams = [
      { teamId: 't1', positionType: 'inbound' as const },
      { teamId: 't1', positionType: 'inbound' as const },
      { teamId: 't2', positionType: 'non_voice' as const },
    ];
    expect(codes({ ...PLAN, teams })).toEqual([
      'DUPLICATE_TEAM@teams.1.teamId',
      'KPI_SET_MISSING@teams.2.positionType',
    ]);
  });

  it('checks ranges in the shape: coefficients ≥ 0, shares 0..1, whole weights', () => {
    const bad = (patch: object) => PlanContent.safeParse({ ...PLAN, ...patch }).success;
    expect(bad({})).toBe(true);
    expect(bad({ bonus: { mode: 'base', coefficients: { ...PLAN.bonus.coefficients, D: -0.1 } } })).toBe(false);
    expect(bad({ forcedDistribution: { minTeamSize: 10, maxShare: { S: 1.1 }, minLowShare: 0.1 } })).toBe(false);
    expect(bad({ forcedDistribution: { minTeamSize: 10, maxShare: { S: 0.1 }, minLowShare: -0.1 } })).toBe(false);
    expect(bad({ kpiSets: { inbound: inbound.map((k, i) => (i === 0 ? { ...k, weight: 29.5 } : k)) } })).toBe(false);
    expect(bad({ bonus: { mode: 'base', coefficients: { S: 1 } } })).toBe(false); // every grade needs a coefficient
  });
});

// The codes above are thrown as `problem.code` (not as literals test/error-texts.test.ts can find),
// so their texts are checked here.
describe('plan problem texts', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
  it.each(['zh-CN', 'en-US'])('has a %s text for every plan problem code', async (lang) => {
    const errors = (
      (await import(/* @vite-ignore */ path.join(root, `src/web/locales/${lang}/errors.ts`))) as {
        default: Record<string, string>;
      }
    ).default;
    expect(PLAN_PROBLEM_CODES.filter((c) => !errors[c]?.trim())).toEqual([]);
  });
});
