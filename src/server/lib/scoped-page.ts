import {
  expressionBuilder,
  sql,
  type Expression,
  type SelectQueryBuilder,
  type SqlBool,
  type StringReference,
} from 'kysely';
import type { PeopleScope } from './access.js';

// One page of a list limited to a reader's people scope: the query shape several repositories
// share (appraisal appeals and follow-ups). A limited scope keeps the rows of its people, its
// teams or its departments; one that names nobody gives an empty page without a query. Filters
// are equalities, each skipped when its value is empty; the order is newest first with the
// row's id as the tie-break, so pages never overlap; `total` counts every row the page is cut from.

export interface ScopedPage<DB, TB extends keyof DB> {
  scope: PeopleScope;
  /** The columns that place a row in a people scope. */
  scopeBy: { employee: StringReference<DB, TB>; team: StringReference<DB, TB>; department: StringReference<DB, TB> };
  /** Column and wanted value; an undefined or empty value filters nothing. */
  filters?: [StringReference<DB, TB>, string | undefined][];
  /** Newest first by `newest`, then by `id`, both descending. */
  order: { newest: StringReference<DB, TB>; id: StringReference<DB, TB> };
  page: number;
  pageSize: number;
}

/** The scope as a WHERE condition, or null when a limited scope names nobody ('all' → no condition). */
function scopeCondition(scope: PeopleScope, by: { employee: string; team: string; department: string }) {
  if (scope.kind !== 'limited') return undefined;
  const { employeeIds, teamIds, departmentIds } = scope;
  if (!employeeIds.length && !teamIds.length && !departmentIds.length) return null;
  // The column names were checked against the query's tables by the caller's types.
  const eb = expressionBuilder<any, any>();
  const ors: Expression<SqlBool>[] = [];
  if (employeeIds.length) ors.push(eb(by.employee, 'in', employeeIds));
  if (teamIds.length) ors.push(eb(by.team, 'in', teamIds));
  if (departmentIds.length) ors.push(eb(by.department, 'in', departmentIds));
  return eb.or(ors);
}

export async function scopedPage<DB, TB extends keyof DB, O>(
  base: SelectQueryBuilder<DB, TB, O>,
  list: ScopedPage<DB, TB>,
): Promise<{ rows: O[]; total: number }> {
  const inScope = scopeCondition(list.scope, list.scopeBy as { employee: string; team: string; department: string });
  if (inScope === null) return { rows: [], total: 0 };
  // Untyped from here: the references were typed at the call; Kysely cannot carry them through generics.
  let query = base as unknown as SelectQueryBuilder<any, any, O>;
  if (inScope) query = query.where(inScope);
  for (const [column, value] of list.filters ?? []) if (value) query = query.where(column as string, '=', value);
  const [rows, total] = await Promise.all([
    query
      .orderBy(list.order.newest as string, 'desc')
      .orderBy(list.order.id as string, 'desc')
      .limit(list.pageSize)
      .offset((list.page - 1) * list.pageSize)
      .execute(),
    query
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as O[], total: Number(total.n) };
}
