import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AttendanceDaysTable, AttendancePunchesTable } from '../../../db/schema-attendance-clock.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personInScope, personWhere } from '../../people/identity.query.js';

// Kysely queries of the clock part: punches, imports and matched days. Writes go in batches so a
// month of a center (62,000 punches, 15,500 days) is a few dozen statements, well below SQLite's
// 32,766 and PostgreSQL's 65,535 bound parameters per statement.

export type DayRow = Selectable<AttendanceDaysTable>;
export type PunchWrite = Insertable<AttendancePunchesTable>;

const ID_CHUNK = 2000;
const ROW_CHUNK = 1000; // rows × at most 17 columns

async function chunked<T, R>(items: T[], size: number, run: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await run(items.slice(i, i + size))));
  return out;
}

/** Punches of these people between two instants (inclusive), by time. */
export const punchesBetween = (db: Db, employeeIds: string[], from: string, to: string) =>
  chunked(employeeIds, ID_CHUNK, (part) =>
    db
      .selectFrom('attendance_punches')
      .select(['employee_id', 'at', 'source', 'device'])
      .where('employee_id', 'in', part)
      .where('at', '>=', from)
      .where('at', '<=', to)
      .orderBy('at')
      .execute(),
  );

/** Insert punches; one already stored (same person, same instant) is skipped. Returns how many were new. */
export async function insertPunches(db: Db, rows: PunchWrite[]) {
  let added = 0;
  for (let i = 0; i < rows.length; i += ROW_CHUNK) {
    const res = await db
      .insertInto('attendance_punches')
      .values(rows.slice(i, i + ROW_CHUNK))
      .onConflict((oc) => oc.columns(['employee_id', 'at']).doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export const daysBetween = (db: Db, employeeIds: string[], from: string, to: string) =>
  chunked(employeeIds, ID_CHUNK, (part) =>
    db
      .selectFrom('attendance_days')
      .selectAll()
      .where('employee_id', 'in', part)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .orderBy('day')
      .orderBy('employee_id')
      .execute(),
  );

/** Write matched days (all columns); an existing (employee, day) is replaced. */
export async function upsertDays(db: Db, rows: DayRow[]) {
  for (let i = 0; i < rows.length; i += ROW_CHUNK)
    await db
      .insertInto('attendance_days')
      .values(rows.slice(i, i + ROW_CHUNK))
      .onConflict((oc) =>
        oc.columns(['employee_id', 'day']).doUpdateSet((eb) => ({
          shift_id: eb.ref('excluded.shift_id'),
          scheduled_start: eb.ref('excluded.scheduled_start'),
          scheduled_end: eb.ref('excluded.scheduled_end'),
          first_in: eb.ref('excluded.first_in'),
          last_out: eb.ref('excluded.last_out'),
          late_minutes: eb.ref('excluded.late_minutes'),
          early_minutes: eb.ref('excluded.early_minutes'),
          outcome: eb.ref('excluded.outcome'),
          resolution: eb.ref('excluded.resolution'),
          resolution_reason: eb.ref('excluded.resolution_reason'),
          resolved_by: eb.ref('excluded.resolved_by'),
          resolved_at: eb.ref('excluded.resolved_at'),
          leave_request_id: eb.ref('excluded.leave_request_id'),
          computed_at: eb.ref('excluded.computed_at'),
          version: eb.ref('excluded.version'),
        })),
      )
      .execute();
}

/** Remove days that are no longer on the schedule. */
export async function deleteDays(db: Db, keys: { employeeId: string; day: string }[]) {
  const byDay = new Map<string, string[]>();
  for (const k of keys) byDay.set(k.day, [...(byDay.get(k.day) ?? []), k.employeeId]);
  for (const [day, ids] of byDay)
    for (let i = 0; i < ids.length; i += ID_CHUNK)
      await db
        .deleteFrom('attendance_days')
        .where('day', '=', day)
        .where('employee_id', 'in', ids.slice(i, i + ID_CHUNK))
        .execute();
}

export const findDay = (db: Db, employeeId: string, day: string) =>
  db
    .selectFrom('attendance_days')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('day', '=', day)
    .executeTakeFirst();

/** Resolve one day when its version is still the one read; false when someone changed it meanwhile. */
export async function resolveDay(
  db: Db,
  employeeId: string,
  day: string,
  version: number,
  set: Pick<DayRow, 'resolution' | 'resolution_reason' | 'resolved_by' | 'resolved_at' | 'leave_request_id'>,
) {
  const res = await db
    .updateTable('attendance_days')
    .set({ ...set, version: version + 1 })
    .where('employee_id', '=', employeeId)
    .where('day', '=', day)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The day's exceptions (or all days) of the people in scope, optionally one team. */
export const exceptionsOn = (db: Db, scope: PeopleScope, day: string, outcomes: readonly string[], teamId?: string) =>
  db
    .selectFrom('attendance_days as d')
    .selectAll('d')
    .where('d.day', '=', day)
    .where('d.outcome', 'in', [...outcomes])
    .where(personInScope('d.employee_id', scope))
    .$if(!!teamId, (q) => q.where(personWhere('d.employee_id', { teamId })))
    .orderBy('d.employee_id')
    .execute();

export const insertImport = (
  db: Db,
  row: {
    id: string;
    file_name: string;
    status: string;
    total_rows: number;
    accepted: number;
    rejected: number;
    errors: string;
    created_by: string;
    created_at: string;
  },
) =>
  db
    .insertInto('attendance_imports')
    .values({ ...row, kind: 'punches' })
    .execute();
