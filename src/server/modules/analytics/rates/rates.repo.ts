import { sql, type Expression, type SqlBool } from 'kysely';
import type { AnalyticsFilter } from '../../../../common/analytics.js';
import { NONE_KEY, type RateBy } from '../../../../common/analytics-rates.js';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';

// Queries of the rates part: the rollup analytics_people (who a person is, their program, trainer
// and exit) joined to the small source tables a rollup would not help with: first exam attempts
// (exam_attempts, indexed by person), exams, and closed elimination cases. Every count and sum is
// done by the database; only one row per group comes back.

/** The SQL column holding a row's group, per dimension. */
const KEY_COLUMN: Record<RateBy, string> = {
  program: 'p.program_id',
  trainer: 'p.trainer_id',
  exam: 'a.exam_id',
  course: 'e.course',
};

/** Instants bounding the submission (or closing) times, from the center days asked. */
export interface InstantRange {
  start?: string;
  end?: string;
}

/** The people of the scope (lib/access peopleScope) and the page's filters, on analytics_people p. */
export function peopleWhere(scope: PeopleScope, f: AnalyticsFilter): Expression<SqlBool> {
  const col = (c: string) => sql.ref(`p.${c}`);
  const inList = (c: string, ids: string[]) => sql<SqlBool>`${col(c)} in (${sql.join(ids)})`;
  const and: Expression<SqlBool>[] = [];
  if (scope.kind === 'limited') {
    const or: Expression<SqlBool>[] = [];
    if (scope.departmentIds.length) or.push(inList('department_id', scope.departmentIds));
    if (scope.teamIds.length) or.push(inList('team_id', scope.teamIds));
    if (scope.employeeIds.length) or.push(inList('employee_id', scope.employeeIds));
    and.push(or.length ? sql<SqlBool>`(${sql.join(or, sql` or `)})` : sql<SqlBool>`1 = 0`);
  }
  if (f.hiredFrom) and.push(sql<SqlBool>`${col('hire_month')} >= ${f.hiredFrom}`);
  if (f.hiredTo) and.push(sql<SqlBool>`${col('hire_month')} <= ${f.hiredTo}`);
  if (f.programId) and.push(sql<SqlBool>`${col('program_id')} = ${f.programId}`);
  if (f.departmentId) and.push(sql<SqlBool>`${col('department_id')} = ${f.departmentId}`);
  if (f.trainerId) and.push(sql<SqlBool>`${col('trainer_id')} = ${f.trainerId}`);
  if (f.mentorId) and.push(sql<SqlBool>`${col('mentor_id')} = ${f.mentorId}`);
  return and.length ? sql<SqlBool>`(${sql.join(and, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

/** First attempts that were graded, of the people asked, optionally in a range and in one group. */
function firstAttempts(db: Db, scope: PeopleScope, f: AnalyticsFilter, range: InstantRange) {
  let q = db
    .selectFrom('exam_attempts as a')
    .innerJoin('analytics_people as p', 'p.employee_id', 'a.employee_id')
    .innerJoin('exams as e', 'e.id', 'a.exam_id')
    .where('a.attempt_no', '=', 1)
    .where('a.status', '=', 'graded')
    .where('a.passed', 'is not', null)
    .where(peopleWhere(scope, f));
  if (range.start) q = q.where('a.submitted_at', '>=', range.start);
  if (range.end) q = q.where('a.submitted_at', '<', range.end);
  return q;
}

const keyOf = (by: RateBy) => sql<string | null>`${sql.ref(KEY_COLUMN[by])}`;
const keyIs = (by: RateBy, key: string | undefined) =>
  key === undefined
    ? sql<SqlBool>`1 = 1`
    : key === NONE_KEY
      ? sql<SqlBool>`${sql.ref(KEY_COLUMN[by])} is null`
      : sql<SqlBool>`${sql.ref(KEY_COLUMN[by])} = ${key}`;

export interface AttemptCounts {
  key: string | null;
  n: number;
  k: number;
  meanScore: number | null;
  people: number;
}

const counts = (r: { key?: string | null; n: unknown; k: unknown; mean_score: unknown; people: unknown }) => ({
  key: r.key ?? null,
  n: Number(r.n),
  k: Number(r.k ?? 0),
  meanScore: r.mean_score === null ? null : Number(r.mean_score),
  people: Number(r.people),
});

const attemptAggregates = sql<number>`count(*)`.as('n');

/** Per group (and for all groups together: key undefined), first attempts graded and passed. */
export async function attemptsBy(
  db: Db,
  scope: PeopleScope,
  f: AnalyticsFilter,
  range: InstantRange,
  by: RateBy,
): Promise<{ groups: AttemptCounts[]; overall: AttemptCounts }> {
  const aggregates = [
    attemptAggregates,
    sql<number>`sum(a.passed)`.as('k'),
    sql<number | null>`avg(a.score)`.as('mean_score'),
    sql<number>`count(distinct a.employee_id)`.as('people'),
  ] as const;
  const groups = await firstAttempts(db, scope, f, range)
    .select([keyOf(by).as('key'), ...aggregates])
    .groupBy(sql.ref(KEY_COLUMN[by]))
    .execute();
  const overall = await firstAttempts(db, scope, f, range).select(aggregates).executeTakeFirstOrThrow();
  return { groups: groups.map(counts), overall: counts(overall) };
}

/** Per program or trainer (and all together), trainees and those eliminated. */
export async function eliminatedBy(db: Db, scope: PeopleScope, f: AnalyticsFilter, by: 'program' | 'trainer') {
  const base = () => db.selectFrom('analytics_people as p').where(peopleWhere(scope, f));
  const aggregates = [
    sql<number>`count(*)`.as('n'),
    sql<number>`sum(case when p.exit_kind = 'eliminated' then 1 else 0 end)`.as('k'),
  ] as const;
  const rows = await base()
    .select([keyOf(by).as('key'), ...aggregates])
    .groupBy(sql.ref(KEY_COLUMN[by]))
    .execute();
  const all = await base().select(aggregates).executeTakeFirstOrThrow();
  const shape = (r: { n: unknown; k: unknown }) => ({ n: Number(r.n), k: Number(r.k ?? 0) });
  return { groups: rows.map((r) => ({ key: r.key ?? null, ...shape(r) })), overall: shape(all) };
}

/** Closed cases decided `eliminate`, per program and criterion. */
export async function eliminationCounts(db: Db, scope: PeopleScope, f: AnalyticsFilter, range: InstantRange) {
  let q = db
    .selectFrom('elimination_cases as c')
    .innerJoin('analytics_people as p', 'p.employee_id', 'c.employee_id')
    .where('c.decision', '=', 'eliminate')
    .where('c.closed_at', 'is not', null)
    .where(peopleWhere(scope, f));
  if (range.start) q = q.where('c.closed_at', '>=', range.start);
  if (range.end) q = q.where('c.closed_at', '<', range.end);
  const rows = await q
    .select(['p.program_id as key', 'c.criterion', sql<number>`count(*)`.as('n')])
    .groupBy(['p.program_id', 'c.criterion'])
    .execute();
  return rows.map((r) => ({ key: r.key, criterion: r.criterion, n: Number(r.n) }));
}

/** The first attempts behind one cell, newest first (at most `limit`), and how many there are. */
export async function attemptsOf(
  db: Db,
  scope: PeopleScope,
  f: AnalyticsFilter,
  range: InstantRange,
  by: RateBy,
  key: string | undefined,
  passed: boolean | null,
  limit: number,
) {
  let q = firstAttempts(db, scope, f, range).where(keyIs(by, key));
  if (passed !== null) q = q.where('a.passed', '=', passed ? 1 : 0);
  const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['p.employee_id', 'p.name', 'p.team_id', 'a.exam_id', 'e.title', 'a.score', 'a.passed', 'a.submitted_at'])
    .orderBy('a.submitted_at', 'desc')
    .orderBy('p.employee_id')
    .limit(limit)
    .execute();
  return { total: Number(total.n), rows };
}

/** The people of a program or trainer who were eliminated, latest exit first. */
export async function eliminatedOf(
  db: Db,
  scope: PeopleScope,
  f: AnalyticsFilter,
  by: 'program' | 'trainer',
  key: string | undefined,
  limit: number,
) {
  const q = db
    .selectFrom('analytics_people as p')
    .where(peopleWhere(scope, f))
    .where('p.exit_kind', '=', 'eliminated')
    .where(keyIs(by, key));
  const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['p.employee_id', 'p.name', 'p.team_id', 'p.exit_date', 'p.exit_criterion'])
    .orderBy('p.exit_date', 'desc')
    .orderBy('p.employee_id')
    .limit(limit)
    .execute();
  return { total: Number(total.n), rows };
}

/** Display names of the groups' keys: a program's title, a trainer's name, an exam's title. */
export async function labelsOf(db: Db, by: RateBy, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows =
    by === 'program'
      ? await db.selectFrom('training_plans').select(['id', 'title as label']).where('id', 'in', keys).execute()
      : by === 'trainer'
        ? await db.selectFrom('training_trainers').select(['id', 'name as label']).where('id', 'in', keys).execute()
        : by === 'exam'
          ? await db.selectFrom('exams').select(['id', 'title as label']).where('id', 'in', keys).execute()
          : keys.map((k) => ({ id: k, label: k }));
  return new Map(rows.map((r) => [r.id, r.label]));
}

/** Whether a program (training plan) or a trainer with this id exists. */
export async function exists(db: Db, what: 'program' | 'trainer', id: string): Promise<boolean> {
  const row =
    what === 'program'
      ? await db.selectFrom('training_plans').select('id').where('id', '=', id).executeTakeFirst()
      : await db.selectFrom('training_trainers').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
