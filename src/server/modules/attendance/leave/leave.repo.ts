import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  AttendanceLeaveFilesTable,
  AttendanceLeaveKindsTable,
  AttendanceLeaveRequestsTable,
  AttendanceLeaveStepsTable,
} from '../../../db/schema-attendance-leave.js';
import type { PeopleScope } from '../../../lib/access.js';
import { conflict } from '../../../lib/errors.js';
import { personInScope } from '../../people/identity.query.js';

// Kysely queries of the leave part: kinds, requests, their steps and files, work-years profiles.

export type KindRow = AttendanceLeaveKindsTable;
export type RequestRow = AttendanceLeaveRequestsTable;
export type StepRow = AttendanceLeaveStepsTable;

// kinds
export const listKinds = (db: Db) =>
  db.selectFrom('attendance_leave_kinds').selectAll().orderBy('sort_order').orderBy('code').execute();
export const kindByCode = (db: Db, code: string) =>
  db.selectFrom('attendance_leave_kinds').selectAll().where('code', '=', code).executeTakeFirst();
export const kindById = (db: Db, id: string) =>
  db.selectFrom('attendance_leave_kinds').selectAll().where('id', '=', id).executeTakeFirst();
export const insertKind = (db: Db, row: Insertable<KindRow>) =>
  db.insertInto('attendance_leave_kinds').values(row).execute();
export const updateKind = (db: Db, id: string, patch: Partial<KindRow>) =>
  db.updateTable('attendance_leave_kinds').set(patch).where('id', '=', id).execute();
export const deleteKind = (db: Db, id: string) =>
  db.deleteFrom('attendance_leave_kinds').where('id', '=', id).execute();
export const kindInUse = async (db: Db, code: string) =>
  !!(await db
    .selectFrom('attendance_leave_requests')
    .select('id')
    .where('kind_code', '=', code)
    .limit(1)
    .executeTakeFirst());

// requests
export const insertRequest = (db: Db, row: Insertable<RequestRow>) =>
  db.insertInto('attendance_leave_requests').values(row).execute();
export const insertSteps = (db: Db, rows: Insertable<StepRow>[]) =>
  rows.length ? db.insertInto('attendance_leave_steps').values(rows).execute() : Promise.resolve();
export const findRequest = (db: Db, id: string) =>
  db.selectFrom('attendance_leave_requests').selectAll().where('id', '=', id).executeTakeFirst();

/** Moves a request on, guarded by its version (a concurrent decision loses with 409). */
export async function updateRequest(db: Db, id: string, version: number, patch: Partial<RequestRow>) {
  const r = await db
    .updateTable('attendance_leave_requests')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1)
    throw conflict('STALE_VERSION', 'The request changed meanwhile; reload and try again');
}

export const stepsOf = (db: Db, requestIds: string[]) =>
  requestIds.length
    ? db
        .selectFrom('attendance_leave_steps')
        .selectAll()
        .where('request_id', 'in', requestIds)
        .orderBy('request_id')
        .orderBy('seq')
        .execute()
    : Promise.resolve([] as StepRow[]);
export const updateStep = (db: Db, id: string, patch: Partial<StepRow>) =>
  db.updateTable('attendance_leave_steps').set(patch).where('id', '=', id).execute();
export const skipOpenSteps = (db: Db, requestId: string) =>
  db
    .updateTable('attendance_leave_steps')
    .set({ status: 'skipped' })
    .where('request_id', '=', requestId)
    .where('status', 'in', ['waiting', 'pending'])
    .execute();

/** Pending or approved requests of a person that touch the days from..to (halves checked by the caller). */
export const liveRequestsTouching = (db: Db, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('attendance_leave_requests')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('status', 'in', ['pending', 'approved'])
    .where('start_day', '<=', to)
    .where('end_day', '>=', from)
    .execute();

/** Requests of these people in a status that touch from..to. */
export const requestsTouching = (db: Db, employeeIds: string[], statuses: string[], from: string, to: string) =>
  employeeIds.length
    ? db
        .selectFrom('attendance_leave_requests')
        .selectAll()
        .where('employee_id', 'in', employeeIds)
        .where('status', 'in', statuses)
        .where('start_day', '<=', to)
        .where('end_day', '>=', from)
        .orderBy('employee_id')
        .orderBy('start_day')
        .execute()
    : Promise.resolve([] as RequestRow[]);

export interface ListFilter {
  mineId?: string | null;
  scope?: PeopleScope;
  /** Leaves out this person's own requests (nobody decides their own). */
  notEmployeeId?: string | null;
  /** Only requests whose pending step has one of these roles. */
  pendingRoles?: string[];
  status?: string;
  employeeId?: string;
  kindCode?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function listRequests(db: Db, q: ListFilter) {
  let base = db.selectFrom('attendance_leave_requests as r');
  if (q.mineId !== undefined) base = base.where('r.employee_id', '=', q.mineId ?? '');
  if (q.scope?.kind === 'limited') base = base.where(personInScope('r.employee_id', q.scope));
  if (q.pendingRoles) {
    const roles = q.pendingRoles.length ? q.pendingRoles : [''];
    base = base
      .where('r.status', '=', 'pending')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('attendance_leave_steps as s')
            .select('s.id')
            .whereRef('s.request_id', '=', 'r.id')
            .where('s.status', '=', 'pending')
            .where('s.role', 'in', roles),
        ),
      );
  }
  if (q.notEmployeeId) base = base.where('r.employee_id', '!=', q.notEmployeeId);
  if (q.status) base = base.where('r.status', '=', q.status);
  if (q.employeeId) base = base.where('r.employee_id', '=', q.employeeId);
  if (q.kindCode) base = base.where('r.kind_code', '=', q.kindCode);
  if (q.from) base = base.where('r.end_day', '>=', q.from);
  if (q.to) base = base.where('r.start_day', '<=', q.to);
  const [rows, count] = await Promise.all([
    base
      .selectAll('r')
      .orderBy('r.start_day', 'desc')
      .orderBy('r.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Days of a kind a person has approved (or pending) with a start in the year. */
export async function daysInYear(db: Db, employeeId: string, kindCodes: string[], year: number) {
  if (!kindCodes.length) return { approved: 0, pending: 0 };
  const rows = await db
    .selectFrom('attendance_leave_requests')
    .select(['status', (eb) => eb.fn.sum<number>('days').as('days')])
    .where('employee_id', '=', employeeId)
    .where('kind_code', 'in', kindCodes)
    .where('status', 'in', ['pending', 'approved'])
    .where('start_day', '>=', `${year}-01-01`)
    .where('start_day', '<=', `${year}-12-31`)
    .groupBy('status')
    .execute();
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.days ?? 0);
  return { approved: of('approved'), pending: of('pending') };
}

// files
export const filesOf = (db: Db, requestIds: string[]) =>
  requestIds.length
    ? db
        .selectFrom('attendance_leave_files')
        .selectAll()
        .where('request_id', 'in', requestIds)
        .orderBy('uploaded_at')
        .execute()
    : Promise.resolve([] as AttendanceLeaveFilesTable[]);
export const fileById = (db: Db, fileId: string) =>
  db.selectFrom('attendance_leave_files').selectAll().where('id', '=', fileId).executeTakeFirst();
export const insertFile = (db: Db, row: Insertable<AttendanceLeaveFilesTable>) =>
  db.insertInto('attendance_leave_files').values(row).execute();

// work-years profiles
export const profileOf = (db: Db, employeeId: string) =>
  db.selectFrom('attendance_profiles').selectAll().where('employee_id', '=', employeeId).executeTakeFirst();

export async function upsertProfile(db: Db, employeeId: string, careerStartDay: string, userId: string, at: string) {
  await db
    .insertInto('attendance_profiles')
    .values({ employee_id: employeeId, career_start_day: careerStartDay, updated_by: userId, updated_at: at })
    .onConflict((oc) =>
      oc.column('employee_id').doUpdateSet({ career_start_day: careerStartDay, updated_by: userId, updated_at: at }),
    )
    .execute();
}
