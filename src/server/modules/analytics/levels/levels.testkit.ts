import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';
import {
  insertAttempt,
  insertCourse,
  insertExam,
  insertPlan,
  insertQa,
  insertSession,
  insertTrainer,
} from '../records.testkit.js';

// Source records for the levels tests: a plan with sessions, feedback, exams and their attempts,
// and QA evaluations, written straight into the tables (people: rollups.testkit.ts).

const AT = '2029-01-01T00:00:00.000Z';
let seq = 0;

export const addPlan = (db: Db, p: { title: string; audience: string; start: string; end: string }) =>
  insertPlan(db, { ...p, at: AT });

/** A session of the plan (with a course and trainer of its own), its enrolled people. */
export async function addSession(db: Db, planId: string, day: string, people: string[]) {
  const courseId = await insertCourse(db, {
    title: '四级评估测试课',
    contentArea: 'business_systems',
    codePrefix: 'LV-',
    at: AT,
  });
  const trainerId = await insertTrainer(db, '测试讲师', { category: 'senior_staff', at: AT });
  const sessionId = await insertSession(db, { planId, courseId, trainerId, day, people, at: AT });
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

export const addExam = (db: Db, title: string) =>
  insertExam(db, { title, opens: '2028-12-01T00:00:00.000Z', closes: '2029-12-01T00:00:00.000Z', at: AT });

export async function addAttempt(
  db: Db,
  examId: string,
  employeeId: string,
  day: string,
  score: number,
  attemptNo = 1,
) {
  await insertAttempt(db, {
    examId,
    employeeId,
    no: attemptNo,
    score,
    at: `${day}T02:00:00.000Z`,
    deadlineAt: `${day}T03:00:00.000Z`,
    submittedAt: `${day}T02:30:00.000Z`,
    gradedAt: `${day}T04:00:00.000Z`,
  });
}

/** A QA evaluation of the agent on `day` with this final score (any published form, any evaluator). */
export async function addQa(db: Db, agentId: string, day: string, score: number) {
  const form = await db
    .selectFrom('qa_form_versions')
    .select(['id', 'form_id'])
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
  await insertQa(db, {
    formId: form.form_id,
    versionId: form.id,
    agentId,
    evaluatorId: user.id,
    method: 'side_by_side',
    day,
    score,
    at: AT,
  });
}
