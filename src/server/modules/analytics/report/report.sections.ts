import type { MonthlyReport } from '../../../../common/analytics-report.js';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { trainerEffects } from '../effects/effects.service.js';
import { levelsOverview } from '../levels/levels.service.js';
import { eliminationReasons, passRates } from '../rates/rates.service.js';
import { retentionOverview } from '../retention/retention.service.js';

// The other parts' figures for the month (issue 22 item 6), each from that part's own service:
// retention of the last COHORTS hiring cohorts up to the month (by hire month; Kaplan–Meier is
// followed to today, as on the retention page), pass rates by program of the first attempts
// submitted in the month and the elimination reasons of cases closed in it, the four levels of
// the programs that ended in the month, and the trainer effects (their learners so far).
export const COHORTS = 24;

export const monthsBack = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) - n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
};

export type OtherSections = Pick<
  MonthlyReport,
  'retention' | 'passRates' | 'eliminationReasons' | 'levels' | 'trainerEffects'
>;

export async function otherSections(
  db: Db,
  scope: PeopleScope,
  month: string,
  from: string,
  to: string,
): Promise<OtherSections> {
  const [retention, rates, reasons, levels, effects] = await Promise.all([
    retentionOverview(db, scope, { by: 'hire_month', hiredFrom: monthsBack(month, COHORTS - 1), hiredTo: month }),
    passRates(db, scope, { by: 'program', filter: {}, from, to }),
    eliminationReasons(db, scope, {}, { from, to }),
    levelsOverview(db, scope, { from: month, to: month }),
    trainerEffects(db, scope, { kind: 'trainer', filter: {} }),
  ]);
  return {
    // The per-cohort curves are the retention page's; the report reads the 3/6/12-month figures.
    retention: { ...retention, groups: retention.groups.map((g) => ({ ...g, curve: [] })) },
    passRates: rates,
    eliminationReasons: reasons,
    levels,
    trainerEffects: effects,
  };
}
