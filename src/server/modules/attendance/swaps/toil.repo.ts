import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AttendanceToilTable, AttendanceToilUsesTable } from '../../../db/schema-attendance-swaps.js';

// SQL of time off in lieu: the lots (attendance_toil) and the uses drawn on them (attendance_toil_uses).

export const lotsOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('attendance_toil')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .orderBy('expires_on')
    .orderBy('earned_on')
    .orderBy('id')
    .execute();

export const insertLot = (db: Db, row: AttendanceToilTable) => db.insertInto('attendance_toil').values(row).execute();

/** Adds used hours to a lot unless that would take it past its hours (a concurrent use lost the race). */
export async function drawOnLot(db: Db, id: string, hours: number): Promise<boolean> {
  const res = await db
    .updateTable('attendance_toil')
    .set({ used_hours: sql<number>`used_hours + ${hours}` })
    .where('id', '=', id)
    .where(sql<boolean>`used_hours + ${hours} <= hours + 0.001`)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const giveBackToLot = (db: Db, id: string, hours: number) =>
  db
    .updateTable('attendance_toil')
    .set({ used_hours: sql<number>`CASE WHEN used_hours - ${hours} < 0 THEN 0 ELSE used_hours - ${hours} END` })
    .where('id', '=', id)
    .execute();

export const insertUses = (db: Db, rows: AttendanceToilUsesTable[]) =>
  rows.length ? db.insertInto('attendance_toil_uses').values(rows).execute() : Promise.resolve([]);

export const usesOf = (db: Db, useIdOrRef: string) =>
  db
    .selectFrom('attendance_toil_uses')
    .selectAll()
    .where((eb) => eb.or([eb('use_id', '=', useIdOrRef), eb('ref', '=', useIdOrRef)]))
    .execute();

export const deleteUses = (db: Db, ids: string[]) =>
  ids.length ? db.deleteFrom('attendance_toil_uses').where('id', 'in', ids).execute() : Promise.resolve([]);
