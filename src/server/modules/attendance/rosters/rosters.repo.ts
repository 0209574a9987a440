import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AttendanceRostersTable } from '../../../db/schema-attendance-rosters.js';

// SQL of team rosters (attendance_rosters). The entries themselves are the schedule of record
// (schedule.repo.ts).

export type RosterRow = AttendanceRostersTable;

export const findRoster = (db: Db, id: string) =>
  db.selectFrom('attendance_rosters').selectAll().where('id', '=', id).executeTakeFirst();

/** The team's roster whose period holds the day. */
export const rosterOn = (db: Db, teamId: string, day: string) =>
  db
    .selectFrom('attendance_rosters')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('period_start', '<=', day)
    .where('period_end', '>=', day)
    .orderBy('period_start', 'desc')
    .executeTakeFirst();

/** The team's roster ending the day before `day` (the previous period). */
export const rosterEndingOn = (db: Db, teamId: string, day: string) =>
  db
    .selectFrom('attendance_rosters')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('period_end', '=', day)
    .executeTakeFirst();

/** Any roster of the team overlapping from..to. */
export const rosterOverlapping = (db: Db, teamId: string, from: string, to: string) =>
  db
    .selectFrom('attendance_rosters')
    .select('id')
    .where('team_id', '=', teamId)
    .where('period_start', '<=', to)
    .where('period_end', '>=', from)
    .executeTakeFirst();

export const insertRoster = (db: Db, row: Insertable<AttendanceRostersTable>) =>
  db.insertInto('attendance_rosters').values(row).execute();

/** Bumps the version (and applies `set`) at the version read; false when it moved meanwhile. */
export async function bumpRoster(db: Db, id: string, version: number, at: string, set: Partial<RosterRow> = {}) {
  const res = await db
    .updateTable('attendance_rosters')
    .set({ ...set, version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Who has entries in the roster (people who left the team since still show on its grid). */
export async function rosterPeople(db: Db, rosterId: string) {
  const rows = await db
    .selectFrom('attendance_schedule')
    .select('employee_id')
    .distinct()
    .where('roster_id', '=', rosterId)
    .execute();
  return rows.map((r) => r.employee_id);
}
