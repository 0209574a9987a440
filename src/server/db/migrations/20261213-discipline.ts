import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Discipline records (纪律记录, issue 17 item 6): the record with its evidence, the person's one
// reply or appeal and HR's decision on the row; the timeline of events (append-only, codes with
// params); uploaded evidence files.
type T = CreateTableBuilder<string, never>;
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await id(db.schema.createTable('discipline_records'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('evidence_text', 'text')
    .addColumn('interaction_id', 'text')
    .addColumn('attendance_session_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('response_kind', 'text')
    .addColumn('response_text', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('discipline_records_emp_idx')
    .on('discipline_records')
    .columns(['employee_id', 'status', 'occurred_on'])
    .execute();
  await db.schema
    .createIndex('discipline_records_day_idx')
    .on('discipline_records')
    .columns(['occurred_on', 'id'])
    .execute();

  await id(db.schema.createTable('discipline_events'))
    .addColumn('record_id', 'text', (c) => c.notNull().references('discipline_records.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('discipline_events_record_idx')
    .on('discipline_events')
    .columns(['record_id', 'id'])
    .execute();

  await id(db.schema.createTable('discipline_attachments'))
    .addColumn('record_id', 'text', (c) => c.notNull().references('discipline_records.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('discipline_attachments_record_idx')
    .on('discipline_attachments')
    .column('record_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('discipline_attachments').execute();
  await db.schema.dropTable('discipline_events').execute();
  await db.schema.dropTable('discipline_records').execute();
}
