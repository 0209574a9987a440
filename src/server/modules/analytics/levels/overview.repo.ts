import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import type { Sums } from '../../quality/stats/stats.js';
import { peopleInScope } from './scope.js';

// The levels overview reads every program at once, summed in SQL: each plan's windows go in as a
// small VALUES table, its people in scope are joined to their first exam attempts and QA scores,
// and only per-plan counts and sums come back (80 programs over 10,000 people: 80 rows, not the
// 20,000 attempts and 58,000 evaluations the figures are made of). The people CTE is MATERIALIZED:
// newer SQLite otherwise folds it into both joins and scans every attempt and every evaluation.

/** What one plan's overview row is summed over (days 'YYYY-MM-DD', bounds as stated). */
export interface PlanWindow {
  id: string;
  hiring: boolean; // a new-hire plan's people are its hires; any other's, those enrolled
  examFrom: string; // first attempts submitted on [examFrom, examBefore)
  examBefore: string;
  qaAfter: string; // QA scored on the days (qaAfter, qaTo]
  qaTo: string;
}

export interface PlanSums {
  people: number;
  exams: Sums & { passed: number };
  qa: Sums;
}

const scopeSql = (scope: PeopleScope): RawBuilder<unknown> => {
  if (scope.kind === 'all') return sql`1 = 1`;
  const ors: RawBuilder<unknown>[] = [];
  const list = (ids: string[]) => sql.join(ids.map((id) => sql`${id}`));
  if (scope.employeeIds.length) ors.push(sql`ap.employee_id in (${list(scope.employeeIds)})`);
  if (scope.teamIds.length) ors.push(sql`ap.team_id in (${list(scope.teamIds)})`);
  if (scope.departmentIds.length) ors.push(sql`ap.department_id in (${list(scope.departmentIds)})`);
  return ors.length ? sql`(${sql.join(ors, sql` or `)})` : sql`1 = 0`;
};

const text = (v: string) => sql`cast(${v} as text)`;

interface SumsRow {
  plan_id: string;
  people: number | string | null;
  ex_n: number | string | null;
  ex_sum: number | string | null;
  ex_sq: number | string | null;
  ex_passed: number | string | null;
  qa_n: number | string | null;
  qa_sum: number | string | null;
  qa_sq: number | string | null;
}

/** Per plan: its people in scope, their first graded attempts' and QA scores' counts and sums. */
export async function planSums(db: Db, scope: PeopleScope, plans: PlanWindow[]): Promise<Map<string, PlanSums>> {
  if (!plans.length) return new Map();
  const rows = sql.join(
    plans.map(
      (p) =>
        sql`(${text(p.id)}, cast(${p.hiring ? 1 : 0} as integer), ${text(p.examFrom)}, ${text(p.examBefore)}, ${text(p.qaAfter)}, ${text(p.qaTo)})`,
    ),
  );
  const inScope = scopeSql(scope);
  const courses = plans.filter((p) => !p.hiring).map((p) => p.id);
  const enrolled = courses.length
    ? sql`union
        select s.plan_id, en.employee_id from training_enrollments en
        join training_sessions s on s.id = en.session_id
        join analytics_people ap on ap.employee_id = en.employee_id
        where s.plan_id in (${sql.join(courses.map((id) => sql`${id}`))}) and ${inScope}`
    : sql``;
  const result = await sql<SumsRow>`
    with w (plan_id, hiring, exam_from, exam_before, qa_after, qa_to) as (values ${rows}),
    pp (plan_id, employee_id) as materialized (
      select w.plan_id, ap.employee_id from w
      join analytics_people ap on ap.program_id = w.plan_id
      where w.hiring = 1 and ${inScope}
      ${enrolled}
    ),
    people as (select plan_id, count(*) as n from pp group by plan_id),
    ex as (
      select pp.plan_id, count(*) as n, sum(a.score) as s, sum(a.score * a.score) as sq,
        sum(case when a.passed = 1 then 1 else 0 end) as passed
      from pp join w on w.plan_id = pp.plan_id
      join exam_attempts a on a.employee_id = pp.employee_id
      where a.attempt_no = 1 and a.score is not null
        and a.submitted_at >= w.exam_from and a.submitted_at < w.exam_before
      group by pp.plan_id
    ),
    qa as (
      select pp.plan_id, count(*) as n, sum(q.final_score) as s, sum(q.final_score * q.final_score) as sq
      from pp join w on w.plan_id = pp.plan_id
      join qa_evaluations q on q.agent_id = pp.employee_id
      where q.day > w.qa_after and q.day <= w.qa_to
      group by pp.plan_id
    )
    select w.plan_id, people.n as people, ex.n as ex_n, ex.s as ex_sum, ex.sq as ex_sq, ex.passed as ex_passed,
      qa.n as qa_n, qa.s as qa_sum, qa.sq as qa_sq
    from w
    left join people on people.plan_id = w.plan_id
    left join ex on ex.plan_id = w.plan_id
    left join qa on qa.plan_id = w.plan_id`.execute(db);
  const num = (v: number | string | null) => Number(v ?? 0);
  return new Map(
    result.rows.map((r) => [
      r.plan_id,
      {
        people: num(r.people),
        exams: { n: num(r.ex_n), sum: num(r.ex_sum), sumSq: num(r.ex_sq), passed: num(r.ex_passed) },
        qa: { n: num(r.qa_n), sum: num(r.qa_sum), sumSq: num(r.qa_sq) },
      },
    ]),
  );
}

/** Per plan, the feedback forms of people in scope: n and the sums of each form's mean score. */
export async function feedbackSumsByPlan(db: Db, scope: PeopleScope, planIds: string[]) {
  if (!planIds.length) return new Map<string, Sums>();
  const avg = sql<number>`((f.content_score + f.trainer_score + f.method_score) / 3.0)`;
  const rows = await db
    .selectFrom('training_feedback as f')
    .innerJoin('training_sessions as s', 's.id', 'f.session_id')
    .innerJoin('analytics_people as ap', 'ap.employee_id', 'f.employee_id')
    .select((eb) => [
      's.plan_id',
      eb.fn.countAll<number>().as('n'),
      sql<number>`sum(${avg})`.as('sum'),
      sql<number>`sum(${avg} * ${avg})`.as('sumSq'),
    ])
    .where('s.plan_id', 'in', planIds)
    .where((eb) => peopleInScope(eb, scope))
    .groupBy('s.plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id!, { n: Number(r.n), sum: Number(r.sum), sumSq: Number(r.sumSq) }]));
}

/** The center's QA count and sum per month over [fromMonth, toMonth]. */
export const centerQaMonths = (db: Db, fromMonth: string, toMonth: string) =>
  db
    .selectFrom('analytics_center_months')
    .select(['month', 'qa_count', 'qa_sum'])
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .execute();
