import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingTrainerTable } from '../../../db/schema-training.js';

// Kysely queries for trainers (trainers.service.ts holds the rules).

/** Scheduled sessions that ended by `now`, optionally of some trainers only. */
export function endedSessionTimes(db: Db, now: string, trainerIds?: string[]) {
  let taught = db
    .selectFrom('training_sessions')
    .select(['trainer_id', 'starts_at', 'ends_at'])
    .where('status', '=', 'scheduled')
    .where('ends_at', '<=', now);
  if (trainerIds) taught = taught.where('trainer_id', 'in', trainerIds);
  return taught.execute();
}

/** Feedback count and average scores per trainer, optionally of some trainers only. */
export function feedbackAveragesByTrainer(db: Db, trainerIds?: string[]) {
  let fb = db
    .selectFrom('training_feedback as f')
    .innerJoin('training_sessions as s', 's.id', 'f.session_id')
    .select((eb) => [
      's.trainer_id',
      eb.fn.countAll<number>().as('n'),
      eb.fn.avg<number>('f.content_score').as('content'),
      eb.fn.avg<number>('f.trainer_score').as('trainer'),
      eb.fn.avg<number>('f.method_score').as('method'),
    ])
    .groupBy('s.trainer_id');
  if (trainerIds) fb = fb.where('s.trainer_id', 'in', trainerIds);
  return fb.execute();
}

/** Trainers by name, optionally only the active ones. */
export function trainerRows(db: Db, activeOnly: boolean) {
  let q = db.selectFrom('training_trainers').selectAll().orderBy('name');
  if (activeOnly) q = q.where('active', '=', 1);
  return q.execute();
}

export const trainerRowById = (db: Db, id: string) =>
  db.selectFrom('training_trainers').selectAll().where('id', '=', id).executeTakeFirst();

export const insertTrainer = (db: Db, row: Insertable<TrainingTrainerTable>) =>
  db.insertInto('training_trainers').values(row).execute();
