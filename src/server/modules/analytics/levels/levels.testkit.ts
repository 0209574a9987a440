import type { Db } from '../../../db/connect.js';
import type { AnalyticsMonthCounters, AnalyticsPersonTable } from '../../../db/schema-analytics.js';
import { newId } from '../../../lib/ids.js';

// Records for the levels and effects tests, written straight into the tables: people, a plan with
// sessions, feedback, exams, QA, and the rollups as the facts part would build them — so each
// test's figures are known exactly. Dates are in 2029–2030, where the demo center has nothing.

const AT = '2029-01-01T00:00:00.000Z';
let seq = 0;

/** A person in the employees table and in the people rollup. */
export async function addLearner(
  db: Db,
  p: { teamId: string; departmentId: string } & Partial<AnalyticsPersonTable>,
): Promise<string> {
  const id = newId();
  const hire = p.hire_date ?? '2029-01-02';
  await db
    .insertInto('employees')
    .values({
      id,
      employee_no: `LV${process.pid % 1000}${++seq}${Date.now() % 100000}`,
      name: p.name ?? `学员${seq}`,
      gender: null,
      phone: null,
      email: null,
      hire_date: hire,
      team_id: p.teamId,
      supervisor_id: null,
      status: p.status ?? 'regular',
      status_since: hire,
      position: null,
      skills: '[]',
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
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

export async function addPlan(db: Db, p: { title: string; audience: string; start: string; end: string }) {
  const id = newId();
  await db
    .insertInto('training_plans')
    .values({
      id,
      title: p.title,
      audience: p.audience,
      cohort_id: null,
      start_date: p.start,
      end_date: p.end,
      recurrence: 'none',
      trigger: null,
      trigger_note: null,
      objectives: null,
      assessment_plan: null,
      supervision: null,
      venue: null,
      equipment: null,
      methods: '[]',
      evaluation_method: null,
      status: 'completed',
      needs_survey_id: null,
      previous_plan_id: null,
      created_by: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

/** A session of the plan (with a course and trainer of its own), its enrolled people. */
export async function addSession(db: Db, planId: string, day: string, people: string[]) {
  const courseId = newId();
  const trainerId = newId();
  const sessionId = newId();
  await db
    .insertInto('training_courses')
    .values({
      id: courseId,
      code: `LV-${courseId.slice(-8)}`,
      title: '四级评估测试课',
      content_area: 'business_systems',
      method: 'lecture',
      hours: 2,
      description: null,
      archived: 0,
      created_by: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto('training_trainers')
    .values({
      id: trainerId,
      kind: 'external',
      employee_id: null,
      name: '测试讲师',
      category: 'senior_staff',
      organization: null,
      certification: null,
      certified_on: null,
      certified_until: null,
      active: 1,
      notes: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto('training_sessions')
    .values({
      id: sessionId,
      course_id: courseId,
      trainer_id: trainerId,
      plan_id: planId,
      phase_id: null,
      title: null,
      room: null,
      starts_at: `${day}T01:00:00.000Z`,
      ends_at: `${day}T03:00:00.000Z`,
      status: 'scheduled',
      notes: null,
      created_by: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  for (const employee_id of people)
    await db
      .insertInto('training_enrollments')
      .values({ session_id: sessionId, employee_id, enrolled_at: AT, enrolled_by: null })
      .execute();
  return { sessionId, trainerId };
}

export async function addFeedback(
  db: Db,
  sessionId: string,
  employeeId: string,
  scores: [number, number, number],
  text?: string,
) {
  await db
    .insertInto('training_feedback')
    .values({
      id: newId(),
      session_id: sessionId,
      employee_id: employeeId,
      content_score: scores[0],
      trainer_score: scores[1],
      method_score: scores[2],
      suggestions: text ?? null,
      created_at: `2029-01-2${++seq % 10}T00:00:00.000Z`,
    })
    .execute();
}

export async function addExam(db: Db, title: string) {
  const id = newId();
  await db
    .insertInto('exams')
    .values({
      id,
      title,
      kind: 'theory',
      paper_id: null,
      opens_at: '2028-12-01T00:00:00.000Z',
      closes_at: '2029-12-01T00:00:00.000Z',
      time_limit_minutes: null,
      max_attempts: 2,
      pass_mark: 60,
      shuffle_questions: 0,
      shuffle_options: 0,
      weights: null,
      course: null,
      status: 'closed',
      results_released_at: null,
      created_by: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

export async function addAttempt(
  db: Db,
  examId: string,
  employeeId: string,
  day: string,
  score: number,
  attemptNo = 1,
) {
  await db
    .insertInto('exam_attempts')
    .values({
      id: newId(),
      exam_id: examId,
      employee_id: employeeId,
      attempt_no: attemptNo,
      seed: 1,
      anon_code: newId(),
      status: 'graded',
      started_at: `${day}T02:00:00.000Z`,
      deadline_at: `${day}T03:00:00.000Z`,
      submitted_at: `${day}T02:30:00.000Z`,
      auto_submitted: 0,
      raw_score: score,
      max_score: 100,
      score,
      passed: score >= 60 ? 1 : 0,
      pending_manual: 0,
      graded_at: `${day}T04:00:00.000Z`,
      version: 1,
    })
    .execute();
}

/** A QA evaluation of the agent on `day` with this final score (any published form, any evaluator). */
export async function addQa(db: Db, agentId: string, day: string, score: number) {
  const form = await db
    .selectFrom('qa_form_versions')
    .select(['id', 'form_id'])
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
  await db
    .insertInto('qa_evaluations')
    .values({
      id: newId(),
      form_version_id: form.id,
      form_id: form.form_id,
      interaction_id: null,
      agent_id: agentId,
      evaluator_user_id: user.id,
      method: 'side_by_side',
      sample_id: null,
      answers: '{}',
      items: '{}',
      score,
      final_answers: '{}',
      final_items: '{}',
      final_score: score,
      passed: score >= 80 ? 1 : 0,
      critical_failure: 'none',
      comment: null,
      suggestion_kind: null,
      suggestion_employee_id: null,
      suggestion_note: null,
      agent_status: 'regular',
      business_type: null,
      day,
      scored_at: `${day}T08:00:00.000Z`,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
}
