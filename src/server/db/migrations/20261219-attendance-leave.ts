import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Leave kinds, requests with their approval steps and files, and work-years profiles (issue 19 item 3).
// Numbers that may hold fractions are double precision on both engines.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('attendance_leave_kinds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('paid', 'integer', (c) => c.notNull())
    .addColumn('balance', 'text', (c) => c.notNull())
    .addColumn('counting', 'text', (c) => c.notNull())
    .addColumn('hr_always', 'integer', (c) => c.notNull())
    .addColumn('evidence_after_days', 'double precision')
    .addColumn('max_days', 'double precision')
    .addColumn('builtin', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_leave_kinds_code_uq')
    .on('attendance_leave_kinds')
    .columns(['code'])
    .unique()
    .execute();
  await db.schema
    .createTable('attendance_leave_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('kind_code', 'text', (c) => c.notNull())
    .addColumn('start_day', 'text', (c) => c.notNull())
    .addColumn('start_half', 'text', (c) => c.notNull())
    .addColumn('end_day', 'text', (c) => c.notNull())
    .addColumn('end_half', 'text', (c) => c.notNull())
    .addColumn('days', 'double precision', (c) => c.notNull())
    .addColumn('after_the_fact', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_leave_requests_employee_id_start_day_idx')
    .on('attendance_leave_requests')
    .columns(['employee_id', 'start_day'])
    .execute();
  await db.schema
    .createIndex('attendance_leave_requests_status_idx')
    .on('attendance_leave_requests')
    .columns(['status'])
    .execute();
  await db.schema
    .createTable('attendance_leave_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_name', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('attendance_leave_steps_request_id_seq_idx')
    .on('attendance_leave_steps')
    .columns(['request_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('attendance_leave_steps_role_status_idx')
    .on('attendance_leave_steps')
    .columns(['role', 'status'])
    .execute();
  await db.schema
    .createTable('attendance_leave_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attendance_leave_files_request_id_idx')
    .on('attendance_leave_files')
    .columns(['request_id'])
    .execute();
  await db.schema
    .createTable('attendance_profiles')
    .addColumn('employee_id', 'text', (c) => c.primaryKey())
    .addColumn('career_start_day', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await seedKinds(db);
}

// The builtin kinds (SPEC §10 and the usual statutory ones). An administrator may rename them,
// switch them off or change their numbers; builtin ones are never deleted. Sick leave's evidence
// threshold is the setting attendance.leave.sickNoteAfterDays unless the kind sets its own;
// marriage/bereavement/paternity/maternity lengths differ by province, so max_days is a default.
// toil is time off in lieu (加班换休), drawn from the swaps part's balance.
const BUILTIN_KINDS: [string, string, string, number, string, string, number, number | null][] = [
  // code, zh, en, paid, balance, counting, hr_always, max_days
  ['annual', '年假', 'Annual leave', 1, 'annual', 'working', 0, null],
  ['sick', '病假', 'Sick leave', 1, 'none', 'working', 0, null],
  ['personal', '事假', 'Personal leave', 0, 'none', 'working', 0, null],
  ['toil', '调休', 'Time off in lieu', 1, 'toil', 'working', 0, null],
  ['marriage', '婚假', 'Marriage leave', 1, 'none', 'working', 0, 3],
  ['bereavement', '丧假', 'Bereavement leave', 1, 'none', 'working', 0, 3],
  ['maternity', '产假', 'Maternity leave', 1, 'none', 'calendar', 1, 158],
  ['paternity', '陪产假', 'Paternity leave', 1, 'none', 'working', 0, 15],
  ['special', '特殊假', 'Special leave', 0, 'none', 'working', 1, null],
];
const SEEDED_AT = '2026-12-19T00:00:00.000Z';

async function seedKinds(db: Kysely<any>) {
  await db
    .insertInto('attendance_leave_kinds')
    .values(
      BUILTIN_KINDS.map(([code, zh, en, paid, balance, counting, hr, max], i) => ({
        id: `leave-kind-${code}`,
        code,
        name_zh: zh,
        name_en: en,
        paid,
        balance,
        counting,
        hr_always: hr,
        evidence_after_days: null,
        max_days: max,
        builtin: 1,
        active: 1,
        sort_order: (i + 1) * 10,
        created_at: SEEDED_AT,
        updated_at: SEEDED_AT,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attendance_profiles').execute();
  await db.schema.dropTable('attendance_leave_files').execute();
  await db.schema.dropTable('attendance_leave_steps').execute();
  await db.schema.dropTable('attendance_leave_requests').execute();
  await db.schema.dropTable('attendance_leave_kinds').execute();
}
