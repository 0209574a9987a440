import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  TrainingMentorHoursTable,
  TrainingMentorProblemTable,
  TrainingWarningTable,
} from '../../../db/schema-training.js';

// Kysely queries for the mentoring log: hours, problems met and warnings (mentoring.log.ts holds
// the rules).

/** One-to-one hours of the trainee on that day, over all their mentors. */
export async function oneToOneHours(db: Db, traineeId: string, date: string) {
  const row = await db
    .selectFrom('training_mentor_hours as h')
    .innerJoin('training_mentor_assignments as a', 'a.id', 'h.assignment_id')
    .select((eb) => eb.fn.sum<number>('h.hours').as('total'))
    .where('h.trainee_id', '=', traineeId)
    .where('h.work_date', '=', date)
    .where('a.mode', '=', 'one_to_one')
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** Hours of one assignment on that day. */
export async function assignmentDayHours(db: Db, assignmentId: string, date: string) {
  const row = await db
    .selectFrom('training_mentor_hours')
    .select((eb) => eb.fn.sum<number>('hours').as('total'))
    .where('assignment_id', '=', assignmentId)
    .where('work_date', '=', date)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

export const insertHours = (db: Db, row: Insertable<TrainingMentorHoursTable>) =>
  db.insertInto('training_mentor_hours').values(row).execute();

export const hoursOfDay = (db: Db, assignmentId: string, day: string) =>
  db
    .selectFrom('training_mentor_hours')
    .select(['id', 'hours', 'note', 'created_at'])
    .where('assignment_id', '=', assignmentId)
    .where('work_date', '=', day)
    .orderBy('created_at')
    .execute();

export const insertProblem = (db: Db, row: Insertable<TrainingMentorProblemTable>) =>
  db.insertInto('training_mentor_problems').values(row).execute();

export const findProblem = (db: Db, id: string) =>
  db.selectFrom('training_mentor_problems').selectAll().where('id', '=', id).executeTakeFirst();

export const updateProblem = (db: Db, id: string, set: Updateable<TrainingMentorProblemTable>) =>
  db.updateTable('training_mentor_problems').set(set).where('id', '=', id).execute();

/** The problems an assignment met on that day. */
export const problemsMet = (db: Db, assignmentId: string, day: string) =>
  db
    .selectFrom('training_mentor_problems')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .where('work_date', '=', day)
    .orderBy('created_at')
    .execute();

/** The trainee's problems met before that day and still open on it. */
export const problemsCarried = (db: Db, traineeId: string, day: string) =>
  db
    .selectFrom('training_mentor_problems')
    .selectAll()
    .where('trainee_id', '=', traineeId)
    .where('work_date', '<', day)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', day)]))
    .orderBy('work_date')
    .execute();

export const insertWarnings = (db: Db, rows: Insertable<TrainingWarningTable>[]) =>
  db.insertInto('training_warnings').values(rows).execute();

/** A person's warnings, newest first (200 at most). */
export const warningsOf = (db: Db, employeeId: string, unreadOnly: boolean) =>
  db
    .selectFrom('training_warnings as w')
    .selectAll('w')
    .where('w.recipient_employee_id', '=', employeeId)
    .$if(unreadOnly, (q) => q.where('w.read_at', 'is', null))
    .orderBy('w.created_at', 'desc')
    .limit(200)
    .execute();

/** Marks the recipient's unread warning read; whether it was. */
export async function markRead(db: Db, id: string, recipientId: string, at: string) {
  const res = await db
    .updateTable('training_warnings')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('recipient_employee_id', '=', recipientId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export const warningRecipient = (db: Db, id: string) =>
  db.selectFrom('training_warnings').select('recipient_employee_id').where('id', '=', id).executeTakeFirst();
