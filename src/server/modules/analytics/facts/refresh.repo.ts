import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';

// The warehouse loader's SQL (issue 22): each rollup is one INSERT … SELECT, so the database does
// the grouping over the whole center at once (10,000 people × 5 years is a few set operations,
// never a loop per person). The facts part is the one place allowed to read other modules' tables
// for this; it reads them here only. Window functions (ROW_NUMBER) run on SQLite ≥ 3.25 and
// PostgreSQL alike. The heavy grouping goes into temporary tables of the rebuild's own connection
// first (no write lock on the rollups while it runs); the swap into the rollups is then a short
// transaction of plain copies.

type Tx = Kysely<Database>;

const EXITS = sql.raw(`'eliminated', 'resigned', 'dismissed'`);

const PEOPLE_COLS = sql.raw(
  'employee_id, name, hire_date, hire_month, department_id, team_id, status, program_id, cohort_id, trainer_id, mentor_id, live_date, exit_date, exit_kind, exit_criterion',
);
const COUNTER_COLS = sql.raw(
  'qa_count, qa_sum, qa_sum_sq, qa_passed, handled, talk_sum, hold_sum, wrap_sum, fcr_yes, fcr_known, csat_sum, csat_count',
);

export async function dropStages(conn: Tx) {
  await sql`DROP TABLE IF EXISTS analytics_stage_people`.execute(conn);
  await sql`DROP TABLE IF EXISTS analytics_stage_months`.execute(conn);
}

/** Replaces the rollups with the staged rows (inside the caller's transaction). */
export async function swapRollups(tx: Tx) {
  await clearRollups(tx);
  await sql`INSERT INTO analytics_people (${PEOPLE_COLS}) SELECT ${PEOPLE_COLS} FROM analytics_stage_people`.execute(
    tx,
  );
  await sql`INSERT INTO analytics_person_months (employee_id, month, ${COUNTER_COLS})
    SELECT employee_id, month, ${COUNTER_COLS} FROM analytics_stage_months`.execute(tx);
  await sql`
    INSERT INTO analytics_center_months (month, ${COUNTER_COLS})
    SELECT month, SUM(qa_count), SUM(qa_sum), SUM(qa_sum_sq), SUM(qa_passed), SUM(handled), SUM(talk_sum),
      SUM(hold_sum), SUM(wrap_sum), SUM(fcr_yes), SUM(fcr_known), SUM(csat_sum), SUM(csat_count)
    FROM analytics_stage_months
    GROUP BY month
  `.execute(tx);
}

async function clearRollups(tx: Tx) {
  await sql`DELETE FROM analytics_center_months`.execute(tx);
  await sql`DELETE FROM analytics_person_months`.execute(tx);
  await sql`DELETE FROM analytics_people`.execute(tx);
}

/**
 * One row per employee. The hire spell starts at employees.hire_date (a re-hire moves it), so the
 * exit and the day the person went regular are the first such status changes on or after it.
 * Program: the earliest new-hire plan (not cancelled) of a cohort the person belongs to; trainer:
 * the one who taught most of the person's sessions (tie: the one met first); mentor: the first
 * assignment; criterion: the latest closed elimination case that decided to eliminate.
 */
export async function stagePeople(conn: Tx) {
  await sql`
    CREATE TEMPORARY TABLE analytics_stage_people AS
    WITH spells AS (
      SELECT h.employee_id, h.to_status, h.effective_date,
        ROW_NUMBER() OVER (PARTITION BY h.employee_id ORDER BY h.effective_date, h.created_at, h.id) AS rn
      FROM employee_status_history h
      WHERE h.to_status IN (${EXITS})
        AND h.effective_date >= (SELECT x.hire_date FROM employees x WHERE x.id = h.employee_id)
    ),
    lives AS (
      SELECT h.employee_id, MIN(h.effective_date) AS live_date
      FROM employee_status_history h
      WHERE h.to_status = 'regular'
        AND h.effective_date >= (SELECT x.hire_date FROM employees x WHERE x.id = h.employee_id)
      GROUP BY h.employee_id
    ),
    programs AS (
      SELECT m.employee_id, p.id AS program_id, p.cohort_id,
        ROW_NUMBER() OVER (PARTITION BY m.employee_id ORDER BY p.start_date, p.id) AS rn
      FROM training_cohort_members m
      INNER JOIN training_plans p ON p.cohort_id = m.cohort_id
      WHERE p.audience = 'new_hire' AND p.status <> 'cancelled'
    ),
    cohorts AS (
      SELECT m.employee_id, m.cohort_id,
        ROW_NUMBER() OVER (PARTITION BY m.employee_id ORDER BY c.start_date, c.id) AS rn
      FROM training_cohort_members m
      INNER JOIN training_cohorts c ON c.id = m.cohort_id
    ),
    taught AS (
      SELECT en.employee_id, s.trainer_id, COUNT(*) AS sessions, MIN(s.starts_at) AS first_at
      FROM training_enrollments en
      INNER JOIN training_sessions s ON s.id = en.session_id
      WHERE s.status <> 'cancelled'
      GROUP BY en.employee_id, s.trainer_id
    ),
    trainers AS (
      SELECT employee_id, trainer_id,
        ROW_NUMBER() OVER (PARTITION BY employee_id ORDER BY sessions DESC, first_at, trainer_id) AS rn
      FROM taught
    ),
    mentors AS (
      SELECT a.trainee_id AS employee_id, a.mentor_id,
        ROW_NUMBER() OVER (PARTITION BY a.trainee_id ORDER BY a.start_date, a.created_at, a.id) AS rn
      FROM training_mentor_assignments a
    ),
    criteria AS (
      SELECT c.employee_id, c.criterion,
        ROW_NUMBER() OVER (PARTITION BY c.employee_id ORDER BY c.closed_at DESC, c.id DESC) AS rn
      FROM elimination_cases c
      WHERE c.decision = 'eliminate' AND c.closed_at IS NOT NULL
    )
    SELECT e.id AS employee_id, e.name, e.hire_date, substr(e.hire_date, 1, 7) AS hire_month,
      (SELECT t.department_id FROM teams t WHERE t.id = e.team_id) AS department_id, e.team_id, e.status,
      pr.program_id, COALESCE(pr.cohort_id, co.cohort_id) AS cohort_id, tr.trainer_id, me.mentor_id, li.live_date,
      sp.effective_date AS exit_date, sp.to_status AS exit_kind,
      CASE WHEN sp.to_status = 'eliminated' THEN cr.criterion END AS exit_criterion
    FROM employees e
    LEFT JOIN spells sp ON sp.employee_id = e.id AND sp.rn = 1
    LEFT JOIN lives li ON li.employee_id = e.id
    LEFT JOIN programs pr ON pr.employee_id = e.id AND pr.rn = 1
    LEFT JOIN cohorts co ON co.employee_id = e.id AND co.rn = 1
    LEFT JOIN trainers tr ON tr.employee_id = e.id AND tr.rn = 1
    LEFT JOIN mentors me ON me.employee_id = e.id AND me.rn = 1
    LEFT JOIN criteria cr ON cr.employee_id = e.id AND cr.rn = 1
  `.execute(conn);
}

/** Per person and month: QA from the evaluations (final scores) and KPI counters from the agent's days. */
export async function stagePersonMonths(conn: Tx) {
  await sql`
    CREATE TEMPORARY TABLE analytics_stage_months AS
    SELECT employee_id, month, SUM(qa_count) AS qa_count, SUM(qa_sum) AS qa_sum, SUM(qa_sum_sq) AS qa_sum_sq,
      SUM(qa_passed) AS qa_passed, SUM(handled) AS handled, SUM(talk_sum) AS talk_sum, SUM(hold_sum) AS hold_sum,
      SUM(wrap_sum) AS wrap_sum, SUM(fcr_yes) AS fcr_yes, SUM(fcr_known) AS fcr_known, SUM(csat_sum) AS csat_sum,
      SUM(csat_count) AS csat_count
    FROM (
      SELECT q.agent_id AS employee_id, substr(q.day, 1, 7) AS month, COUNT(*) AS qa_count,
        SUM(q.final_score) AS qa_sum,
        SUM(q.final_score * q.final_score) AS qa_sum_sq,
        SUM(q.passed) AS qa_passed, 0 AS handled, 0 AS talk_sum, 0 AS hold_sum, 0 AS wrap_sum,
        0 AS fcr_yes, 0 AS fcr_known, 0 AS csat_sum, 0 AS csat_count
      FROM qa_evaluations q
      GROUP BY q.agent_id, substr(q.day, 1, 7)
      UNION ALL
      SELECT d.agent_id, substr(d.day, 1, 7), 0, 0, 0, 0, SUM(d.handled), SUM(d.talk_sum), SUM(d.hold_sum),
        SUM(d.wrap_sum), SUM(d.fcr_yes), SUM(d.fcr_known), SUM(d.csat_sum), SUM(d.csat_count)
      FROM interaction_agent_daily d
      GROUP BY d.agent_id, substr(d.day, 1, 7)
    ) u
    GROUP BY employee_id, month
  `.execute(conn);
}

export async function countRollups(tx: Tx) {
  const people = await tx
    .selectFrom('analytics_people')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  const months = await tx
    .selectFrom('analytics_person_months')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return { people: Number(people.n), months: Number(months.n) };
}

export async function writeState(tx: Tx, row: { as_of: string; took_ms: number; people: number; months: number }) {
  await tx.deleteFrom('analytics_state').where('id', '=', 'rollups').execute();
  await tx
    .insertInto('analytics_state')
    .values({ id: 'rollups', ...row })
    .execute();
}

export const readState = (db: Kysely<Database>) =>
  db.selectFrom('analytics_state').selectAll().where('id', '=', 'rollups').executeTakeFirst();
