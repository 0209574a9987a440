import { PlanContent, type PlanContentShape } from '../../../../common/appraisal-plans.js';

// A hand-computable plan for the engine's tests (the SPEC §9 defaults, written out so a change of
// a setting cannot move a hand computation). Units: fcr, csat, attendance in %, aht in seconds
// (lower is better), qa 0–100, sales in yuan, lead_assessment 0–10.
export const PLAN: PlanContentShape = PlanContent.parse({
  name: 'Test plan',
  cycleKind: 'monthly',
  teams: [],
  kpiSets: {
    inbound: [
      { code: 'qa', weight: 30, rule: { kind: 'linear', floor: 60, target: 95 } },
      { code: 'fcr', weight: 20, rule: { kind: 'linear', floor: 50, target: 85 } },
      { code: 'csat', weight: 20, rule: { kind: 'linear', floor: 60, target: 95 } },
      { code: 'aht', weight: 10, rule: { kind: 'linear', floor: 600, target: 300 } },
      { code: 'attendance', weight: 10, rule: { kind: 'linear', floor: 80, target: 100 } },
      { code: 'lead_assessment', weight: 10, rule: { kind: 'manual', max: 10 } },
    ],
    outbound: [
      {
        code: 'sales',
        weight: 30,
        rule: {
          kind: 'banded',
          bands: [
            { min: 0, max: 50000, points: 0 },
            { min: 50000, max: 80000, points: 60 },
            { min: 80000, max: 100000, points: 80 },
            { min: 100000, max: null, points: 100 },
          ],
        },
      },
      { code: 'qa', weight: 30, rule: { kind: 'linear', floor: 60, target: 95 } },
      { code: 'attendance', weight: 10, rule: { kind: 'linear', floor: 80, target: 100 } },
      { code: 'aht', weight: 10, rule: { kind: 'linear', floor: 600, target: 300 } },
      { code: 'csat', weight: 10, rule: { kind: 'linear', floor: 60, target: 95 } },
      { code: 'lead_assessment', weight: 10, rule: { kind: 'manual', max: 10 } },
    ],
  },
  grades: [
    { grade: 'S', min: 90 },
    { grade: 'A', min: 80 },
    { grade: 'B', min: 70 },
    { grade: 'C', min: 60 },
    { grade: 'D', min: 0 },
  ],
  bonus: { mode: 'base', coefficients: { S: 1.5, A: 1.2, B: 1, C: 0.8, D: 0 } },
  forcedDistribution: null,
  appealWorkingDays: 3,
});

/** The plan with the SPEC's forced distribution switched on. */
export const FORCED: PlanContentShape = {
  ...PLAN,
  forcedDistribution: { minTeamSize: 10, maxShare: { S: 0.1, A: 0.25 }, minLowShare: 0.1 },
};
