import type { Db } from '../../db/connect.js';

// SQL of the calendar page; lib/calendar.ts reads the same tables for the working-day rules.

export const listYears = (db: Db) =>
  db.selectFrom('calendar_years').select(['year', 'source', 'confirmed_by', 'confirmed_at']).orderBy('year').execute();

export const findYear = (db: Db, year: number) =>
  db.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();

export const daysOfYear = (db: Db, year: number) =>
  db
    .selectFrom('calendar_days')
    .select(['day', 'kind', 'name', 'source', 'updated_at'])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();

export const findDay = (db: Db, day: string) =>
  db.selectFrom('calendar_days').select(['day', 'kind', 'name', 'source']).where('day', '=', day).executeTakeFirst();

export async function upsertDay(
  db: Db,
  row: { day: string; kind: string; name: string; updated_by: string; updated_at: string },
) {
  await db
    .insertInto('calendar_days')
    .values({ ...row, source: 'admin' })
    .onConflict((oc) =>
      oc.column('day').doUpdateSet({
        kind: row.kind,
        name: row.name,
        source: 'admin',
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export const deleteDay = (db: Db, day: string) => db.deleteFrom('calendar_days').where('day', '=', day).execute();

export const insertYear = (db: Db, row: { year: number; confirmed_by: string; confirmed_at: string }) =>
  db
    .insertInto('calendar_years')
    .values({ ...row, source: 'admin' })
    .execute();
