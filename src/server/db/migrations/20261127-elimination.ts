import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Elimination cases (SPEC §6, issue 5 item 4): the case, its append-only steps (the timeline),
// attachments for criteria 5–7, appeals with their written answers, the offboarding checklist;
// and in-app notifications (item 7), one row per recipient user.
type T = CreateTableBuilder<string, never>;
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await id(db.schema.createTable('elimination_cases'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('notice_published_on', 'text')
    .addColumn('notice_ends_on', 'text')
    .addColumn('notice_ends_at', 'text')
    .addColumn('decision', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('elimination_cases_emp_idx')
    .on('elimination_cases')
    .columns(['employee_id', 'status'])
    .execute();
  // One open case per person, enforced by the database as well as by the service (a race of two
  // training managers cannot open two). Closed cases keep their final status, so they do not count.
  await db.schema
    .createIndex('elimination_cases_one_open')
    .on('elimination_cases')
    .column('employee_id')
    .unique()
    .where(sql.ref('closed_at'), 'is', null)
    .execute();

  await id(db.schema.createTable('elimination_steps'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('elimination_cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('elimination_steps_case_idx')
    .on('elimination_steps')
    .columns(['case_id', 'id'])
    .execute();

  await id(db.schema.createTable('elimination_attachments'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('elimination_cases.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('elimination_attachments_case_idx')
    .on('elimination_attachments')
    .column('case_id')
    .execute();

  await id(db.schema.createTable('elimination_appeals'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('elimination_cases.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('appellant_user_id', 'text', (c) => c.notNull())
    .addColumn('appellant_name', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_by_name', 'text')
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema.createIndex('elimination_appeals_case_idx').on('elimination_appeals').column('case_id').execute();

  await db.schema
    .createTable('elimination_offboarding')
    .addColumn('case_id', 'text', (c) => c.notNull().references('elimination_cases.id'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('done_by', 'text', (c) => c.notNull())
    .addColumn('done_by_name', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('elimination_offboarding_pk', ['case_id', 'item'])
    .execute();

  await id(db.schema.createTable('notifications'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'read_at', 'id'])
    .execute();
}
