import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Issue 23 (speed and scale): the satisfied CSAT responses as a rollup counter. Until now the home
// KPI panel and the appraisal's csat input counted `csat >= appraisal.csatSatisfiedMin` on the raw
// interactions for every request (a month of a large center is millions of rows); the daily
// rollups now carry csat_satisfied, counted with the setting's value like sl_within is with the
// service-level threshold (a change of either queues the same day-by-day recount,
// service-level.repo.ts). Existing rollups are backfilled from the stored interactions; rows that
// have no interactions behind them (summaries loaded as such, the demo's history) keep 0.

const ROLLUPS = {
  interaction_agent_daily: ['agent_id', 'day'],
  interaction_center_daily: ['day', 'business_type', 'channel'],
};
/** The setting's default when none is stored (lib/settings.ts; a migration does not read app code). */
const DEFAULT_SATISFIED_MIN = 4;

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  for (const table of ['interaction_daily', ...Object.keys(ROLLUPS)])
    await db.schema
      .alterTable(table)
      .addColumn('csat_satisfied', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

  await backfillCsatSatisfied(db);
}

/** csat_satisfied of every rollup row recounted from the stored interactions (exported for its test). */
export async function backfillCsatSatisfied(db: Kysely<any>): Promise<void> {
  const stored = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'appraisal.csatSatisfiedMin')
    .executeTakeFirst();
  const min = stored ? Number(JSON.parse(stored.value as string)) : DEFAULT_SATISFIED_MIN;
  // The rows the rollups count CSAT on (import.batch.ts contributions): answered, and neither an
  // unanswered attempt nor a same-agent segment of an Asterisk call.
  await sql`UPDATE interaction_daily SET csat_satisfied = s.n
    FROM (SELECT agent_id, day, business_type, channel, count(*) AS n FROM interactions
          WHERE answered = 1 AND csat >= ${min} AND (leg IS NULL OR leg NOT IN ('attempt', 'segment'))
          GROUP BY agent_id, day, business_type, channel) AS s
    WHERE interaction_daily.agent_id = s.agent_id AND interaction_daily.day = s.day
      AND interaction_daily.business_type = s.business_type AND interaction_daily.channel = s.channel`.execute(db);
  for (const [table, key] of Object.entries(ROLLUPS)) {
    const keys = sql.join(key.map((c) => sql.ref(c)));
    const match = sql.join(
      key.map((c) => sql`${sql.ref(`${table}.${c}`)} = ${sql.ref(`s.${c}`)}`),
      sql` AND `,
    );
    await sql`UPDATE ${sql.table(table)} SET csat_satisfied = s.n
      FROM (SELECT ${keys}, sum(csat_satisfied) AS n FROM interaction_daily GROUP BY ${keys}) AS s
      WHERE ${match} AND s.n > 0`.execute(db);
  }
}
