import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Early warnings (issue 22 item 5, SPEC §12 "flags the decline and shows the contributing items"):
//   analytics_warnings         one row per decline of one person's metric (qa | fcr | aht | csat);
//                              open → closed (the lead recorded an action) → resolved (a later sweep
//                              no longer finds the decline). `open_key` = 'employee:metric' while the
//                              warning is not resolved and null after: its UNIQUE index is what keeps
//                              one live warning per person and metric on both engines, even when two
//                              sweeps race.
//   analytics_warning_actions  what the lead did about it (mentoring, retraining, drills …), newest last
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('analytics_warnings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('open_key', 'text', (c) => c.unique())
    .addColumn('method', 'integer', (c) => c.notNull())
    .addColumn('weeks', 'text', (c) => c.notNull())
    .addColumn('fall', 'double precision', (c) => c.notNull())
    .addColumn('fall_percent', 'double precision')
    .addColumn('threshold', 'double precision', (c) => c.notNull())
    .addColumn('causes', 'text', (c) => c.notNull())
    .addColumn('flagged_at', 'text', (c) => c.notNull())
    .addColumn('swept_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('analytics_warnings_employee_idx')
    .on('analytics_warnings')
    .columns(['employee_id', 'metric'])
    .execute();
  await db.schema.createIndex('analytics_warnings_status_idx').on('analytics_warnings').column('status').execute();
  await db.schema
    .createTable('analytics_warning_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warning_id', 'text', (c) => c.notNull().references('analytics_warnings.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('analytics_warning_actions_warning_idx')
    .on('analytics_warning_actions')
    .column('warning_id')
    .execute();
  await db.schema
    .createIndex('analytics_warning_actions_created_idx')
    .on('analytics_warning_actions')
    .column('created_at')
    .execute();
}
