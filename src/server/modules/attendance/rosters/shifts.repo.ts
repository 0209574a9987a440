import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AttendanceShiftsTable } from '../../../db/schema-attendance-rosters.js';

// SQL of shift templates (attendance_shifts).

export type ShiftRow = AttendanceShiftsTable;

export const listShiftRows = (db: Db, active?: boolean) => {
  let q = db.selectFrom('attendance_shifts').selectAll();
  if (active !== undefined) q = q.where('active', '=', active ? 1 : 0);
  return q.orderBy('start_time').orderBy('code').execute();
};

export const findShift = (db: Db, id: string) =>
  db.selectFrom('attendance_shifts').selectAll().where('id', '=', id).executeTakeFirst();

export const findShiftByCode = (db: Db, code: string) =>
  db.selectFrom('attendance_shifts').selectAll().where('code', '=', code).executeTakeFirst();

export const insertShift = (db: Db, row: Insertable<AttendanceShiftsTable>) =>
  db.insertInto('attendance_shifts').values(row).execute();

/** Updates at the version it was read at; false when someone else changed it meanwhile. */
export async function updateShift(db: Db, id: string, version: number, set: Updateable<AttendanceShiftsTable>) {
  const res = await db
    .updateTable('attendance_shifts')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
