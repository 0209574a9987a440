import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingMentorAssignmentTable, TrainingMentorRatingTable } from '../../../db/schema-training.js';

// Kysely queries for mentor assignments and ratings (mentoring.service.ts holds the rules).

export const findAssignment = (db: Db, id: string) =>
  db.selectFrom('training_mentor_assignments').selectAll().where('id', '=', id).executeTakeFirst();

/** Active assignments of this mode held by the trainee or the mentor (other than `ignoreId`). */
export function activeAssignments(
  db: Db,
  who: { traineeId: string } | { mentorId: string },
  mode: string,
  ignoreId?: string,
) {
  return db
    .selectFrom('training_mentor_assignments')
    .select('id')
    .where('traineeId' in who ? 'trainee_id' : 'mentor_id', '=', 'traineeId' in who ? who.traineeId : who.mentorId)
    .$if(!!ignoreId, (q) => q.where('id', '!=', ignoreId!))
    .where('status', '=', 'active')
    .where('mode', '=', mode)
    .execute();
}

export const planExists = async (db: Db, id: string) =>
  !!(await db.selectFrom('training_plans').select('id').where('id', '=', id).executeTakeFirst());

export const insertAssignment = (db: Db, row: Insertable<TrainingMentorAssignmentTable>) =>
  db.insertInto('training_mentor_assignments').values(row).execute();

export const updateAssignment = (db: Db, id: string, set: Updateable<TrainingMentorAssignmentTable>) =>
  db.updateTable('training_mentor_assignments').set(set).where('id', '=', id).execute();

/** Why a coaching mentor was given (the mentor pool's table, written with the assignment). */
export const insertCoachingReason = (db: Db, assignmentId: string, reason: string, by: string, at: string) =>
  db
    .insertInto('mentor_coaching_reasons')
    .values({ assignment_id: assignmentId, reason, created_by: by, created_at: at })
    .execute();

/** A replacing coaching assignment keeps the reason of the one it replaces. */
export async function copyCoachingReason(db: Db, fromId: string, toId: string, at: string) {
  const r = await db
    .selectFrom('mentor_coaching_reasons')
    .selectAll()
    .where('assignment_id', '=', fromId)
    .executeTakeFirst();
  if (r)
    await db
      .insertInto('mentor_coaching_reasons')
      .values({ ...r, assignment_id: toId, created_at: at })
      .execute();
}

/** Assignments with their rating, hours logged, open problems and (coaching) reason. */
export const withFacts = (db: Db) =>
  db
    .selectFrom('training_mentor_assignments as a')
    .leftJoin('training_mentor_ratings as r', 'r.assignment_id', 'a.id')
    .leftJoin('mentor_coaching_reasons as cr', 'cr.assignment_id', 'a.id')
    .selectAll('a')
    .select(['r.score as rating', 'cr.reason as coaching_reason'])
    .select((eb) => [
      eb
        .selectFrom('training_mentor_hours as h')
        .select((e) => e.fn.sum<number>('h.hours').as('x'))
        .whereRef('h.assignment_id', '=', 'a.id')
        .as('hours_total'),
      eb
        .selectFrom('training_mentor_problems as p')
        .select((e) => e.fn.countAll<number>().as('x'))
        .whereRef('p.assignment_id', '=', 'a.id')
        .where('p.status', '=', 'open')
        .as('open_problems'),
    ]);

export const insertRating = (db: Db, row: Insertable<TrainingMentorRatingTable>) =>
  db.insertInto('training_mentor_ratings').values(row).execute();

/** Active assignments per mentor and mode. */
export const activeByMentor = (db: Db) =>
  db
    .selectFrom('training_mentor_assignments as a')
    .select((eb) => ['a.mentor_id', 'a.mode', eb.fn.countAll<number>().as('n')])
    .where('a.status', '=', 'active')
    .groupBy(['a.mentor_id', 'a.mode'])
    .execute();

/** Ratings per mentor: how many, and their mean. */
export const ratingsByMentor = (db: Db) =>
  db
    .selectFrom('training_mentor_ratings as r')
    .select((eb) => ['r.mentor_id', eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('r.score').as('avg')])
    .groupBy(['r.mentor_id'])
    .execute();
