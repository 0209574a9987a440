import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  CareerRoutineItemsTable,
  CareerRoutineMeetingsTable,
  CareerRoutineTicksTable,
} from '../../../db/schema-careers-routines.js';

// Kysely queries of the routines part: checklist items, ticks, the leads' meetings.

export type ItemRow = Selectable<CareerRoutineItemsTable>;
export type TickRow = Selectable<CareerRoutineTicksTable>;
export type MeetingRow = Selectable<CareerRoutineMeetingsTable>;

export const listItems = (db: Db, activeOnly: boolean) => {
  let q = db.selectFrom('career_routine_items').selectAll();
  if (activeOnly) q = q.where('active', '=', 1);
  return q.orderBy('position').orderBy('id').execute();
};

export const findItem = (db: Db, id: string) =>
  db.selectFrom('career_routine_items').selectAll().where('id', '=', id).executeTakeFirst();

export const maxPosition = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('career_routine_items')
        .select((eb) => eb.fn.max('position').as('p'))
        .executeTakeFirst()
    )?.p ?? 0,
  );

export const insertItem = (db: Db, row: Insertable<CareerRoutineItemsTable>) =>
  db.insertInto('career_routine_items').values(row).execute();

/** Writes at the expected version; false when someone changed the row first. */
export async function updateItemAtVersion(
  db: Db,
  id: string,
  version: number,
  set: Updateable<CareerRoutineItemsTable>,
) {
  const r = await db
    .updateTable('career_routine_items')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const ticksOf = (db: Db, employeeIds: string[], periodKeys: string[]) =>
  employeeIds.length && periodKeys.length
    ? db
        .selectFrom('career_routine_ticks')
        .selectAll()
        .where('employee_id', 'in', employeeIds)
        .where('period_key', 'in', periodKeys)
        .execute()
    : Promise.resolve([] as TickRow[]);

export const findTick = (db: Db, id: string) =>
  db.selectFrom('career_routine_ticks').selectAll().where('id', '=', id).executeTakeFirst();

export const tickOfInstance = (db: Db, employeeId: string, itemId: string, periodKey: string) =>
  db
    .selectFrom('career_routine_ticks')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('item_id', '=', itemId)
    .where('period_key', '=', periodKey)
    .executeTakeFirst();

export const insertTick = (db: Db, row: Insertable<CareerRoutineTicksTable>) =>
  db.insertInto('career_routine_ticks').values(row).execute();

export const deleteTick = (db: Db, id: string) => db.deleteFrom('career_routine_ticks').where('id', '=', id).execute();

export const insertMeeting = (db: Db, row: Insertable<CareerRoutineMeetingsTable>) =>
  db.insertInto('career_routine_meetings').values(row).execute();

export const findMeeting = (db: Db, id: string) =>
  db.selectFrom('career_routine_meetings').selectAll().where('id', '=', id).executeTakeFirst();

export const meetingsOf = (db: Db, employeeId: string, from: string) =>
  db
    .selectFrom('career_routine_meetings')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('day', '>=', from)
    .orderBy('day', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
