import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { ExamDailyScoreTable } from '../../../db/schema-exams.js';
import { personIn, personName, type PeopleSet } from '../../people/identity.query.js';

// Kysely queries for daily-performance scores. Who scores whom and who sees what stay in
// daily.service.ts; a list filtered to some people takes the set the service worked out.

const all = (db: Db) => db.selectFrom('exam_daily_scores as d').selectAll('d');

/** One daily score (an empty list when there is none). */
export const dailyScoreById = (db: Db, id: string) => all(db).where('d.id', '=', id).execute();

/** A person's daily scores, newest period first. */
export const dailyScoresOf = (db: Db, employeeId: string) =>
  all(db).where('d.employee_id', '=', employeeId).orderBy('d.period_start', 'desc').execute();

export interface DailyFilter {
  /** Only these people (a lead's team, a manager's department); absent: everyone. */
  people?: PeopleSet;
  employeeId?: string;
  teamId?: string;
  periodStart?: string;
}

/** One page of daily scores (newest period, then name) and how many match in all. */
export async function dailyPage(db: Db, f: DailyFilter, limit: number, offset: number) {
  const query = all(db)
    .$if(!!f.people, (q) => q.where(personIn('d.employee_id', f.people!)))
    .$if(!!f.employeeId, (q) => q.where('d.employee_id', '=', f.employeeId!))
    .$if(!!f.teamId, (q) => q.where(personIn('d.employee_id', { teamIds: [f.teamId!] })))
    .$if(!!f.periodStart, (q) => q.where('d.period_start', '=', f.periodStart!));
  const [rows, count] = await Promise.all([
    query.orderBy('d.period_start', 'desc').orderBy(personName('d.employee_id')).limit(limit).offset(offset).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const insertDailyScore = (trx: Db, row: Insertable<ExamDailyScoreTable>) =>
  trx.insertInto('exam_daily_scores').values(row).execute();

/** Updates a daily score at this version; the number of rows changed (0 when the version moved on). */
export const updateDailyAtVersion = async (
  trx: Db,
  id: string,
  version: number,
  patch: Updateable<ExamDailyScoreTable>,
) =>
  Number(
    (
      await trx
        .updateTable('exam_daily_scores')
        .set(patch)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst()
    ).numUpdatedRows,
  );
