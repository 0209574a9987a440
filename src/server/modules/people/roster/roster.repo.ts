import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database, RosterImportTable } from '../../../db/schema.js';

// Queries of the roster import. Employee history rows are written in chunks: a roster may hold
// thousands of people and one round trip per row is slow on PostgreSQL.

const CHUNK = 200;

/** Everyone, to match rows by employee number and to follow reporting lines. */
export const listAllEmployees = (db: Db) => db.selectFrom('employees').selectAll().execute();

type BulkTable = 'employees' | 'employee_status_history' | 'employee_team_history';
export async function insertMany<T extends BulkTable>(db: Db, table: T, rows: Insertable<Database[T]>[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as any)
      .execute();
  }
}

export const setSupervisor = (db: Db, employeeId: string, supervisorId: string) =>
  db.updateTable('employees').set({ supervisor_id: supervisorId }).where('id', '=', employeeId).execute();

export const insertImport = (db: Db, row: RosterImportTable) => db.insertInto('roster_imports').values(row).execute();

export const findImport = (db: Db, id: string) =>
  db.selectFrom('roster_imports').selectAll().where('id', '=', id).executeTakeFirst();

/** The one way to start a commit: only one caller can move a previewed import on. */
export async function claimImport(db: Db, id: string, at: string) {
  const r = await db
    .updateTable('roster_imports')
    .set({ status: 'committed', committed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'previewed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** After a commit found the database changed, the stored preview shows the fresh errors. */
export const replaceImportResult = (
  db: Db,
  id: string,
  set: Pick<RosterImportTable, 'rows' | 'errors' | 'error_count'>,
) => db.updateTable('roster_imports').set(set).where('id', '=', id).where('status', '=', 'previewed').execute();
