import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  AppraisalCycleEventTable,
  AppraisalCycleTable,
  AppraisalSheetTable,
} from '../../../db/schema-appraisal-cycles.js';

// Cycles and their step history: SQL only.

export const findCycle = (db: Db, id: string) =>
  db.selectFrom('appraisal_cycles').selectAll().where('id', '=', id).executeTakeFirst();
export type CycleRow = NonNullable<Awaited<ReturnType<typeof findCycle>>>;

export async function listCycles(db: Db, f: { status?: string; planId?: string }, page: number, pageSize: number) {
  let q = db.selectFrom('appraisal_cycles');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.planId) q = q.where('plan_id', '=', f.planId);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('period_start', 'desc')
      .orderBy('created_at', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Sheets and confirmed sheets per cycle. */
export const sheetCounts = (db: Db, cycleIds: string[]) =>
  cycleIds.length
    ? db
        .selectFrom('appraisal_sheets')
        .select((eb) => [
          'cycle_id',
          eb.fn.countAll<number>().as('n'),
          eb.fn.count<number>('confirmed_at').as('confirmed'),
        ])
        .where('cycle_id', 'in', cycleIds)
        .groupBy('cycle_id')
        .execute()
    : Promise.resolve([]);

export const events = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_cycle_events')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .orderBy('at')
    .orderBy('id')
    .execute();

/** Open cycles of a person whose period holds the day: where a dispute decided now still counts. */
export const openSheetsCovering = (db: Db, employeeId: string, day: string) =>
  db
    .selectFrom('appraisal_sheets as s')
    .innerJoin('appraisal_cycles as c', 'c.id', 's.cycle_id')
    .select(['c.id as cycle_id', 's.id as sheet_id'])
    .where('s.employee_id', '=', employeeId)
    .where('s.status', '=', 'draft')
    .where('c.status', '=', 'open')
    .where('c.period_start', '<=', day)
    .where('c.period_end', '>=', day)
    .execute();

/** The draft team_lead sheets of open cycles covering `day` whose team holds the member's sheet
 *  (the lead's figures aggregate the members of the same cycle and team). */
export const openLeadSheetsOfMember = (db: Db, employeeId: string, day: string) =>
  db
    .selectFrom('appraisal_sheets as m')
    .innerJoin('appraisal_cycles as c', 'c.id', 'm.cycle_id')
    .innerJoin('appraisal_sheets as l', (j) =>
      j.onRef('l.cycle_id', '=', 'm.cycle_id').onRef('l.team_id', '=', 'm.team_id'),
    )
    .select(['c.id as cycle_id', 'l.id as sheet_id'])
    .where('m.employee_id', '=', employeeId)
    .where('m.position_type', '!=', 'team_lead')
    .where('l.position_type', '=', 'team_lead')
    .where('l.status', '=', 'draft')
    .where('c.status', '=', 'open')
    .where('c.period_start', '<=', day)
    .where('c.period_end', '>=', day)
    .execute();

export const insertCycle = (db: Db, row: Insertable<AppraisalCycleTable>) =>
  db.insertInto('appraisal_cycles').values(row).execute();

/** Inserts the sheets 50 a statement (PostgreSQL's parameter limit stays far away). */
export async function insertSheets(db: Db, rows: Insertable<AppraisalSheetTable>[]) {
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('appraisal_sheets')
      .values(rows.slice(i, i + 50))
      .execute();
}

export const insertEvent = (db: Db, row: Insertable<AppraisalCycleEventTable>) =>
  db.insertInto('appraisal_cycle_events').values(row).execute();

/** Moves the cycle to `status` if it is still at `version`; false when someone moved it meanwhile. */
export async function moveCycle(
  db: Db,
  id: string,
  version: number,
  set: { status: string; updated_at: string; frozen_at?: string; computed_at?: string },
) {
  const r = await db
    .updateTable('appraisal_cycles')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const markComputed = (db: Db, id: string, at: string) =>
  db.updateTable('appraisal_cycles').set({ computed_at: at }).where('id', '=', id).execute();

export const freezeDraftSheets = (db: Db, cycleId: string, at: string) =>
  db
    .updateTable('appraisal_sheets')
    .set({ status: 'frozen', frozen_at: at, updated_at: at })
    .where('cycle_id', '=', cycleId)
    .where('status', '=', 'draft')
    .execute();

/** Who has a sheet in the cycle, their team and whether they confirmed it. */
export const sheetPeople = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_sheets')
    .select(['id', 'employee_id', 'team_id', 'confirmed_at'])
    .where('cycle_id', '=', cycleId)
    .execute();

/** Cycles in a step, oldest first (for the recurring job). */
export const cyclesIn = (db: Db, statuses: string[]) =>
  db.selectFrom('appraisal_cycles').selectAll().where('status', 'in', statuses).orderBy('created_at').execute();

/** Teams with an agent's sheet their lead has not touched yet: no comment and no manual entry
 *  (a lead's own sheet is reviewed by someone else, so it does not keep the lead pending). */
export const teamsPendingReview = async (db: Db, cycleId: string) =>
  (
    await db
      .selectFrom('appraisal_sheets as s')
      .select('s.team_id')
      .distinct()
      .where('s.cycle_id', '=', cycleId)
      .where('s.lead_comment', 'is', null)
      .where('s.position_type', '!=', 'team_lead')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('appraisal_manual_entries as m').select('m.id').whereRef('m.sheet_id', '=', 's.id'))),
      )
      .execute()
  ).map((r) => r.team_id);

/** Records a reminder; false when this recipient was already reminded of the step. */
export async function recordReminder(db: Db, cycleId: string, step: string, recipient: string, at: string) {
  const r = await db
    .insertInto('appraisal_reminders')
    .values({ cycle_id: cycleId, step, recipient, sent_at: at })
    .onConflict((oc) => oc.columns(['cycle_id', 'step', 'recipient']).doNothing())
    .returning('recipient')
    .executeTakeFirst();
  return !!r;
}
