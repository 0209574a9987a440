import type { Db } from '../../../db/connect.js';
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
