import { sql, type Expression, type SqlBool } from 'kysely';
import type { AnalyticsFilter, GroupBy } from '../../../../common/analytics.js';
import type { Db } from '../../../db/connect.js';
import type {
  AnalyticsCenterMonthTable,
  AnalyticsPersonMonthTable,
  AnalyticsPersonTable,
} from '../../../db/schema-analytics.js';
import type { PeopleScope } from '../../../lib/access.js';
import { departmentsOf, namesOf } from '../../people/identity.service.js';

// The readers every analytics part builds on (issue 22). They read the rollups only: the people
// rollup carries department and team, so the row scope (lib/access.ts peopleScope: departments OR
// teams OR named people) is a WHERE on its own columns, no join to the org tables.

const CHUNK = 1000; // ids per IN (…): far below SQLite's and PostgreSQL's parameter limits

/** The people of the rollup the actor may see and the filter keeps, by hire date then id. */
export async function selectPeople(
  db: Db,
  scope: PeopleScope,
  filter: AnalyticsFilter,
): Promise<AnalyticsPersonTable[]> {
  return peopleQuery(db, scope, filter).selectAll('p').orderBy('p.hire_date').orderBy('p.employee_id').execute();
}

/**
 * The same people with only these columns, in no order: a page that aggregates the whole center
 * (10,000 rows) reads half the bytes and skips the sort.
 */
export async function selectPeopleColumns<C extends keyof AnalyticsPersonTable>(
  db: Db,
  scope: PeopleScope,
  filter: AnalyticsFilter,
  columns: readonly C[],
): Promise<Pick<AnalyticsPersonTable, C>[]> {
  const cols = columns.map((c) => `p.${c}` as const);
  return (await peopleQuery(db, scope, filter).select(cols).execute()) as unknown as Pick<AnalyticsPersonTable, C>[];
}

function peopleQuery(db: Db, scope: PeopleScope, filter: AnalyticsFilter) {
  let q = db.selectFrom('analytics_people as p');
  if (scope.kind === 'limited') {
    q = q.where((eb) => {
      const ors: Expression<SqlBool>[] = [];
      if (scope.departmentIds.length) ors.push(eb('p.department_id', 'in', scope.departmentIds));
      if (scope.teamIds.length) ors.push(eb('p.team_id', 'in', scope.teamIds));
      if (scope.employeeIds.length) ors.push(eb('p.employee_id', 'in', scope.employeeIds));
      return ors.length ? eb.or(ors) : sql<SqlBool>`1 = 0`;
    });
  }
  if (filter.hiredFrom) q = q.where('p.hire_month', '>=', filter.hiredFrom);
  if (filter.hiredTo) q = q.where('p.hire_month', '<=', filter.hiredTo);
  if (filter.programId) q = q.where('p.program_id', '=', filter.programId);
  if (filter.departmentId) q = q.where('p.department_id', '=', filter.departmentId);
  if (filter.trainerId) q = q.where('p.trainer_id', '=', filter.trainerId);
  if (filter.mentorId) q = q.where('p.mentor_id', '=', filter.mentorId);
  return q;
}

/**
 * Person-months from fromMonth to toMonth ('YYYY-MM', both included) for these people (null: all),
 * by person then month.
 */
export async function personMonths(
  db: Db,
  employeeIds: string[] | null,
  fromMonth: string,
  toMonth: string,
): Promise<AnalyticsPersonMonthTable[]> {
  const base = db
    .selectFrom('analytics_person_months')
    .selectAll()
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth);
  if (employeeIds === null) return base.orderBy('employee_id').orderBy('month').execute();
  const ids = [...new Set(employeeIds)].sort();
  const out: AnalyticsPersonMonthTable[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    out.push(...(await base.where('employee_id', 'in', part).orderBy('employee_id').orderBy('month').execute()));
  }
  return out;
}

/** The whole center's months from fromMonth to toMonth, in order. */
export const centerMonths = (db: Db, fromMonth: string, toMonth: string): Promise<AnalyticsCenterMonthTable[]> =>
  db
    .selectFrom('analytics_center_months')
    .selectAll()
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .orderBy('month')
    .execute();

/**
 * What a group key is called: the program's title, the department's or mentor's name, the
 * trainer's name, or the hire month itself. A key with nothing behind it keeps the key.
 */
export async function groupLabels(db: Db, by: GroupBy, keys: string[]): Promise<Map<string, string>> {
  const want = [...new Set(keys.filter(Boolean))];
  const out = new Map<string, string>(want.map((k) => [k, k]));
  if (!want.length || by === 'hire_month') return out;
  if (by === 'department') for (const [id, d] of await departmentsOf(db, want)) out.set(id, d.name);
  if (by === 'mentor') for (const [id, name] of await namesOf(db, want)) out.set(id, name);
  for (let i = 0; i < want.length && (by === 'program' || by === 'trainer'); i += CHUNK) {
    const part = want.slice(i, i + CHUNK);
    const rows =
      by === 'program'
        ? await db.selectFrom('training_plans').select(['id', 'title as label']).where('id', 'in', part).execute()
        : await db.selectFrom('training_trainers').select(['id', 'name as label']).where('id', 'in', part).execute();
    for (const r of rows) out.set(r.id, r.label);
  }
  return out;
}

/** A person's month counters summed over a window: what every KPI figure is computed from. */
export interface WindowSums {
  employee_id: string;
  qa_count: number;
  qa_sum: number;
  handled: number;
  aht_sum: number;
  fcr_yes: number;
  fcr_known: number;
  csat_sum: number;
  csat_count: number;
}

/** The select list that sums analytics_person_months (aliased `pm`) into WindowSums' columns. */
export const MONTH_SUMS = [
  sql<number>`sum(pm.qa_count)`.as('qa_count'),
  sql<number>`sum(pm.qa_sum)`.as('qa_sum'),
  sql<number>`sum(pm.handled)`.as('handled'),
  sql<number>`sum(pm.talk_sum + pm.hold_sum + pm.wrap_sum)`.as('aht_sum'),
  sql<number>`sum(pm.fcr_yes)`.as('fcr_yes'),
  sql<number>`sum(pm.fcr_known)`.as('fcr_known'),
  sql<number>`sum(pm.csat_sum)`.as('csat_sum'),
  sql<number>`sum(pm.csat_count)`.as('csat_count'),
];

/** A row of MONTH_SUMS as numbers (PostgreSQL answers sums as strings). */
export const toWindowSums = (r: { employee_id: string } & Record<string, unknown>): WindowSums => ({
  employee_id: r.employee_id,
  qa_count: Number(r.qa_count),
  qa_sum: Number(r.qa_sum),
  handled: Number(r.handled),
  aht_sum: Number(r.aht_sum),
  fcr_yes: Number(r.fcr_yes),
  fcr_known: Number(r.fcr_known),
  csat_sum: Number(r.csat_sum),
  csat_count: Number(r.csat_count),
});
