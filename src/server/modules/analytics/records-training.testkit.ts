import type { Db } from '../../db/connect.js';
import { newId } from '../../lib/ids.js';

// Training rows for the analytics tests (issue 22), written straight into the tables: plans,
// trainers, courses, sessions with their enrolments, exams and attempts. Every helper takes the
// fields a test cares about and fills the rest with neutral values; `at` is the rows' own
// created/updated time (some figures order by it, so each kit keeps its own).
export const RECORDS_AT = '2025-01-01T00:00:00.000Z';

/** The version and created/updated times most source rows carry. */
export const stamps = (at: string) => ({ version: 1, created_at: at, updated_at: at });

export async function insertPlan(
  db: Db,
  p: { title: string; start: string; end: string; audience?: string; cohortId?: string | null; at?: string },
): Promise<string> {
  const id = newId();
  const at = p.at ?? RECORDS_AT;
  await db
    .insertInto('training_plans')
    .values({
      id,
      title: p.title,
      audience: p.audience ?? 'new_hire',
      cohort_id: p.cohortId ?? null,
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
      ...stamps(at),
    })
    .execute();
  return id;
}

/** An external trainer (not an employee). */
export async function insertTrainer(db: Db, name: string, o: { category?: string; at?: string } = {}): Promise<string> {
  const id = newId();
  const at = o.at ?? RECORDS_AT;
  await db
    .insertInto('training_trainers')
    .values({
      id,
      kind: 'external',
      employee_id: null,
      name,
      category: o.category ?? 'external_consultant',
      organization: null,
      certification: null,
      certified_on: null,
      certified_until: null,
      active: 1,
      notes: null,
      ...stamps(at),
    })
    .execute();
  return id;
}

/** A two-hour lecture course; its code is `codePrefix` and the id's tail. */
export async function insertCourse(
  db: Db,
  c: { title: string; contentArea?: string; codePrefix?: string; at?: string },
): Promise<string> {
  const id = newId();
  const at = c.at ?? RECORDS_AT;
  await db
    .insertInto('training_courses')
    .values({
      id,
      code: `${c.codePrefix ?? 'AX'}${id.slice(-8)}`,
      title: c.title,
      content_area: c.contentArea ?? 'basics_culture',
      method: 'lecture',
      hours: 2,
      description: null,
      archived: 0,
      created_by: null,
      ...stamps(at),
    })
    .execute();
  return id;
}

/** A scheduled session on `day` (01:00–03:00 UTC) and the people enrolled in it. */
export async function insertSession(
  db: Db,
  s: { planId: string; courseId: string; trainerId: string; day: string; people: string[]; at?: string },
): Promise<string> {
  const id = newId();
  const at = s.at ?? RECORDS_AT;
  await db
    .insertInto('training_sessions')
    .values({
      id,
      course_id: s.courseId,
      trainer_id: s.trainerId,
      plan_id: s.planId,
      phase_id: null,
      title: null,
      room: null,
      starts_at: `${s.day}T01:00:00.000Z`,
      ends_at: `${s.day}T03:00:00.000Z`,
      status: 'scheduled',
      notes: null,
      created_by: null,
      ...stamps(at),
    })
    .execute();
  for (const employee_id of s.people)
    await db
      .insertInto('training_enrollments')
      .values({ session_id: id, employee_id, enrolled_at: at, enrolled_by: null })
      .execute();
  return id;
}

/** A closed theory exam (pass mark 60, two attempts) open from `opens` to `closes`. */
export async function insertExam(
  db: Db,
  e: {
    title: string;
    opens: string;
    closes: string;
    course?: string | null;
    timeLimitMinutes?: number | null;
    at?: string;
  },
): Promise<string> {
  const id = newId();
  const at = e.at ?? RECORDS_AT;
  await db
    .insertInto('exams')
    .values({
      id,
      title: e.title,
      kind: 'theory',
      paper_id: null,
      opens_at: e.opens,
      closes_at: e.closes,
      time_limit_minutes: e.timeLimitMinutes ?? null,
      max_attempts: 2,
      pass_mark: 60,
      shuffle_questions: 0,
      shuffle_options: 0,
      weights: null,
      course: e.course ?? null,
      status: 'closed',
      results_released_at: null,
      created_by: null,
      ...stamps(at),
    })
    .execute();
  return id;
}

/**
 * An attempt out of 100, passed at 60. Graded unless another status is given; started at `at`,
 * and (unless overridden) due, submitted and graded then too; not submitted or graded when not graded.
 */
export async function insertAttempt(
  db: Db,
  a: {
    examId: string;
    employeeId: string;
    score: number | null;
    at: string;
    no?: number;
    status?: string;
    deadlineAt?: string;
    submittedAt?: string;
    gradedAt?: string;
  },
): Promise<string> {
  const id = newId();
  const status = a.status ?? 'graded';
  const graded = status === 'graded';
  await db
    .insertInto('exam_attempts')
    .values({
      id,
      exam_id: a.examId,
      employee_id: a.employeeId,
      attempt_no: a.no ?? 1,
      seed: 1,
      anon_code: `R${id.slice(-12)}`,
      status,
      started_at: a.at,
      deadline_at: a.deadlineAt ?? a.at,
      submitted_at: graded ? (a.submittedAt ?? a.at) : null,
      auto_submitted: 0,
      raw_score: a.score,
      max_score: 100,
      score: a.score,
      passed: a.score === null ? null : a.score >= 60 ? 1 : 0,
      pending_manual: 0,
      graded_at: graded ? (a.gradedAt ?? a.at) : null,
      version: 1,
    })
    .execute();
  return id;
}
