import type { Db } from '../../../db/connect.js';
import type { AnalyticsMonthCounters, AnalyticsPersonTable } from '../../../db/schema-analytics.js';
import { newId } from '../../../lib/ids.js';
import { insertEmployee } from '../records.testkit.js';

// People and rollup rows for the levels and effects tests, written straight into the tables as
// the facts part would build them, so each test's figures are known exactly. Dates are in
// 2029–2030, where the demo center has nothing.

const AT = '2029-01-01T00:00:00.000Z';
let seq = 0;

/** A person in the employees table and in the people rollup. */
export async function addLearner(
  db: Db,
  p: { teamId: string; departmentId: string } & Partial<AnalyticsPersonTable>,
): Promise<string> {
  const hire = p.hire_date ?? '2029-01-02';
  const employeeNo = `LV${newId().slice(-12)}`; // unique across test files sharing one database
  const id = await insertEmployee(db, {
    teamId: p.teamId,
    name: p.name ?? `学员${seq}`,
    hireDate: hire,
    status: p.status ?? 'regular',
    employeeNo,
    at: AT,
  });
  await addRollupPerson(db, { ...p, employee_id: id, hire_date: hire });
  return id;
}

/** A row of the people rollup only (for people the level-4 and effects figures count). */
export async function addRollupPerson(
  db: Db,
  p: { teamId: string; departmentId: string } & Partial<AnalyticsPersonTable>,
): Promise<string> {
  const id = p.employee_id ?? newId();
  const hire = p.hire_date ?? '2029-01-02';
  await db
    .insertInto('analytics_people')
    .values({
      employee_id: id,
      name: p.name ?? `学员${++seq}`,
      hire_date: hire,
      hire_month: hire.slice(0, 7),
      department_id: p.departmentId,
      team_id: p.teamId,
      status: p.status ?? 'regular',
      program_id: p.program_id ?? null,
      cohort_id: null,
      trainer_id: p.trainer_id ?? null,
      mentor_id: p.mentor_id ?? null,
      live_date: p.live_date ?? null,
      exit_date: p.exit_date ?? null,
      exit_kind: p.exit_kind ?? null,
      exit_criterion: null,
    })
    .execute();
  return id;
}

const ZERO: AnalyticsMonthCounters = {
  qa_count: 0,
  qa_sum: 0,
  qa_sum_sq: 0,
  qa_passed: 0,
  handled: 0,
  talk_sum: 0,
  hold_sum: 0,
  wrap_sum: 0,
  fcr_yes: 0,
  fcr_known: 0,
  csat_sum: 0,
  csat_count: 0,
};

/** One month of a person: one QA score `qa`, 100 contacts with this FCR %, AHT (all talk) and CSAT mean. */
export async function addMonth(
  db: Db,
  employeeId: string,
  month: string,
  v: { qa?: number; fcr?: number; aht?: number; csat?: number },
) {
  await db
    .insertInto('analytics_person_months')
    .values({
      ...ZERO,
      employee_id: employeeId,
      month,
      ...(v.qa !== undefined ? { qa_count: 1, qa_sum: v.qa, qa_sum_sq: v.qa * v.qa, qa_passed: 1 } : {}),
      ...(v.fcr !== undefined ? { fcr_known: 100, fcr_yes: v.fcr } : {}),
      ...(v.aht !== undefined ? { handled: 100, talk_sum: 100 * v.aht } : {}),
      ...(v.csat !== undefined ? { csat_count: 10, csat_sum: 10 * v.csat } : {}),
    })
    .execute();
}

/** The center's QA for a month: n scores with this sum and sum of squares. */
export async function addCenterMonth(db: Db, month: string, qa: { n: number; sum: number; sumSq: number }) {
  await db
    .insertInto('analytics_center_months')
    .values({ ...ZERO, month, qa_count: qa.n, qa_sum: qa.sum, qa_sum_sq: qa.sumSq })
    .execute();
}
