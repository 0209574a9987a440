import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';

// The SQL that brings the rollups' threshold-dependent counters in line with the thresholds, one
// center-local day at a time: sl_within (interactions.serviceLevelSeconds, given) and
// csat_satisfied (appraisal.csatSatisfiedMin, read here: a change of either queues this recount,
// kpi.routes.ts / interactions.routes.ts). sl_offered (inbound with a known wait) and csat_count do
// not depend on a threshold and are left as they are; rows with neither are skipped.

/** Every day the rollups hold, oldest first (a year is 365 short rows of the center table). */
export async function rollupDays(db: Db, after: string | null) {
  let q = db.selectFrom('interaction_center_daily').select('day').distinct().orderBy('day');
  if (after) q = q.where('day', '>', after);
  return (await q.execute()).map((r) => r.day);
}

/** 1 for a call inside the service level (the rule import.batch.ts `contributions` applies per row). */
/** Only a call's own leg counts (a transfer's or a fork's wait is not the caller's; import.legs.ts). */
const within = (seconds: number) =>
  sql<number>`CASE WHEN i.direction = 'in' AND i.answered = 1 AND i.queue_wait_seconds IS NOT NULL AND i.queue_wait_seconds <= ${seconds}
    AND (i.leg IS NULL OR i.leg = 'call') THEN 1 ELSE 0 END`;

/** 1 for a CSAT response counted as satisfied (the rows import.batch.ts counts CSAT on). */
const satisfied = (min: number) =>
  sql<number>`CASE WHEN i.answered = 1 AND i.csat >= ${min} AND (i.leg IS NULL OR i.leg NOT IN ('attempt', 'segment'))
    THEN 1 ELSE 0 END`;

/** Recounts sl_within and csat_satisfied of one day in all three rollup tables; run inside a transaction. */
export async function recountDay(trx: Db, day: string, seconds: number) {
  const min = await getSetting(trx, 'appraisal.csatSatisfiedMin');
  // Agents with calls that day: with the day in the key this reaches the rows through the
  // (agent_id, day, …) keys instead of reading the whole table.
  const agentsOfDay = trx.selectFrom('interactions').select('agent_id').distinct().where('day', '=', day);
  // Both counters from one pass over each key's calls (a row-value SET: SQLite ≥ 3.15 and PostgreSQL).
  await sql`UPDATE interaction_daily AS r SET (sl_within, csat_satisfied) = (
      SELECT coalesce(sum(${within(seconds)}), 0), coalesce(sum(${satisfied(min)}), 0) FROM interactions i
      WHERE i.day = ${day} AND i.agent_id = r.agent_id AND i.business_type = r.business_type AND i.channel = r.channel)
    WHERE r.day = ${day} AND (r.sl_offered > 0 OR r.csat_count > 0) AND r.agent_id IN (${agentsOfDay})`.execute(trx);
  await sql`UPDATE interaction_agent_daily AS a SET (sl_within, csat_satisfied) = (
      SELECT coalesce(sum(r.sl_within), 0), coalesce(sum(r.csat_satisfied), 0) FROM interaction_daily r
      WHERE r.agent_id = a.agent_id AND r.day = a.day)
    WHERE a.day = ${day} AND (a.sl_offered > 0 OR a.csat_count > 0) AND a.agent_id IN (${agentsOfDay})`.execute(trx);
  // The center rows: one pass over the day's calls, then a handful of single-row updates.
  const groups = await trx
    .selectFrom('interactions as i')
    .select([
      'i.business_type',
      'i.channel',
      sql<number>`sum(${within(seconds)})`.as('n'),
      sql<number>`sum(${satisfied(min)})`.as('satisfied'),
    ])
    .where('i.day', '=', day)
    .groupBy(['i.business_type', 'i.channel'])
    .execute();
  for (const g of groups) {
    await trx
      .updateTable('interaction_center_daily')
      .set({ sl_within: Number(g.n), csat_satisfied: Number(g.satisfied) } as never)
      .where('day', '=', day)
      .where('business_type', '=', g.business_type)
      .where('channel', '=', g.channel)
      .execute();
  }
}
