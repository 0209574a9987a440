import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';

// What the sweep reads from the sources (issue 22 item 5): QA evaluations and the per-agent daily
// KPI counters, summed per person and week; then, for a flagged person only, the evaluations'
// item results and the counters by business type of the weeks compared. The weekly bucket is a
// CASE over the span's Monday–Sunday ranges inside a subquery, so both engines group by a column.

export interface Week {
  start: string; // Monday
  end: string; // Sunday
}

const bucket = (weeks: Week[]) =>
  sql<number>`case ${sql.join(
    weeks.map((w, i) => sql`when day between ${w.start} and ${w.end} then ${sql.lit(i)}`),
    sql` `,
  )} end`;

export const weeklyQa = (db: Db, weeks: Week[]) =>
  db
    .selectFrom(
      db
        .selectFrom('qa_evaluations')
        .select(['agent_id', 'final_score', bucket(weeks).as('wk')])
        .where('day', '>=', weeks[0]!.start)
        .where('day', '<=', weeks[weeks.length - 1]!.end)
        .as('q'),
    )
    .select(['q.agent_id', 'q.wk'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('q.final_score').as('total')])
    .groupBy(['q.agent_id', 'q.wk'])
    .execute();

export const weeklyKpi = (db: Db, weeks: Week[]) =>
  db
    .selectFrom(
      db
        .selectFrom('interaction_agent_daily')
        .select([
          'agent_id',
          'handled',
          'talk_sum',
          'hold_sum',
          'wrap_sum',
          'fcr_yes',
          'fcr_known',
          'csat_sum',
          'csat_count',
          bucket(weeks).as('wk'),
        ])
        .where('day', '>=', weeks[0]!.start)
        .where('day', '<=', weeks[weeks.length - 1]!.end)
        .as('k'),
    )
    .select(['k.agent_id', 'k.wk'])
    .select((eb) => [
      eb.fn.sum<number>('k.handled').as('handled'),
      eb.fn.sum<number>('k.talk_sum').as('talk'),
      eb.fn.sum<number>('k.hold_sum').as('hold'),
      eb.fn.sum<number>('k.wrap_sum').as('wrap'),
      eb.fn.sum<number>('k.fcr_yes').as('fcr_yes'),
      eb.fn.sum<number>('k.fcr_known').as('fcr_known'),
      eb.fn.sum<number>('k.csat_sum').as('csat_sum'),
      eb.fn.sum<number>('k.csat_count').as('csat_count'),
    ])
    .groupBy(['k.agent_id', 'k.wk'])
    .execute();

/** One person's evaluations in a week: the item results behind the score. */
export const evaluationItems = (db: Db, agentId: string, w: Week) =>
  db
    .selectFrom('qa_evaluations')
    .select(['form_version_id', 'final_items'])
    .where('agent_id', '=', agentId)
    .where('day', '>=', w.start)
    .where('day', '<=', w.end)
    .execute();

/** One person's KPI counters in a week by business type. */
export const byBusinessType = (db: Db, agentId: string, w: Week) =>
  db
    .selectFrom('interaction_daily')
    .select('business_type')
    .select((eb) => [
      eb.fn.sum<number>('fcr_yes').as('fcr_yes'),
      eb.fn.sum<number>('fcr_known').as('fcr_known'),
      eb.fn.sum<number>('csat_sum').as('csat_sum'),
      eb.fn.sum<number>('csat_count').as('csat_count'),
    ])
    .where('agent_id', '=', agentId)
    .where('day', '>=', w.start)
    .where('day', '<=', w.end)
    .groupBy('business_type')
    .execute();

/** CSAT answers of 1 or 2 a person had in a week (interactions are indexed by day and agent). */
export const lowCsatCount = async (db: Db, agentId: string, w: Week) =>
  Number(
    (
      await db
        .selectFrom('interactions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('day', '>=', w.start)
        .where('day', '<=', w.end)
        .where('agent_id', '=', agentId)
        .where('csat', '<=', 2)
        .executeTakeFirst()
    )?.n ?? 0,
  );
