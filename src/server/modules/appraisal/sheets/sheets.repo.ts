import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AppraisalManualEntryTable, AppraisalSheetItemTable } from '../../../db/schema-appraisal-cycles.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personName, personNo, teamName } from '../../people/identity.query.js';

// Sheets and their items: SQL only. The people scope is applied as a WHERE clause on the sheet's
// own team and department (where the person was when the sheet was made), so a list and a single
// read obey the same rule.

const sheetColumns = [
  's.id',
  's.cycle_id',
  's.employee_id',
  's.team_id',
  's.department_id',
  's.position_type',
  's.status',
  's.total',
  's.grade',
  's.lead_comment',
  's.lead_comment_by',
  's.confirmed_at',
  's.confirmed_by',
  's.computed_at',
  's.frozen_at',
  's.version',
  'c.name as cycle_name',
  'c.status as cycle_status',
  'c.period_start',
  'c.period_end',
  'c.plan_version_id',
  personNo('s.employee_id').as('employee_no'),
  personName('s.employee_id').as('employee_name'),
  teamName('s.team_id').as('team_name'),
] as const;

const base = (db: Db) =>
  db.selectFrom('appraisal_sheets as s').innerJoin('appraisal_cycles as c', 'c.id', 's.cycle_id');

type Base = ReturnType<typeof base>;
function scoped(q: Base, scope: PeopleScope): Base {
  if (scope.kind === 'all') return q;
  const { employeeIds, teamIds, departmentIds } = scope;
  return q.where((eb) => {
    const ors = [];
    if (employeeIds.length) ors.push(eb('s.employee_id', 'in', employeeIds));
    if (teamIds.length) ors.push(eb('s.team_id', 'in', teamIds));
    if (departmentIds.length) ors.push(eb('s.department_id', 'in', departmentIds));
    return ors.length ? eb.or(ors) : sql<boolean>`1 = 0`;
  });
}

export const findSheet = (db: Db, id: string) =>
  base(db).select(sheetColumns).where('s.id', '=', id).executeTakeFirst();
export type SheetRecord = NonNullable<Awaited<ReturnType<typeof findSheet>>>;

/** How many of the sheet's appeals still wait for a decision (filed or reviewed). */
export async function undecidedAppealCount(db: Db, sheetId: string) {
  const r = await db
    .selectFrom('appraisal_appeals')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('sheet_id', '=', sheetId)
    .where('status', 'in', ['open', 'reviewed'])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface SheetFilter {
  cycleId?: string;
  employeeId?: string;
  teamId?: string;
  grade?: string;
  status?: string;
}

function filtered(db: Db, scope: PeopleScope, f: SheetFilter) {
  let q = scoped(base(db), scope);
  if (f.cycleId) q = q.where('s.cycle_id', '=', f.cycleId);
  if (f.employeeId) q = q.where('s.employee_id', '=', f.employeeId);
  if (f.teamId) q = q.where('s.team_id', '=', f.teamId);
  if (f.grade) q = q.where('s.grade', '=', f.grade);
  if (f.status) q = q.where('s.status', '=', f.status);
  return q;
}

export async function listSheets(db: Db, scope: PeopleScope, f: SheetFilter, page: number, pageSize: number) {
  const q = filtered(db, scope, f);
  const [rows, count] = await Promise.all([
    q
      .select(sheetColumns)
      .orderBy('c.period_start', 'desc')
      .orderBy(teamName('s.team_id'))
      .orderBy(personNo('s.employee_id'))
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export const gradeCounts = (db: Db, scope: PeopleScope, cycleId: string) =>
  filtered(db, scope, { cycleId })
    .select(['s.grade', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('s.grade')
    .execute();

export const itemsOf = (db: Db, sheetId: string) =>
  db.selectFrom('appraisal_sheet_items').selectAll().where('sheet_id', '=', sheetId).orderBy('position').execute();

export async function replaceItems(trx: Db, sheetIds: string[], rows: Insertable<AppraisalSheetItemTable>[]) {
  for (let i = 0; i < sheetIds.length; i += 500)
    await trx
      .deleteFrom('appraisal_sheet_items')
      .where('sheet_id', 'in', sheetIds.slice(i, i + 500))
      .execute();
  // 11 columns a row: 80 rows stay under SQLite's 999 bound parameters.
  for (let i = 0; i < rows.length; i += 80)
    await trx
      .insertInto('appraisal_sheet_items')
      .values(rows.slice(i, i + 80))
      .execute();
}

export const manualEntriesOf = (db: Db, sheetIds: string[]) =>
  sheetIds.length
    ? db.selectFrom('appraisal_manual_entries').selectAll().where('sheet_id', 'in', sheetIds).execute()
    : Promise.resolve([]);

export function draftSheets(db: Db, cycleId: string, employeeIds?: string[]) {
  let q = db
    .selectFrom('appraisal_sheets')
    .select(['id', 'employee_id', 'position_type', 'total', 'grade'])
    .where('cycle_id', '=', cycleId)
    .where('status', '=', 'draft');
  if (employeeIds) q = q.where('employee_id', 'in', employeeIds);
  return q.execute();
}

/** Items of many sheets; a cycle's sheets are read by cycle so the list of ids need not be bound. */
export async function itemsOfSheets(db: Db, sheetIds: string[]) {
  const out = [];
  for (let i = 0; i < sheetIds.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('appraisal_sheet_items')
        .selectAll()
        .where('sheet_id', 'in', sheetIds.slice(i, i + 500))
        .orderBy('sheet_id')
        .orderBy('position')
        .execute()),
    );
  return out;
}

/** Writes to the sheet if it is still at `version`; false when someone changed it meanwhile. */
export async function claimSheet(
  trx: Db,
  id: string,
  version: number,
  set: {
    lead_comment?: string;
    lead_comment_by?: string;
    confirmed_at?: string;
    confirmed_by?: string;
    status?: string;
  },
  at: string,
) {
  const r = await trx
    .updateTable('appraisal_sheets')
    .set({ ...set, version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A lead's mark of a manual item: one entry per sheet and code, the newest kept. */
export async function replaceManualEntry(trx: Db, row: Insertable<AppraisalManualEntryTable>) {
  await trx
    .deleteFrom('appraisal_manual_entries')
    .where('sheet_id', '=', row.sheet_id)
    .where('code', '=', row.code)
    .execute();
  await trx.insertInto('appraisal_manual_entries').values(row).execute();
}

export const setScore = (trx: Db, id: string, total: number | null, grade: string | null, at: string) =>
  trx
    .updateTable('appraisal_sheets')
    .set((eb) => ({ total, grade, computed_at: at, version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .execute();
