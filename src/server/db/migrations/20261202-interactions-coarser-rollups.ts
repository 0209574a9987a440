import { sql, type Kysely } from 'kysely';
import { clusteredByKey, type DialectName } from '../portable.js';

// Two coarser copies of the daily rollups (issue 6), kept in step with interaction_daily in the
// same transaction by every writer (the import, the demo):
//   interaction_agent_daily   per agent and day: a team's or department's dashboard without a
//                             business-type or channel filter reads 15,000 rows for 500 agents and
//                             a month instead of ~85,000
//   interaction_center_daily  per day, business type and channel for the whole center: which
//                             business types a range has, for the pages' filter
const COUNTERS = [
  'offered',
  'handled',
  'talk_sum',
  'hold_sum',
  'wrap_sum',
  'fcr_yes',
  'fcr_known',
  'csat_sum',
  'csat_count',
  'sl_within',
  'sl_offered',
];
const SECONDS = new Set(['talk_sum', 'hold_sum', 'wrap_sum']); // bigint, as in interaction_daily
const TABLES = {
  interaction_agent_daily: ['agent_id', 'day'],
  interaction_center_daily: ['day', 'business_type', 'channel'],
};

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  for (const [table, key] of Object.entries(TABLES)) {
    let t = db.schema.createTable(table);
    for (const c of key) t = t.addColumn(c, 'text', (col) => col.notNull());
    for (const c of COUNTERS) t = t.addColumn(c, SECONDS.has(c) ? 'bigint' : 'integer', (col) => col.notNull());
    await t
      .addPrimaryKeyConstraint(`${table}_pk`, key as never[])
      .$call(clusteredByKey(dialect))
      .execute();
    // A database with interactions already stored gets its sums from the finer rollups.
    const keys = sql.join(key.map((c) => sql.ref(c)));
    await sql`INSERT INTO ${sql.table(table)} (${keys}, ${sql.join(COUNTERS.map((c) => sql.ref(c)))})
      SELECT ${keys}, ${sql.join(COUNTERS.map((c) => sql`sum(${sql.ref(c)})`))} FROM interaction_daily GROUP BY ${keys}`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(TABLES)) await db.schema.dropTable(table).execute();
}
