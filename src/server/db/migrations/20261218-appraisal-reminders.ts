import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The reminders the appraisal job sent on its own (issue 18 item 2): one row per cycle, step and
// recipient, so a step's reminder reaches each person once however often the job runs; the
// primary key makes a second server's attempt fail instead of sending twice.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('appraisal_reminders')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull()) // "user:<id>" or "employee:<id>"
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('appraisal_reminders_pk', ['cycle_id', 'step', 'recipient'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appraisal_reminders').execute();
}
