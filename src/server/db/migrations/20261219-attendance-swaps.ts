import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Shift swaps, overtime and the time off in lieu it earns (issue 19 item 4).
// Numbers that may hold fractions are double precision on both engines.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('attendance_swaps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('requester_id', 'text', (c) => c.notNull())
    .addColumn('requester_day', 'text', (c) => c.notNull())
    .addColumn('colleague_id', 'text', (c) => c.notNull())
    .addColumn('colleague_day', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_swaps_requester_id_idx')
    .on('attendance_swaps')
    .columns(['requester_id'])
    .execute();
  await db.schema
    .createIndex('attendance_swaps_colleague_id_idx')
    .on('attendance_swaps')
    .columns(['colleague_id'])
    .execute();
  await db.schema.createIndex('attendance_swaps_status_idx').on('attendance_swaps').columns(['status']).execute();
  await db.schema
    .createTable('attendance_overtime')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded', 'integer', (c) => c.notNull())
    .addColumn('compensation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_overtime_employee_id_day_idx')
    .on('attendance_overtime')
    .columns(['employee_id', 'day'])
    .execute();
  await db.schema.createIndex('attendance_overtime_status_idx').on('attendance_overtime').columns(['status']).execute();
  await db.schema
    .createTable('attendance_toil')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('overtime_id', 'text', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addColumn('earned_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('used_hours', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_toil_employee_id_expires_on_idx')
    .on('attendance_toil')
    .columns(['employee_id', 'expires_on'])
    .execute();
  // Which lots a use of time off (a leave request) drew on, so cancelling it gives them back.
  await db.schema
    .createTable('attendance_toil_uses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('use_id', 'text', (c) => c.notNull())
    .addColumn('ref', 'text')
    .addColumn('toil_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addColumn('used_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_toil_uses_use_id_idx')
    .on('attendance_toil_uses')
    .columns(['use_id'])
    .execute();
  await db.schema.createIndex('attendance_toil_uses_ref_idx').on('attendance_toil_uses').columns(['ref']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attendance_toil_uses').execute();
  await db.schema.dropTable('attendance_toil').execute();
  await db.schema.dropTable('attendance_overtime').execute();
  await db.schema.dropTable('attendance_swaps').execute();
}
