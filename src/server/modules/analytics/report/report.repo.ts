import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';

// The report's own figures from the people rollup (analytics_people): who was employed on the
// month's first and last day, who was hired and who left in it, per department; and the month's
// exits by kind and elimination criterion. Counted in SQL so 10,000 people answer in one pass.
// The row scope is a WHERE on the rollup's own department, team and person columns.

const scoped = (scope: PeopleScope) => (eb: any) => {
  if (scope.kind === 'all') return sql<SqlBool>`1 = 1`;
  const ors: Expression<SqlBool>[] = [];
  if (scope.departmentIds.length) ors.push(eb('p.department_id', 'in', scope.departmentIds));
  if (scope.teamIds.length) ors.push(eb('p.team_id', 'in', scope.teamIds));
  if (scope.employeeIds.length) ors.push(eb('p.employee_id', 'in', scope.employeeIds));
  return ors.length ? eb.or(ors) : sql<SqlBool>`1 = 0`;
};

const count = (cond: ReturnType<typeof sql>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`;

/** Per department: employed at the start of `from` and at the end of `to`, hires and exits by kind in [from, to]. */
export const headcountByDepartment = (db: Db, scope: PeopleScope, from: string, to: string) =>
  db
    .selectFrom('analytics_people as p')
    .where(scoped(scope))
    .where('p.hire_date', '<=', to)
    .where((eb) => eb.or([eb('p.exit_date', 'is', null), eb('p.exit_date', '>=', from)]))
    .select('p.department_id')
    .select([
      count(sql`p.hire_date < ${from} and (p.exit_date is null or p.exit_date >= ${from})`).as('at_start'),
      count(sql`p.exit_date is null or p.exit_date > ${to}`).as('at_end'),
      count(sql`p.hire_date >= ${from}`).as('hires'),
      count(sql`p.exit_date <= ${to} and p.exit_kind = 'eliminated'`).as('eliminated'),
      count(sql`p.exit_date <= ${to} and p.exit_kind = 'resigned'`).as('resigned'),
      count(sql`p.exit_date <= ${to} and p.exit_kind = 'dismissed'`).as('dismissed'),
    ])
    .groupBy('p.department_id')
    .orderBy('p.department_id')
    .execute();

/** Eliminations in [from, to] by criterion. */
export const eliminationsByCriterion = (db: Db, scope: PeopleScope, from: string, to: string) =>
  db
    .selectFrom('analytics_people as p')
    .where(scoped(scope))
    .where('p.exit_date', '>=', from)
    .where('p.exit_date', '<=', to)
    .where('p.exit_kind', '=', 'eliminated')
    .select('p.exit_criterion')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy('p.exit_criterion')
    .orderBy('p.exit_criterion')
    .execute();

/** The kept figures of a month for a scope, if any (any rebuild: the caller compares as_of). */
export const cachedFigures = (db: Db, month: string, scopeKey: string) =>
  db
    .selectFrom('analytics_report_cache')
    .select(['as_of', 'through', 'body'])
    .where('month', '=', month)
    .where('scope_key', '=', scopeKey)
    .executeTakeFirst();

/** Keeps a month's figures for a scope, replacing those of an earlier rebuild. */
export async function keepFigures(
  db: Db,
  row: { month: string; scope_key: string; as_of: string; through: string; body: string },
) {
  await db
    .insertInto('analytics_report_cache')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['month', 'scope_key']).doUpdateSet({ as_of: row.as_of, through: row.through, body: row.body }),
    )
    .execute();
}
