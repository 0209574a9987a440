import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';
import { personNo } from '../../people/identity.query.js';

// Kysely queries for attempts. Who took one (name, team) comes from the people module's identity
// read-model; the order by employee number is the one documented exception, in SQL (personNo).

/** Attempts by id, whole rows. */
export const attemptRows = (db: Db, ids: string[]) =>
  ids.length
    ? db.selectFrom('exam_attempts as a').selectAll('a').where('a.id', 'in', ids).execute()
    : Promise.resolve([]);

/** The attempts of an exam for its result table, by employee number, then attempt. */
export const attemptsOfExam = (db: Db, examId: string) =>
  db
    .selectFrom('exam_attempts as a')
    .select([
      'a.id',
      'a.employee_id',
      'a.attempt_no',
      'a.status',
      'a.started_at',
      'a.submitted_at',
      'a.auto_submitted',
      'a.score',
      'a.passed',
      'a.pending_manual',
    ])
    .where('a.exam_id', '=', examId)
    .orderBy(personNo('a.employee_id'))
    .orderBy('a.attempt_no')
    .execute();

/** One attempt, whole row, or undefined. */
export const findAttempt = (db: Db, id: string) =>
  db.selectFrom('exam_attempts').selectAll().where('id', '=', id).executeTakeFirst();

/** One attempt, whole row; throws when there is none. */
export const attemptRow = (db: Db, id: string) =>
  db.selectFrom('exam_attempts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Attempts in progress whose deadline is at or before `now` (at most 5,000), optionally of one exam. */
export const dueAttempts = (db: Db, now: string, examId?: string) =>
  db
    .selectFrom('exam_attempts')
    .select(['id', 'deadline_at'])
    .where('status', '=', 'in_progress')
    .where('deadline_at', '<=', now)
    .$if(!!examId, (q) => q.where('exam_id', '=', examId!))
    .limit(5000)
    .execute();

/** The items of an attempt, whole rows, in paper order. */
export const itemsOf = (db: Db, attemptId: string) =>
  db.selectFrom('exam_attempt_items').selectAll().where('attempt_id', '=', attemptId).orderBy('position').execute();

/** Whether the employee is an examinee of the exam. */
export const examineeRow = (db: Db, examId: string, employeeId: string) =>
  db
    .selectFrom('exam_examinees')
    .select('employee_id')
    .where('exam_id', '=', examId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

/** An employee's attempts at an exam, whole rows, by attempt number. */
export const attemptsBy = (db: Db, examId: string, employeeId: string) =>
  db
    .selectFrom('exam_attempts')
    .selectAll()
    .where('exam_id', '=', examId)
    .where('employee_id', '=', employeeId)
    .orderBy('attempt_no')
    .execute();

/** Writes a new attempt and its items (200 per insert). */
export async function insertAttempt(
  trx: Db,
  attempt: Insertable<Database['exam_attempts']>,
  items: Insertable<Database['exam_attempt_items']>[],
) {
  await trx.insertInto('exam_attempts').values(attempt).execute();
  for (let i = 0; i < items.length; i += 200)
    await trx
      .insertInto('exam_attempt_items')
      .values(items.slice(i, i + 200))
      .execute();
}

/** The id of an employee's attempt in progress at an exam, if any. */
export const runningAttemptOf = (db: Db, examId: string, employeeId: string) =>
  db
    .selectFrom('exam_attempts')
    .select('id')
    .where('exam_id', '=', examId)
    .where('employee_id', '=', employeeId)
    .where('status', '=', 'in_progress')
    .executeTakeFirst();

/** Stores an answer on an unsealed item of an attempt still running before `now`, unless a newer
 *  `seq` is stored; the number of rows changed (0 or 1). */
export async function storeAnswer(
  db: Db,
  attemptId: string,
  itemId: string,
  answer: string,
  seq: number | null,
  now: string,
) {
  const res = await db
    .updateTable('exam_attempt_items')
    .set({ answer, answer_seq: seq, answered_at: now })
    .where('id', '=', itemId)
    .where('sealed', '=', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('exam_attempts')
          .select('id')
          .where('id', '=', attemptId)
          .where('status', '=', 'in_progress')
          .where('deadline_at', '>', now),
      ),
    )
    .$if(seq !== null, (q) => q.where((eb) => eb.or([eb('answer_seq', 'is', null), eb('answer_seq', '<=', seq!)])))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** An attempt's state and deadline. */
export const attemptClock = (db: Db, id: string) =>
  db.selectFrom('exam_attempts').select(['id', 'status', 'deadline_at']).where('id', '=', id).executeTakeFirstOrThrow();

/** Which item and version each question of an attempt is, with who owns the attempt. */
export const itemRefRows = (db: Db, attemptId: string) =>
  db
    .selectFrom('exam_attempt_items as i')
    .innerJoin('exam_attempts as a', 'a.id', 'i.attempt_id')
    .select(['i.id', 'i.question_id', 'i.question_version_id', 'a.employee_id'])
    .where('i.attempt_id', '=', attemptId)
    .execute();

/** An attempt's submission facts. */
export const submission = (db: Db, id: string) =>
  db
    .selectFrom('exam_attempts')
    .select(['id', 'status', 'submitted_at', 'auto_submitted'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

export const setDeadline = (trx: Db, id: string, deadlineAt: string) =>
  trx.updateTable('exam_attempts').set({ deadline_at: deadlineAt }).where('id', '=', id).execute();

/** The theory exams (not drafts) an employee is an examinee of, whole rows, latest window first. */
export const theoryExamsFor = (db: Db, employeeId: string) =>
  db
    .selectFrom('exam_examinees as x')
    .innerJoin('exams as e', 'e.id', 'x.exam_id')
    .selectAll('e')
    .where('x.employee_id', '=', employeeId)
    .where('e.status', '!=', 'draft')
    .where('e.kind', '=', 'theory')
    .orderBy('e.opens_at', 'desc')
    .execute();

/** An employee's attempts at these exams, whole rows, by attempt number. */
export const attemptsAt = (db: Db, employeeId: string, examIds: string[]) =>
  db
    .selectFrom('exam_attempts')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('exam_id', 'in', examIds)
    .orderBy('attempt_no')
    .execute();
