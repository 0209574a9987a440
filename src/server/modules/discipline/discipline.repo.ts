import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { DisciplineAttachmentTable, DisciplineRecordTable } from '../../db/schema-discipline.js';
import type { PeopleScope } from '../../lib/access.js';
import { nowIso } from '../../lib/clock.js';
import { conflict } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { personInScope } from '../people/identity.query.js';
import { withIdentity } from '../people/identity.service.js';

// Kysely queries for discipline records. Every read of a record carries the person's team and
// department (from the people module's identity read-model), so the people-scope check works on
// the same row as the list's WHERE clause.

const recordBase = (db: Db) => db.selectFrom('discipline_records as r').selectAll('r');

const withPerson = <R extends { employee_id: string }>(db: Db, rows: R[]) =>
  withIdentity(
    db,
    rows,
    (r) => r.employee_id,
    (p) => ({
      employee_no: p.employeeNo,
      employee_name: p.name,
      team_id: p.teamId,
      hire_date: p.hireDate,
      team_name: p.teamName,
      department_id: p.departmentId,
    }),
  );

export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecord>>>;

export const findRecord = async (db: Db, id: string) =>
  (await withPerson(db, await recordBase(db).where('r.id', '=', id).execute()))[0];

export interface ListFilter {
  employeeId?: string;
  kind?: string;
  status?: string;
  state?: 'active' | 'expired';
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function listRecords(db: Db, scope: PeopleScope, q: ListFilter, today: string) {
  let base = recordBase(db);
  if (scope.kind === 'limited') {
    const { employeeIds, teamIds, departmentIds } = scope;
    if (!employeeIds.length && !teamIds.length && !departmentIds.length) return { rows: [], total: 0 };
    base = base.where(personInScope('r.employee_id', scope));
  }
  if (q.employeeId) base = base.where('r.employee_id', '=', q.employeeId);
  if (q.kind) base = base.where('r.kind', '=', q.kind);
  if (q.status) base = base.where('r.status', '=', q.status);
  if (q.state === 'active') base = base.where('r.status', '=', 'confirmed').where('r.expires_on', '>', today);
  if (q.state === 'expired') base = base.where('r.status', '=', 'confirmed').where('r.expires_on', '<=', today);
  if (q.from) base = base.where('r.occurred_on', '>=', q.from);
  if (q.to) base = base.where('r.occurred_on', '<=', q.to);
  const [rows, total] = await Promise.all([
    base
      .orderBy('r.occurred_on', 'desc')
      .orderBy('r.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute()
      .then((rows) => withPerson(db, rows)),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Records that count for these people on `today`: confirmed and not yet expired, oldest first. */
export async function confirmedOf(
  db: Db,
  employeeIds: string[],
  today: string,
  window: { from?: string; to?: string } = {},
) {
  if (!employeeIds.length) return [];
  let q = db
    .selectFrom('discipline_records')
    .select([
      'id',
      'employee_id',
      'kind',
      'occurred_on',
      'description',
      'attendance_session_id',
      'interaction_id',
      'expires_on',
      'decided_at',
    ])
    .where('employee_id', 'in', employeeIds)
    .where('status', '=', 'confirmed')
    .where('expires_on', '>', today);
  if (window.from) q = q.where('occurred_on', '>=', window.from);
  if (window.to) q = q.where('occurred_on', '<=', window.to);
  return q.orderBy('occurred_on').orderBy('id').execute();
}

/** An attendance-kind record of this person, kind and day that HR has not withdrawn (a duplicate). */
export const sameDayRecord = (db: Db, employeeId: string, kind: string, day: string) =>
  db
    .selectFrom('discipline_records')
    .select('id')
    .where('employee_id', '=', employeeId)
    .where('kind', '=', kind)
    .where('occurred_on', '=', day)
    .where('status', '!=', 'withdrawn')
    .executeTakeFirst();

export const eventsOf = (db: Db, recordId: string) =>
  db.selectFrom('discipline_events').selectAll().where('record_id', '=', recordId).orderBy('id').execute();
export const attachmentsOf = (db: Db, recordId: string) =>
  db
    .selectFrom('discipline_attachments')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
export const findAttachment = (db: Db, id: string) =>
  db.selectFrom('discipline_attachments').selectAll().where('id', '=', id).executeTakeFirst();

/** Every event of a person's records, for their record's timeline. */
export const eventsOfPerson = (db: Db, employeeId: string) =>
  db
    .selectFrom('discipline_events as v')
    .innerJoin('discipline_records as r', 'r.id', 'v.record_id')
    .select(['v.record_id', 'v.kind', 'v.at', 'v.actor_user_id', 'v.actor_name', 'v.params', 'r.kind as record_kind'])
    .where('r.employee_id', '=', employeeId)
    .orderBy('v.id')
    .execute();

export async function insertEvent(
  db: Db,
  recordId: string,
  kind: string,
  actor: { userId: string | null; name: string },
  params: Record<string, string | number | null>,
  at = nowIso(),
) {
  // UUIDv7 ids sort by creation, so the timeline reads in order.
  await db
    .insertInto('discipline_events')
    .values({
      id: newId(),
      record_id: recordId,
      kind,
      at,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      params: JSON.stringify(params),
    })
    .execute();
}

/** Moves a record on at the version it was read at; a concurrent change wins and this one is refused 409. */
export async function updateAtVersion(db: Db, id: string, version: number, set: Record<string, unknown>) {
  const res = await db
    .updateTable('discipline_records')
    .set({ ...set, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw conflict('VERSION_CONFLICT', 'The record was changed meanwhile; reload it and try again');
}

export const insertRecord = (db: Db, row: Insertable<DisciplineRecordTable>) =>
  db.insertInto('discipline_records').values(row).execute();

export const insertAttachment = (db: Db, row: Insertable<DisciplineAttachmentTable>) =>
  db.insertInto('discipline_attachments').values(row).execute();
