import type { Db } from '../../../db/connect.js';

// Kysely queries of the exams' work on the home page (issue 26): one indexed read per kind, no
// per-exam loops. The rules (who acts on what, when it is due) stay in exams.work.ts.

/** Open exams the person sits whose window is running and which they have not handed in yet,
 *  with the attempt still running, if any. */
export const openExamsOf = (db: Db, employeeId: string, now: string) =>
  db
    .selectFrom('exam_examinees as x')
    .innerJoin('exams as e', 'e.id', 'x.exam_id')
    .leftJoin('exam_attempts as r', (j) =>
      j.onRef('r.exam_id', '=', 'e.id').on('r.employee_id', '=', employeeId).on('r.status', '=', 'in_progress'),
    )
    .select(['e.id', 'e.title', 'e.closes_at', 'r.id as attempt_id'])
    .where('x.employee_id', '=', employeeId)
    .where('e.kind', '=', 'theory')
    .where('e.status', '=', 'open')
    .where('e.opens_at', '<=', now)
    .where('e.closes_at', '>', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('exam_attempts as d')
            .select('d.id')
            .whereRef('d.exam_id', '=', 'e.id')
            .where('d.employee_id', '=', employeeId)
            .where('d.status', '!=', 'in_progress'),
        ),
      ),
    )
    .execute();

/** Per theory exam the user grades (named a grader, or its author when it names none): how many
 *  handed-in essay answers wait for a mark. */
export const essaysToGradeBy = (db: Db, userId: string) =>
  db
    .selectFrom('exam_attempt_items as i')
    .innerJoin('exam_attempts as a', 'a.id', 'i.attempt_id')
    .innerJoin('exams as e', 'e.id', 'a.exam_id')
    .select(['e.id', 'e.title', 'e.closes_at', (eb) => eb.fn.countAll<number>().as('n')])
    .where('i.manual', '=', 1)
    .where('i.score', 'is', null)
    .where('a.status', '!=', 'in_progress')
    .where('e.kind', '=', 'theory')
    .where(({ or, and, eb, exists, not, selectFrom }) =>
      or([
        exists(
          selectFrom('exam_graders as g')
            .select('g.user_id')
            .whereRef('g.exam_id', '=', 'e.id')
            .where('g.user_id', '=', userId),
        ),
        and([
          eb('e.created_by', '=', userId),
          not(exists(selectFrom('exam_graders as g2').select('g2.user_id').whereRef('g2.exam_id', '=', 'e.id'))),
        ]),
      ]),
    )
    .groupBy(['e.id', 'e.title', 'e.closes_at'])
    .execute();
