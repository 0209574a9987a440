import type { Expression, SqlBool } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AttendanceOvertimeTable } from '../../../db/schema-attendance-swaps.js';

// SQL of overtime (attendance_overtime). Who may see which is decided in swaps.access.ts and passed
// here as a person filter (identity.query.ts expressions on employee_id).

export type OvertimeRow = AttendanceOvertimeTable;

export const findOvertime = (db: Db, id: string) =>
  db.selectFrom('attendance_overtime').selectAll().where('id', '=', id).executeTakeFirst();

export const insertOvertime = (db: Db, row: OvertimeRow) => db.insertInto('attendance_overtime').values(row).execute();

export async function updateAtVersion(db: Db, id: string, version: number, set: Partial<OvertimeRow>) {
  const res = await db
    .updateTable('attendance_overtime')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The person's pending and approved overtime that ends after `from` and starts before `to` (instants). */
export const liveOvertimeBetween = (db: Db, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('attendance_overtime')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('status', 'in', ['pending', 'approved'])
    .where('ends_at', '>', from)
    .where('starts_at', '<', to)
    .execute();

/** The person's pending and approved overtime hours on a center day. */
export async function hoursOnDay(db: Db, employeeId: string, day: string) {
  const row = await db
    .selectFrom('attendance_overtime')
    .select((eb) => eb.fn.sum<number>('hours').as('h'))
    .where('employee_id', '=', employeeId)
    .where('day', '=', day)
    .where('status', 'in', ['pending', 'approved'])
    .executeTakeFirst();
  return Number(row?.h ?? 0);
}

export interface OvertimeFilter {
  who: Expression<SqlBool>;
  status?: string;
  from?: string;
  to?: string;
}

export async function listOvertime(db: Db, f: OvertimeFilter, page: number, pageSize: number) {
  const q = db
    .selectFrom('attendance_overtime as o')
    .where(f.who)
    .$if(!!f.status, (b) => b.where('o.status', '=', f.status!))
    .$if(!!f.from, (b) => b.where('o.day', '>=', f.from!))
    .$if(!!f.to, (b) => b.where('o.day', '<=', f.to!));
  const [rows, count] = await Promise.all([
    q
      .selectAll('o')
      .orderBy('o.day', 'desc')
      .orderBy('o.starts_at', 'desc')
      .orderBy('o.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Approved overtime of these people on center days from..to, for the monthly summary. */
export const approvedBetween = (db: Db, employeeIds: string[], from: string, to: string) =>
  db
    .selectFrom('attendance_overtime')
    .select(['id', 'employee_id', 'day', 'hours', 'compensation'])
    .where('employee_id', 'in', employeeIds.length ? employeeIds : [''])
    .where('status', '=', 'approved')
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('employee_id')
    .orderBy('day')
    .execute();

/** The time-off lots earned by these overtime records (their expiry). */
export const lotsOfOvertime = (db: Db, overtimeIds: string[]) =>
  overtimeIds.length
    ? db
        .selectFrom('attendance_toil')
        .select(['overtime_id', 'expires_on'])
        .where('overtime_id', 'in', overtimeIds)
        .execute()
    : Promise.resolve([]);
