import type { Db } from '../../../db/connect.js';

// Kysely queries for the assessment results other modules read (training record, new-hire
// criteria). Which results count stays in record-scores.ts.

/** A person's graded attempts of released exams, by submission. */
export const releasedTheoryOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('exam_attempts as a')
    .innerJoin('exams as x', 'x.id', 'a.exam_id')
    .select(['x.title', 'a.attempt_no', 'a.score', 'x.pass_mark', 'a.passed', 'a.submitted_at'])
    .where('a.employee_id', '=', employeeId)
    .where('a.status', '=', 'graded')
    .where('x.results_released_at', 'is not', null)
    .orderBy('a.submitted_at')
    .execute();

/** A person's practical scores with the exam title, oldest first. */
export const practicalOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('exam_practical_scores as p')
    .innerJoin('exams as x', 'x.id', 'p.exam_id')
    .select(['x.title', 'p.total', 'p.pass_mark', 'p.passed', 'p.updated_at'])
    .where('p.employee_id', '=', employeeId)
    .orderBy('p.created_at')
    .execute();

/** A person's daily-performance scores, oldest period first. */
export const dailyOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('exam_daily_scores')
    .select(['period_start', 'topic', 'total', 'pass_mark', 'passed'])
    .where('employee_id', '=', employeeId)
    .orderBy('period_start')
    .execute();

/** Graded attempts of released theory exams of these people (unordered). */
export const releasedTheoryOfMany = (db: Db, employeeIds: string[]) =>
  db
    .selectFrom('exam_attempts as a')
    .innerJoin('exams as x', 'x.id', 'a.exam_id')
    .select([
      'a.id',
      'a.exam_id',
      'a.employee_id',
      'x.title',
      'a.attempt_no',
      'a.score',
      'x.pass_mark',
      'a.submitted_at',
      'x.closes_at',
    ])
    .where('a.employee_id', 'in', employeeIds)
    .where('a.status', '=', 'graded')
    .where('x.kind', '=', 'theory')
    .where('x.results_released_at', 'is not', null)
    .execute();

/** Practical scores of these people with the exam title (unordered). */
export const practicalOfMany = (db: Db, employeeIds: string[]) =>
  db
    .selectFrom('exam_practical_scores as p')
    .innerJoin('exams as x', 'x.id', 'p.exam_id')
    .select(['p.id', 'p.exam_id', 'p.employee_id', 'x.title', 'p.total', 'p.pass_mark', 'p.created_at'])
    .where('p.employee_id', 'in', employeeIds)
    .execute();

/** Regular daily-performance scores of these people, oldest period first. */
export const regularDailyOf = (db: Db, employeeIds: string[]) =>
  db
    .selectFrom('exam_daily_scores')
    .select(['id', 'employee_id', 'period_start', 'period_end', 'total', 'pass_mark', 'created_at'])
    .where('employee_id', 'in', employeeIds)
    .where('kind', '=', 'regular')
    .orderBy('period_start')
    .orderBy('id')
    .execute();
