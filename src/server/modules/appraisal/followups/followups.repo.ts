import type { Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AppraisalFollowUpTable } from '../../../db/schema-appraisal-results.js';
import type { PeopleScope } from '../../../lib/access.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict } from '../../../lib/errors.js';
import { scopedPage } from '../../../lib/scoped-page.js';

// SQL for follow-ups. As for appeals, scope is judged on the team and department of the sheet the
// follow-up came from.

const base = (db: Db) =>
  db
    .selectFrom('appraisal_followups as f')
    .innerJoin('appraisal_sheets as s', (j) =>
      j.onRef('s.cycle_id', '=', 'f.cycle_id').onRef('s.employee_id', '=', 'f.employee_id'),
    )
    .selectAll('f')
    .select(['s.department_id', 's.id as sheet_id']);

export type FollowUpRow = NonNullable<Awaited<ReturnType<typeof findFollowUp>>>;

export const findFollowUp = (db: Db, id: string) => base(db).where('f.id', '=', id).executeTakeFirst();

export const listFollowUps = (
  db: Db,
  scope: PeopleScope,
  q: { cycleId?: string; employeeId?: string; status?: string; page: number; pageSize: number },
) =>
  scopedPage(base(db), {
    scope,
    scopeBy: { employee: 'f.employee_id', team: 'f.team_id', department: 's.department_id' },
    filters: [
      ['f.cycle_id', q.cycleId],
      ['f.employee_id', q.employeeId],
      ['f.status', q.status],
    ],
    order: { newest: 'f.created_at', id: 'f.id' },
    page: q.page,
    pageSize: q.pageSize,
  });

export const followUpsOfCycle = (db: Db, cycleId: string) =>
  db.selectFrom('appraisal_followups').select(['employee_id']).where('cycle_id', '=', cycleId).execute();

export const insertFollowUp = (db: Db, row: AppraisalFollowUpTable) =>
  db.insertInto('appraisal_followups').values(row).execute();

export async function updateAtVersion(trx: Db, id: string, version: number, patch: Updateable<AppraisalFollowUpTable>) {
  const res = await trx
    .updateTable('appraisal_followups')
    .set({ ...patch, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw conflict('VERSION_CONFLICT', 'The follow-up was changed meanwhile; read it again', 'version');
}

/** The items of these sheets (points and weights), to find each one's weakest KPI. */
export const itemsOfSheets = (db: Db, sheetIds: string[]) =>
  sheetIds.length
    ? db
        .selectFrom('appraisal_sheet_items')
        .select(['sheet_id', 'code', 'points', 'weight'])
        .where('sheet_id', 'in', sheetIds)
        .execute()
    : Promise.resolve([]);

/** The fixed grades of a cycle by person. */
export const gradesOfCycle = (db: Db, cycleId: string) =>
  db.selectFrom('appraisal_grades').select(['employee_id', 'grade']).where('cycle_id', '=', cycleId).execute();
