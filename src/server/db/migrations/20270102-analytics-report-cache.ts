import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The monthly training report (issue 22 item 6) composes five pages' figures; at 10,000 people
// that took 330–610 ms on PostgreSQL. Its figures from the rollups only change when the rollups
// are rebuilt, so they are kept here per month and reader scope with the rebuild they came from
// (as_of), and reused until the next rebuild. The background rebuild computes last month's for the
// whole center at once, so the report a training manager opens is ready.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('analytics_report_cache')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('through', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('analytics_report_cache_pk', ['month', 'scope_key'])
    .execute();
}
