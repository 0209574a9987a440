import type { Kysely } from 'kysely';
import { clusteredByKey, type DialectName } from '../portable.js';

// Staffing forecasts (issue 19 item 6). The forecast reads the contacts per interval of a few past
// days; grouping a 100-million-calls-a-year center's day (~275,000 calls) costs seconds, and past
// days hardly change, so each day's grouped volumes are kept here with a fingerprint of the day
// (its offered total from interaction_center_daily, the interval length and the center offset):
// when an import adds calls to the day, the fingerprint differs and the day is grouped again.
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('attendance_staffing_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('attendance_staffing_volumes')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('business_type', 'text', (c) => c.notNull())
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addColumn('contacts', 'integer', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('handle_seconds', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_staffing_volumes_pk', ['day', 'business_type', 'slot'])
    .$call(clusteredByKey(dialect))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attendance_staffing_volumes').execute();
  await db.schema.dropTable('attendance_staffing_days').execute();
}
