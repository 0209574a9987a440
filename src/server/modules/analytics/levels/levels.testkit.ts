import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';

// Source records for the levels tests: a plan with sessions, feedback, exams and their attempts,
// and QA evaluations, written straight into the tables (people: rollups.testkit.ts).

const AT = '2029-01-01T00:00:00.000Z';
let seq = 0;

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
