import type { Db } from '../../../db/connect.js';
import { personIn } from '../../people/identity.query.js';

// Kysely queries the exam access rules read. The rules themselves stay in exams.access.ts.

/** One exam, whole row, or undefined. */
export const examRow = (db: Db, id: string) =>
  db.selectFrom('exams').selectAll().where('id', '=', id).executeTakeFirst();

/** The grader row of this user on this exam, if any. */
export const graderRow = (db: Db, examId: string, userId: string) =>
  db
    .selectFrom('exam_graders')
    .select('user_id')
    .where('exam_id', '=', examId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

/** One examinee of the exam who is in the team, if any. */
export const examineeInTeam = (db: Db, examId: string, teamId: string) =>
  db
    .selectFrom('exam_examinees as x')
    .select('x.employee_id')
    .where('x.exam_id', '=', examId)
    .where(personIn('x.employee_id', { teamIds: [teamId] }))
    .executeTakeFirst();
