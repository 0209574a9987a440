import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Shift templates, team rosters and the schedule of record (SPEC §10, issue 19 item 1).
// Numbers that may hold fractions are double precision on both engines.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('attendance_shifts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('breaks', 'text', (c) => c.notNull())
    .addColumn('work_minutes', 'integer', (c) => c.notNull())
    .addColumn('skill', 'text')
    .addColumn('color', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attendance_shifts_code_uq').on('attendance_shifts').columns(['code']).unique().execute();
  await db.schema
    .createTable('attendance_rosters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_rosters_team_id_period_start_uq')
    .on('attendance_rosters')
    .columns(['team_id', 'period_start'])
    .unique()
    .execute();
  await db.schema
    .createTable('attendance_schedule')
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('roster_id', 'text', (c) => c.notNull())
    .addColumn('shift_id', 'text')
    .addColumn('starts_at', 'text')
    .addColumn('ends_at', 'text')
    .addColumn('work_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('attendance_schedule_pk', ['employee_id', 'day'])
    .execute();
  await db.schema
    .createIndex('attendance_schedule_roster_id_idx')
    .on('attendance_schedule')
    .columns(['roster_id'])
    .execute();
  await db.schema.createIndex('attendance_schedule_day_idx').on('attendance_schedule').columns(['day']).execute();
  await db.schema
    .createTable('attendance_schedule_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('roster_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('from_shift_id', 'text')
    .addColumn('to_shift_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_schedule_changes_employee_id_day_idx')
    .on('attendance_schedule_changes')
    .columns(['employee_id', 'day'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attendance_schedule_changes').execute();
  await db.schema.dropTable('attendance_schedule').execute();
  await db.schema.dropTable('attendance_rosters').execute();
  await db.schema.dropTable('attendance_shifts').execute();
}
