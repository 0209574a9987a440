import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personInScope } from '../../people/identity.query.js';

// The panels' aggregates (issue 26 item 2): one GROUP BY per figure over the people in a set,
// on the agent/day indexes of qa_evaluations and attendance_days — never a row per person.
// The set is a PeopleScope: a lead's or manager's scope, or an agent alone, or their team.

export interface DaySums {
  day: string;
  n: number;
  sum: number;
  sumSq: number;
}

/** n, Σ final score and Σ final score² per day from..to (center days) of the people in the set. */
export async function qaDaySums(db: Db, who: PeopleScope, from: string, to: string): Promise<DaySums[]> {
  const rows = await db
    .selectFrom('qa_evaluations as q')
    .select([
      'q.day',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(q.final_score)`.as('total'),
      sql<number>`sum(q.final_score * q.final_score)`.as('total_sq'),
    ])
    .where('q.day', '>=', from)
    .where('q.day', '<=', to)
    .where(personInScope('q.agent_id', who))
    .groupBy('q.day')
    .execute();
  return rows.map((r) => ({ day: r.day, n: Number(r.n), sum: Number(r.total), sumSq: Number(r.total_sq) }));
}

/** Days per outcome from..to of the people in the set, leaving out the excused ones and those turned into leave. */
export async function attendanceOutcomes(db: Db, who: PeopleScope, from: string, to: string) {
  const rows = await db
    .selectFrom('attendance_days as d')
    .select(['d.outcome', sql<number>`count(*)`.as('n')])
    .where('d.day', '>=', from)
    .where('d.day', '<=', to)
    .where('d.outcome', 'in', ['late', 'early_leave', 'late_and_early', 'half_day_absent', 'absent'])
    .where((eb) => eb.or([eb('d.resolution', 'is', null), eb('d.resolution', 'not in', ['excused', 'leave'])]))
    .where(personInScope('d.employee_id', who))
    .groupBy('d.outcome')
    .execute();
  return new Map(rows.map((r) => [r.outcome, Number(r.n)]));
}
