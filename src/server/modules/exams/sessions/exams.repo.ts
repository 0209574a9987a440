import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';
import { personNo } from '../../people/identity.query.js';

// Kysely queries for exams, their examinees and graders. Rules (who may change what, when) stay
// in exams.service.ts; these only read and write rows.

type ExamPatch = Updateable<Database['exams']>;

/** How many examinees an exam has. */
export const examineeCount = async (db: Db, examId: string) =>
  Number(
    (
      await db
        .selectFrom('exam_examinees')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('exam_id', '=', examId)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The user ids grading an exam. */
export const graderIdsOf = async (db: Db, examId: string) =>
  (await db.selectFrom('exam_graders').select('user_id').where('exam_id', '=', examId).execute()).map((g) => g.user_id);

/** Every exam, latest window first. */
export const allExams = (db: Db) => db.selectFrom('exams').selectAll().orderBy('opens_at', 'desc').execute();

export const insertExam = (trx: Db, row: Insertable<Database['exams']>) =>
  trx.insertInto('exams').values(row).execute();

/** Whether anyone has an attempt or a practical score on the exam. */
export const anyTakeOf = async (db: Db, examId: string) =>
  (await db.selectFrom('exam_attempts').select('id').where('exam_id', '=', examId).executeTakeFirst()) ??
  (await db.selectFrom('exam_practical_scores').select('id').where('exam_id', '=', examId).executeTakeFirst());

/** Updates the exam at this version; the number of rows changed (0 when the version moved on). */
export const updateExamAtVersion = async (trx: Db, id: string, version: number, patch: ExamPatch) =>
  Number(
    (await trx.updateTable('exams').set(patch).where('id', '=', id).where('version', '=', version).executeTakeFirst())
      .numUpdatedRows,
  );

export const updateExam = (trx: Db, id: string, patch: ExamPatch) =>
  trx.updateTable('exams').set(patch).where('id', '=', id).execute();

/** Pulls the deadline of running attempts forward to `closesAt`. */
export const cutRunningDeadlines = (db: Db, examId: string, closesAt: string) =>
  db
    .updateTable('exam_attempts')
    .set({ deadline_at: closesAt })
    .where('exam_id', '=', examId)
    .where('status', '=', 'in_progress')
    .where('deadline_at', '>', closesAt)
    .execute();

/** One attempt of the exam not yet graded, if any. */
export const ungradedAttempt = (db: Db, examId: string) =>
  db
    .selectFrom('exam_attempts')
    .select('id')
    .where('exam_id', '=', examId)
    .where('status', '!=', 'graded')
    .executeTakeFirst();

/** Marks results released unless they already were; the number of rows changed. */
export const markReleased = async (trx: Db, examId: string, at: string) =>
  Number(
    (
      await trx
        .updateTable('exams')
        .set({ results_released_at: at, status: 'closed', updated_at: at })
        .where('id', '=', examId)
        .where('results_released_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** The employee ids on an exam, in employee-number order. */
export const examineeIdsOf = async (db: Db, examId: string) =>
  (
    await db
      .selectFrom('exam_examinees as x')
      .select('x.employee_id')
      .where('x.exam_id', '=', examId)
      .orderBy(personNo('x.employee_id'))
      .execute()
  ).map((r) => r.employee_id);

/** The exams (not drafts) a person sits whose window overlaps [startsAt, endsAt). */
export const examsOfPersonBetween = (db: Db, employeeId: string, startsAt: string, endsAt: string) =>
  db
    .selectFrom('exam_examinees as x')
    .innerJoin('exams as e', 'e.id', 'x.exam_id')
    .select(['e.id', 'e.title', 'e.opens_at', 'e.closes_at', 'e.created_by'])
    .where('x.employee_id', '=', employeeId)
    .where('e.status', '!=', 'draft')
    .where('e.opens_at', '<', endsAt)
    .where('e.closes_at', '>', startsAt)
    .orderBy('e.opens_at')
    .execute();

/** Replaces the examinees of an exam (500 rows per insert). */
export async function replaceExaminees(trx: Db, examId: string, employeeIds: string[], at: string) {
  await trx.deleteFrom('exam_examinees').where('exam_id', '=', examId).execute();
  for (let i = 0; i < employeeIds.length; i += 500) {
    await trx
      .insertInto('exam_examinees')
      .values(employeeIds.slice(i, i + 500).map((e) => ({ exam_id: examId, employee_id: e, added_at: at })))
      .execute();
  }
}

/** Enabled accounts holding one of the roles, by display name. */
export const enabledUsersWithRoles = (db: Db, roles: string[]) =>
  db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.display_name'])
    .where('r.role', 'in', roles)
    .where('u.disabled', '=', 0)
    .groupBy(['u.id', 'u.display_name'])
    .orderBy('u.display_name')
    .execute();

/** Which of these user ids hold one of the roles. */
export const usersHoldingRoles = (db: Db, userIds: string[], roles: string[]) =>
  db
    .selectFrom('user_roles')
    .select('user_id')
    .where('user_id', 'in', userIds)
    .where('role', 'in', roles)
    .groupBy('user_id')
    .execute();

/** Replaces the graders of an exam. */
export async function replaceGraders(trx: Db, examId: string, userIds: string[]) {
  await trx.deleteFrom('exam_graders').where('exam_id', '=', examId).execute();
  if (userIds.length)
    await trx
      .insertInto('exam_graders')
      .values(userIds.map((u) => ({ exam_id: examId, user_id: u })))
      .execute();
}
