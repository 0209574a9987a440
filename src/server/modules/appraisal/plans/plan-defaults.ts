import {
  GRADES,
  KPI_CODES,
  POSITION_TYPES,
  type ForcedDistributionShape,
  type GradeName,
  type KpiCodeName,
  type PlanContentShape,
  type PlanKpiShape,
  type ScoringRuleShape,
} from '../../../../common/appraisal-plans.js';
import type { Db } from '../../../db/connect.js';
import { getSetting, isSettingKey, type SettingKey } from '../../../lib/settings.js';

// The content a new plan starts from (SPEC §9 defaults), every number read from the settings
// `appraisal.*` (lib/settings.ts, which documents the units). A plan keeps its own copy: changing
// a setting later changes new plans only.

const read = (db: Db, key: string): Promise<number | null> =>
  isSettingKey(key) ? (getSetting(db, key as SettingKey) as Promise<number>) : Promise.resolve(null);

async function defaultRule(db: Db, code: KpiCodeName): Promise<ScoringRuleShape> {
  if (code === 'lead_assessment') return { kind: 'manual', max: (await read(db, `appraisal.kpi.${code}.max`)) ?? 10 };
  const [floor, target] = await Promise.all([
    read(db, `appraisal.kpi.${code}.floor`),
    read(db, `appraisal.kpi.${code}.target`),
  ]);
  return { kind: 'linear', floor: floor ?? 0, target: target ?? 100 };
}

/** The defaults, and the forced-distribution block the editor offers when it is switched on. */
export async function planDefaults(
  db: Db,
  name: string,
): Promise<{ content: PlanContentShape; forcedDistribution: ForcedDistributionShape }> {
  const rules = new Map<KpiCodeName, ScoringRuleShape>();
  for (const code of KPI_CODES) rules.set(code, await defaultRule(db, code));

  const kpiSets: PlanContentShape['kpiSets'] = {};
  for (const type of POSITION_TYPES) {
    const set: PlanKpiShape[] = [];
    for (const code of KPI_CODES) {
      const weight = await read(db, `appraisal.weights.${type}.${code}`);
      if (weight) set.push({ code, weight, rule: rules.get(code)! });
    }
    // Heaviest first, as the SPEC lists them and as people read a plan (a stable sort keeps ties in KPI order).
    if (set.length) kpiSets[type] = set.sort((a, b) => b.weight - a.weight);
  }

  const grades: PlanContentShape['grades'] = [];
  for (const grade of GRADES)
    grades.push({ grade, min: grade === 'D' ? 0 : ((await read(db, `appraisal.grades.${grade}`)) ?? 0) });

  const coefficients = {} as Record<GradeName, number>;
  for (const grade of GRADES)
    coefficients[grade] = ((await read(db, `appraisal.bonus.coefficientPercent.${grade}`)) ?? 0) / 100;

  const maxShare: Partial<Record<GradeName, number>> = {};
  for (const grade of GRADES) {
    const percent = await read(db, `appraisal.forced.maxSharePercent.${grade}`);
    if (percent !== null) maxShare[grade] = percent / 100;
  }
  const forcedDistribution: ForcedDistributionShape = {
    minTeamSize: await getSetting(db, 'appraisal.forced.minTeamSize'),
    maxShare,
    minLowShare: (await getSetting(db, 'appraisal.forced.minLowSharePercent')) / 100,
  };
  const forcedOn = (await getSetting(db, 'appraisal.forced.enabled')) === 1;

  const content: PlanContentShape = {
    name,
    cycleKind: 'monthly',
    teams: [],
    kpiSets,
    grades,
    bonus: { mode: 'base', coefficients },
    forcedDistribution: forcedOn ? forcedDistribution : null,
    appealWorkingDays: await getSetting(db, 'appraisal.appealWorkingDays'),
  };
  return { content, forcedDistribution };
}

/** What a new plan named `name` starts with. */
export const defaultPlanContent = async (db: Db, name: string) => (await planDefaults(db, name)).content;
