import { PlanContent, type PlanContentShape } from '../../../../common/appraisal-plans.js';
import type { CycleStepName } from '../../../../common/appraisal-cycles.js';
import type { Db } from '../../../db/connect.js';
import { notFound } from '../../../lib/errors.js';

// What the results parts (appeals, grades, bonus, follow-ups) need to know about a cycle: its step,
// its timetable and the content of the plan version it runs on. Read from the cycles' and plans'
// tables of this same module; the cycles part owns their writes.

export interface TimetableDay {
  step: CycleStepName;
  dueOn: string;
  provisionalYear: number | null;
}

export interface CycleContext {
  id: string;
  name: string;
  status: CycleStepName;
  planId: string;
  planVersionId: string;
  periodStart: string;
  periodEnd: string;
  timetable: TimetableDay[];
  content: PlanContentShape;
}

/** Results are settled from `final` on: grades are fixed and the payroll may be exported. */
export const isSettled = (status: CycleStepName) => status === 'final' || status === 'published';

export async function loadCycle(db: Db, id: string): Promise<CycleContext | undefined> {
  const row = await db
    .selectFrom('appraisal_cycles as c')
    .innerJoin('appraisal_plan_versions as v', 'v.id', 'c.plan_version_id')
    .select([
      'c.id',
      'c.name',
      'c.status',
      'c.plan_id',
      'c.plan_version_id',
      'c.period_start',
      'c.period_end',
      'c.timetable',
      'v.content',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    status: row.status as CycleStepName,
    planId: row.plan_id,
    planVersionId: row.plan_version_id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    timetable: JSON.parse(row.timetable) as TimetableDay[],
    // Stored content was checked when the plan was saved; parse again so a default the schema
    // adds later is filled in rather than read as undefined.
    content: PlanContent.parse(typeof row.content === 'string' ? JSON.parse(row.content) : row.content),
  };
}

/** The cycle or 404 (every signed-in user sees the list of cycles; sheets are scoped). */
export async function requireCycle(db: Db, id: string): Promise<CycleContext> {
  const c = await loadCycle(db, id);
  if (!c) throw notFound('Appraisal cycle');
  return c;
}

/** The cycle of the same plan whose period ends just before this one starts, if any. */
export async function previousCycle(db: Db, cycle: Pick<CycleContext, 'planId' | 'periodStart'>) {
  return db
    .selectFrom('appraisal_cycles')
    .select(['id', 'status'])
    .where('plan_id', '=', cycle.planId)
    .where('period_end', '<', cycle.periodStart)
    .orderBy('period_end', 'desc')
    .limit(1)
    .executeTakeFirst();
}
