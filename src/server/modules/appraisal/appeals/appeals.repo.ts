import type { Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AppraisalAppealTable } from '../../../db/schema-appraisal-results.js';
import type { PeopleScope } from '../../../lib/access.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { scopedPage } from '../../../lib/scoped-page.js';

// SQL for appraisal appeals. Every read carries the department of the appeal's sheet, so the
// people-scope check of a single appeal and the WHERE clause of the list judge the same row: the
// team and department the sheet was made in (a person who moved team later stays with the lead who
// reviewed the cycle).

const base = (db: Db) =>
  db
    .selectFrom('appraisal_appeals as a')
    .innerJoin('appraisal_sheets as s', 's.id', 'a.sheet_id')
    .selectAll('a')
    .select('s.department_id');

export type AppealRow = NonNullable<Awaited<ReturnType<typeof findAppeal>>>;

export const findAppeal = (db: Db, id: string) => base(db).where('a.id', '=', id).executeTakeFirst();

export const appealOfItem = (db: Db, sheetId: string, code: string) =>
  db
    .selectFrom('appraisal_appeals')
    .select(['id', 'status'])
    .where('sheet_id', '=', sheetId)
    .where('kpi_code', '=', code)
    .executeTakeFirst();

export interface ListFilter {
  cycleId?: string;
  employeeId?: string;
  status?: string;
  page: number;
  pageSize: number;
}

export const listAppeals = (db: Db, scope: PeopleScope, q: ListFilter) =>
  scopedPage(base(db), {
    scope,
    scopeBy: { employee: 'a.employee_id', team: 'a.team_id', department: 's.department_id' },
    filters: [
      ['a.cycle_id', q.cycleId],
      ['a.employee_id', q.employeeId],
      ['a.status', q.status],
    ],
    order: { newest: 'a.filed_at', id: 'a.id' },
    page: q.page,
    pageSize: q.pageSize,
  });

export const insertAppeal = (db: Db, row: AppraisalAppealTable) =>
  db.insertInto('appraisal_appeals').values(row).execute();

/** Writes the change only if nobody else did since the appeal was read (409 VERSION_CONFLICT otherwise). */
export async function updateAtVersion(trx: Db, id: string, version: number, patch: Updateable<AppraisalAppealTable>) {
  const res = await trx
    .updateTable('appraisal_appeals')
    .set({ ...patch, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw conflict('VERSION_CONFLICT', 'The appeal was changed meanwhile; read it again');
}

export async function insertEvent(
  trx: Db,
  appealId: string,
  kind: string,
  actor: { userId: string | null; name: string },
  params: Record<string, string | number | null>,
  at: string,
) {
  await trx
    .insertInto('appraisal_appeal_events')
    .values({
      id: newId(),
      appeal_id: appealId,
      kind,
      at,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      params: JSON.stringify(params),
    })
    .execute();
}

export const eventsOf = (db: Db, appealId: string) =>
  db.selectFrom('appraisal_appeal_events').selectAll().where('appeal_id', '=', appealId).orderBy('id').execute();

/** Appeals of a cycle not yet decided. */
export async function undecidedCount(db: Db, cycleId: string) {
  const row = await db
    .selectFrom('appraisal_appeals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('cycle_id', '=', cycleId)
    .where('status', 'in', ['open', 'reviewed'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The sheet an appeal is about, with the item's value (A2's tables, read only). */
export const sheetWithItem = (db: Db, sheetId: string, code: string) =>
  db
    .selectFrom('appraisal_sheets as s')
    .leftJoin('appraisal_sheet_items as i', (j) => j.onRef('i.sheet_id', '=', 's.id').on('i.code', '=', code))
    .select([
      's.id',
      's.cycle_id',
      's.employee_id',
      's.team_id',
      's.department_id',
      's.status',
      's.total',
      's.grade',
      'i.id as item_id',
      'i.value as item_value',
    ])
    .where('s.id', '=', sheetId)
    .executeTakeFirst();

/** The day the cycle entered a step (its last entry into it), as an instant. */
export const enteredStepAt = (db: Db, cycleId: string, step: string) =>
  db
    .selectFrom('appraisal_cycle_events')
    .select('at')
    .where('cycle_id', '=', cycleId)
    .where('step', '=', step)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst()
    .then((r) => r?.at ?? null);
