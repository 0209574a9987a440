import type { Db } from '../../../db/connect.js';
import type { AttendanceScheduleChangesTable } from '../../../db/schema-attendance-rosters.js';
import { newId } from '../../../lib/ids.js';

// SQL of the schedule of record (attendance_schedule): one row per person and day that has an
// entry (a shift, or shift_id null for a rest day), with the roster it belongs to.

const CHUNK = 500; // ids per IN list, well under both engines' parameter limits

export interface ScheduleRow {
  employee_id: string;
  day: string;
  roster_id: string;
  shift_id: string | null;
  starts_at: string | null;
  ends_at: string | null;
  work_minutes: number;
  skill: string | null;
  roster_status: string;
}

/** The entries of these people from..to (inclusive), with their shift's skill and roster's status. */
export async function scheduleRows(db: Db, employeeIds: string[], from: string, to: string): Promise<ScheduleRow[]> {
  const out: ScheduleRow[] = [];
  const ids = [...new Set(employeeIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('attendance_schedule as s')
      .innerJoin('attendance_rosters as r', 'r.id', 's.roster_id')
      .leftJoin('attendance_shifts as sh', 'sh.id', 's.shift_id')
      .select([
        's.employee_id',
        's.day',
        's.roster_id',
        's.shift_id',
        's.starts_at',
        's.ends_at',
        's.work_minutes',
        'sh.skill',
        'r.status as roster_status',
      ])
      .where('s.employee_id', 'in', ids.slice(i, i + CHUNK))
      .where('s.day', '>=', from)
      .where('s.day', '<=', to)
      .orderBy('s.employee_id')
      .orderBy('s.day')
      .execute();
    out.push(...rows);
  }
  return out;
}

export interface EntryWrite {
  employee_id: string;
  day: string;
  roster_id: string;
  shift_id: string | null;
  starts_at: string | null;
  ends_at: string | null;
  work_minutes: number;
}

/** Writes entries (insert or replace by person and day). */
export async function upsertEntries(db: Db, entries: EntryWrite[], at: string, by: string | null) {
  for (let i = 0; i < entries.length; i += 200) {
    const values = entries.slice(i, i + 200).map((e) => ({ ...e, updated_at: at, updated_by: by }));
    await db
      .insertInto('attendance_schedule')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['employee_id', 'day']).doUpdateSet((eb) => ({
          roster_id: eb.ref('excluded.roster_id'),
          shift_id: eb.ref('excluded.shift_id'),
          starts_at: eb.ref('excluded.starts_at'),
          ends_at: eb.ref('excluded.ends_at'),
          work_minutes: eb.ref('excluded.work_minutes'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
        })),
      )
      .execute();
  }
}

/** Removes entries (a cell cleared on a draft roster). */
export async function deleteEntries(db: Db, keys: Array<{ employeeId: string; day: string }>) {
  for (const k of keys)
    await db
      .deleteFrom('attendance_schedule')
      .where('employee_id', '=', k.employeeId)
      .where('day', '=', k.day)
      .execute();
}

export type ChangeWrite = Omit<AttendanceScheduleChangesTable, 'id'>;

/** Records changes made after a roster was published. */
export async function insertChanges(db: Db, changes: ChangeWrite[]) {
  for (let i = 0; i < changes.length; i += 200)
    await db
      .insertInto('attendance_schedule_changes')
      .values(changes.slice(i, i + 200).map((c) => ({ id: newId(), ...c })))
      .execute();
}

/** The rosters (id, status, team, period) by id. */
export async function rostersByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('attendance_rosters')
    .select(['id', 'team_id', 'status', 'period_start', 'period_end'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Shift templates by id (for names and times on the schedule). */
export async function shiftsByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('attendance_shifts')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}
