import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type {
  EliminationAppealTable,
  EliminationAttachmentTable,
  EliminationCaseTable,
  EliminationOffboardingTable,
} from '../../db/schema-elimination.js';
import { conflict } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/clock.js';
import type { CaseScope } from './cases.access.js';
import { personIn } from '../people/identity.query.js';
import { withIdentity } from '../people/identity.service.js';

// Kysely queries for elimination cases. Every read of a case carries the person's team and
// department (from the people module's identity read-model), so the scope check
// (cases.access.ts) works on the same row.

const caseBase = (db: Db) => db.selectFrom('elimination_cases as c').selectAll('c');

const withPerson = <R extends { employee_id: string }>(db: Db, rows: R[]) =>
  withIdentity(
    db,
    rows,
    (r) => r.employee_id,
    (p) => ({
      employee_no: p.employeeNo,
      employee_name: p.name,
      employee_status: p.status,
      team_id: p.teamId,
      team_name: p.teamName,
      department_id: p.departmentId,
    }),
  );

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export const findCase = async (db: Db, id: string) =>
  (await withPerson(db, await caseBase(db).where('c.id', '=', id).execute()))[0];

export async function listCases(
  db: Db,
  scope: CaseScope,
  q: { status?: string; employeeId?: string; page: number; pageSize: number },
  closed: readonly string[],
) {
  let base = caseBase(db);
  if (scope.kind === 'limited') {
    const { employeeIds, teamIds, departmentIds } = scope;
    if (!employeeIds.length && !teamIds.length && !departmentIds.length) return { rows: [], total: 0 };
    base = base.where(personIn('c.employee_id', scope));
  }
  if (q.status === 'open') base = base.where('c.status', 'not in', [...closed]);
  else if (q.status === 'closed') base = base.where('c.status', 'in', [...closed]);
  else if (q.status) base = base.where('c.status', '=', q.status);
  if (q.employeeId) base = base.where('c.employee_id', '=', q.employeeId);
  const [rows, total] = await Promise.all([
    base
      .orderBy('c.opened_at', 'desc')
      .orderBy('c.id', 'desc')
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

export async function openAppealCounts(db: Db, caseIds: string[]) {
  if (!caseIds.length) return new Map<string, number>();
  const rows = await db
    .selectFrom('elimination_appeals')
    .select((eb) => ['case_id', eb.fn.countAll<number>().as('n')])
    .where('case_id', 'in', caseIds)
    .where('outcome', 'is', null)
    .groupBy('case_id')
    .execute();
  return new Map(rows.map((r) => [r.case_id, Number(r.n)]));
}

export const stepsOf = (db: Db, caseId: string) =>
  db.selectFrom('elimination_steps').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
export const appealsOf = (db: Db, caseId: string) =>
  db.selectFrom('elimination_appeals').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
export const offboardingOf = (db: Db, caseId: string) =>
  db.selectFrom('elimination_offboarding').selectAll().where('case_id', '=', caseId).execute();
export const attachmentsOf = (db: Db, caseId: string) =>
  db.selectFrom('elimination_attachments').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

export async function insertStep(
  trx: Db,
  caseId: string,
  kind: string,
  actor: { userId: string | null; name: string },
  data: unknown,
  at = nowIso(),
) {
  const id = newId();
  await trx
    .insertInto('elimination_steps')
    .values({
      id,
      case_id: caseId,
      kind,
      at,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      data: JSON.stringify(data),
    })
    .execute();
  return id;
}

/** Moves the case on only if nobody else did meanwhile (two people acting on one step at once). */
export async function updateCaseAtVersion(trx: Db, id: string, version: number, set: Record<string, unknown>) {
  const res = await (trx as unknown as Kysely<any>)
    .updateTable('elimination_cases')
    .set({ ...set, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw conflict('VERSION_CONFLICT', 'Someone else moved this case on meanwhile; reload and try again');
}

/** Open notices whose count the change of days from..to can move: those counted through it, and
 *  those still provisional (counted through a year without data). */
export const noticesToRecount = async (trx: Db, from: string, to: string) =>
  withPerson(
    trx,
    await caseBase(trx)
      .where('c.status', '=', 'notice')
      .where((eb) =>
        eb.or([
          eb('c.notice_provisional_year', 'is not', null),
          eb.and([eb('c.notice_published_on', '<', to), eb('c.notice_ends_on', '>=', from)]),
        ]),
      )
      .orderBy('c.id')
      .execute(),
  );

export const insertCase = (db: Db, row: Insertable<EliminationCaseTable>) =>
  db.insertInto('elimination_cases').values(row).execute();

export const findAppeal = (db: Db, id: string) =>
  db.selectFrom('elimination_appeals').selectAll().where('id', '=', id).executeTakeFirst();

export const insertAppeal = (db: Db, row: Insertable<EliminationAppealTable>) =>
  db.insertInto('elimination_appeals').values(row).execute();

/** Writes the answer to an appeal nobody answered yet; false when someone answered it first. */
export async function answerOpenAppeal(db: Db, id: string, answer: Updateable<EliminationAppealTable>) {
  const res = await db
    .updateTable('elimination_appeals')
    .set(answer)
    .where('id', '=', id)
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const insertOffboardingItem = (db: Db, row: Insertable<EliminationOffboardingTable>) =>
  db.insertInto('elimination_offboarding').values(row).execute();

export const findAttachment = (db: Db, id: string) =>
  db.selectFrom('elimination_attachments').selectAll().where('id', '=', id).executeTakeFirst();

export const insertAttachment = (db: Db, row: Insertable<EliminationAttachmentTable>) =>
  db.insertInto('elimination_attachments').values(row).execute();

/** The person's case that is not closed, if any. */
export const openCaseOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('elimination_cases')
    .select('id')
    .where('employee_id', '=', employeeId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();

/** The open cases of these people (one query; a list of thousands stays far under the parameter limits). */
export const openCasesAmong = (db: Db, employeeIds: string[]) =>
  db
    .selectFrom('elimination_cases')
    .select('employee_id')
    .where('employee_id', 'in', employeeIds)
    .where('closed_at', 'is', null)
    .execute();

/** Closed cases that kept these people (retained, or withdrawn after an upheld appeal). */
export const keptCasesOf = (db: Db, employeeIds: string[]) =>
  db
    .selectFrom('elimination_cases')
    .select(['employee_id', 'closed_at'])
    .where('employee_id', 'in', employeeIds)
    .where('status', 'in', ['retained', 'withdrawn'])
    .where('closed_at', 'is not', null)
    .execute();

/** Every step of every case of one person, in order (for their record's timeline). */
export const stepsOfPerson = (db: Db, employeeId: string) =>
  db
    .selectFrom('elimination_steps as s')
    .innerJoin('elimination_cases as c', 'c.id', 's.case_id')
    .select(['s.kind', 's.at', 's.data'])
    .where('c.employee_id', '=', employeeId)
    .orderBy('s.id')
    .execute();
