import { sql } from 'kysely';
import type { AnalyticsFilter } from '../../../../common/analytics.js';
import type { EffectKind } from '../../../../common/analytics-effects.js';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { MONTH_SUMS, toWindowSums, type WindowSums } from '../facts/people.query.js';
import { shiftMonth } from '../levels/estimate.js';
import { peopleInScope } from '../levels/scope.js';

// Trainer and mentor effects read the people rollup (who taught whom, hire, live and exit days)
// and the person-month rollup over each learner's first months after going live.

export interface LearnerRow {
  employee_id: string;
  key: string; // the trainer's or mentor's id
  hire_date: string;
  live_date: string | null;
  exit_date: string | null;
}

const keyColumn = (kind: EffectKind) => (kind === 'trainer' ? 'ap.trainer_id' : 'ap.mentor_id');

function filtered(db: Db, scope: PeopleScope, kind: EffectKind, f: AnalyticsFilter) {
  let q = db
    .selectFrom('analytics_people as ap')
    .where(keyColumn(kind), 'is not', null)
    .where((eb) => peopleInScope(eb, scope));
  if (f.hiredFrom) q = q.where('ap.hire_month', '>=', f.hiredFrom);
  if (f.hiredTo) q = q.where('ap.hire_month', '<=', f.hiredTo);
  if (f.programId) q = q.where('ap.program_id', '=', f.programId);
  if (f.departmentId) q = q.where('ap.department_id', '=', f.departmentId);
  if (f.trainerId) q = q.where('ap.trainer_id', '=', f.trainerId);
  if (f.mentorId) q = q.where('ap.mentor_id', '=', f.mentorId);
  return q;
}

/** The learners of every trainer (or mentor) in scope and filter. */
export async function learners(db: Db, scope: PeopleScope, kind: EffectKind, f: AnalyticsFilter) {
  const rows = await filtered(db, scope, kind, f)
    .select(['ap.employee_id', `${keyColumn(kind)} as key`, 'ap.hire_date', 'ap.live_date', 'ap.exit_date'])
    .execute();
  return rows as LearnerRow[];
}

// "Within F months of going live" as an index range on the person-month key: the last month is
// looked up per live month from a CASE built here (a few dozen months), so each learner reads only
// their F rows instead of every month they have (a per-row month count cost ~100 ms at 10,000).
async function lastMonthOf(db: Db, followMonths: number) {
  const months = await db
    .selectFrom('analytics_people')
    .select(sql<string>`substr(live_date, 1, 7)`.as('m'))
    .distinct()
    .where('live_date', 'is not', null)
    .execute();
  if (!months.length) return null;
  const whens = months.map((r) => sql`when ${r.m} then ${shiftMonth(r.m, followMonths - 1)}`);
  return sql<string>`(case substr(ap.live_date, 1, 7) ${sql.join(whens, sql` `)} end)`;
}

/** Per learner who went live, the month counters summed over the live month and the next F − 1. */
export async function followUpSums(
  db: Db,
  scope: PeopleScope,
  kind: EffectKind,
  f: AnalyticsFilter,
  followMonths: number,
): Promise<WindowSums[]> {
  const last = await lastMonthOf(db, followMonths);
  if (!last) return [];
  const rows = await filtered(db, scope, kind, f)
    .innerJoin('analytics_person_months as pm', 'pm.employee_id', 'ap.employee_id')
    .where('ap.live_date', 'is not', null)
    .where((eb) => eb('pm.month', '>=', sql<string>`substr(ap.live_date, 1, 7)`))
    .where((eb) => eb('pm.month', '<=', last))
    .select(['ap.employee_id', ...MONTH_SUMS])
    .groupBy('ap.employee_id')
    .execute();
  return rows.map(toWindowSums);
}

/** Trainers' names by id (a small table of its own: external trainers are not employees). */
export async function trainerNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('training_trainers').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
