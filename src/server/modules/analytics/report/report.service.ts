import type { MonthlyReport } from '../../../../common/analytics-report.js';
import { WARNING_METRICS } from '../../../../common/analytics-warnings.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope, type PeopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { centerOffset } from '../../../lib/center-time.js';
import { addDays, dayRange, localDate, nowIso } from '../../../lib/clock.js';
import { ruleBroken } from '../../../lib/errors.js';
import { departmentsOf } from '../../people/identity.service.js';
import { warningsOfPeriod } from '../warnings/warnings.service.js';
import { keptFigures } from './report.cache.js';
import * as repo from './report.repo.js';
import { otherSections } from './report.sections.js';

// The monthly training report (issue 22 item 6): one month as the training manager sends it
// upward. Its own sections come from the people rollup (headcount, hires, exits by kind and
// criterion) and the warnings (flagged, live, resolved, actions taken); the rest are the other
// parts' service functions called for the month (report.sections.ts). The month may be the
// running one (figures to today), never a future one. Every figure is in the actor's scope.

/** The month's first day and its last (or today while it runs). */
export function monthBounds(month: string, today: string) {
  const from = `${month}-01`;
  const last = addDays(`${nextMonth(month)}-01`, -1);
  if (from > today) throw ruleBroken('REPORT_MONTH_FUTURE', 'The month has not started yet', 'month');
  return { from, to: last < today ? last : today };
}

export const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

async function headcount(db: Db, scope: PeopleScope, from: string, to: string) {
  const [rows, criteria] = await Promise.all([
    repo.headcountByDepartment(db, scope, from, to),
    repo.eliminationsByCriterion(db, scope, from, to),
  ]);
  const names = await departmentsOf(
    db,
    rows.map((r) => r.department_id),
  );
  const byDepartment = rows.map((r) => ({
    departmentId: r.department_id,
    departmentName: names.get(r.department_id)?.name ?? r.department_id,
    atStart: Number(r.at_start),
    atEnd: Number(r.at_end),
    hires: Number(r.hires),
    eliminated: Number(r.eliminated),
    resigned: Number(r.resigned),
    dismissed: Number(r.dismissed),
  }));
  const sum = (k: keyof (typeof byDepartment)[number]) => byDepartment.reduce((s, r) => s + Number(r[k]), 0);
  return {
    total: {
      atStart: sum('atStart'),
      atEnd: sum('atEnd'),
      hires: sum('hires'),
      eliminated: sum('eliminated'),
      resigned: sum('resigned'),
      dismissed: sum('dismissed'),
    },
    byDepartment,
    eliminationCriteria: criteria.map((c) => ({ criterion: c.exit_criterion, n: Number(c.n) })),
  };
}

async function warningsSection(db: Db, scope: PeopleScope, from: string, to: string, offset: number) {
  const range = dayRange(from, to, offset);
  const { warnings, actions } = await warningsOfPeriod(db, scope, range.start, range.end);
  const inMonth = (at: string | null) => !!at && at >= range.start && at < range.end;
  return {
    byMetric: WARNING_METRICS.map((metric) => {
      const of = warnings.filter((w) => w.metric === metric);
      return {
        metric,
        flagged: of.filter((w) => inMonth(w.flaggedAt)).length,
        liveAtEnd: of.filter((w) => !w.resolvedAt || w.resolvedAt >= range.end).length,
        resolved: of.filter((w) => inMonth(w.resolvedAt)).length,
      };
    }),
    list: warnings.map(({ actions: _a, ...w }) => w),
    actions,
  };
}

/** The month before the one `today` falls in. */
export const lastMonth = (today: string) => addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

/** The report of `month` ('YYYY-MM'; last month when absent) in the actor's scope. */
export const monthlyReport = (db: Db, actor: Actor, asked?: string) => reportFor(db, peopleScope(actor), asked);

/** The report of a month for a people scope: the rollups' figures as kept for the last rebuild
 *  (report.cache.ts), the warnings as they are now. */
export async function reportFor(db: Db, scope: PeopleScope, asked?: string): Promise<MonthlyReport> {
  const offset = await centerOffset(db);
  const today = localDate(nowIso(), offset);
  const month = asked ?? lastMonth(today);
  const { from, to } = monthBounds(month, today);
  const state = await db.selectFrom('analytics_state').select('as_of').where('id', '=', 'rollups').executeTakeFirst();
  const asOf = state?.as_of ?? null;
  const [figures, warnings] = await Promise.all([
    keptFigures(db, { month, through: to, scope, asOf }, async () => {
      const [counts, others] = await Promise.all([
        headcount(db, scope, from, to),
        otherSections(db, scope, month, from, to),
      ]);
      return { headcount: counts, ...others };
    }),
    warningsSection(db, scope, from, to, offset),
  ]);
  return { month, from, to, asOf, warnings, ...figures };
}

/** Last month's report for the whole center, computed after a rebuild so it is ready when opened. */
export async function warmReport(db: Db): Promise<void> {
  await reportFor(db, { kind: 'all' });
}
