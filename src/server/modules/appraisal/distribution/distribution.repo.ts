import type { Db } from '../../../db/connect.js';

// SQL for grades: the sheets of a cycle with their items' points (the forced distribution's tie
// keys), and the grades fixed when the cycle became final.

export const cycleSheets = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_sheets')
    .select(['id', 'employee_id', 'team_id', 'department_id', 'total', 'grade'])
    .where('cycle_id', '=', cycleId)
    .orderBy('id')
    .execute();

export const cycleItemPoints = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_sheet_items as i')
    .innerJoin('appraisal_sheets as s', 's.id', 'i.sheet_id')
    .select(['i.sheet_id', 'i.code', 'i.points', 'i.weight'])
    .where('s.cycle_id', '=', cycleId)
    .execute();

export const fixedGrades = (db: Db, cycleId: string) =>
  db.selectFrom('appraisal_grades').selectAll().where('cycle_id', '=', cycleId).orderBy('employee_id').execute();

export interface FixedRow {
  employee_id: string;
  team_id: string;
  sheet_id: string;
  total: number | null;
  score_grade: string | null;
  grade: string | null;
  team_rank: number | null;
}

export async function replaceFixed(trx: Db, cycleId: string, rows: FixedRow[], at: string) {
  await trx.deleteFrom('appraisal_grades').where('cycle_id', '=', cycleId).execute();
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('appraisal_grades')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, cycle_id: cycleId, fixed_at: at })))
      .execute();
}
