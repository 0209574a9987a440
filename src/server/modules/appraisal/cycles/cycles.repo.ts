import type { Db } from '../../../db/connect.js';

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
