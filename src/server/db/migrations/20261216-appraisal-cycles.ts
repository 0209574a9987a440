import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Appraisal cycles and sheets (SPEC §9, issue 18): a cycle runs one plan version over a period on
// a timetable; a sheet per person with one item per KPI (value, points, evidence JSON); the team
// lead's manual entries and HR's external values (sales) that feed the items; the cycle's step
// history. Recomputations are audited in audit_log with old and new values.
// Values, points and totals are double precision on both engines (SQLite gives the name REAL
// affinity; PostgreSQL's real would keep only 6 digits of a sales amount).
const NUM = 'double precision';

type T = CreateTableBuilder<string, never>;
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await id(db.schema.createTable('appraisal_cycles'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('plan_version_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('timetable', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('frozen_at', 'text')
    .addColumn('computed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appraisal_cycles_plan_period_uq')
    .on('appraisal_cycles')
    .columns(['plan_id', 'period_start'])
    .unique()
    .execute();
  await db.schema.createIndex('appraisal_cycles_status_idx').on('appraisal_cycles').columns(['status']).execute();

  await id(db.schema.createTable('appraisal_cycle_events'))
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('appraisal_cycles.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('appraisal_cycle_events_cycle_idx')
    .on('appraisal_cycle_events')
    .columns(['cycle_id', 'at'])
    .execute();

  await id(db.schema.createTable('appraisal_sheets'))
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('appraisal_cycles.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('position_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', NUM)
    .addColumn('grade', 'text')
    .addColumn('lead_comment', 'text')
    .addColumn('lead_comment_by', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('computed_at', 'text')
    .addColumn('frozen_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appraisal_sheets_cycle_emp_uq')
    .on('appraisal_sheets')
    .columns(['cycle_id', 'employee_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('appraisal_sheets_emp_idx')
    .on('appraisal_sheets')
    .columns(['employee_id', 'cycle_id'])
    .execute();
  await db.schema
    .createIndex('appraisal_sheets_team_idx')
    .on('appraisal_sheets')
    .columns(['cycle_id', 'team_id'])
    .execute();

  await id(db.schema.createTable('appraisal_sheet_items'))
    .addColumn('sheet_id', 'text', (c) => c.notNull().references('appraisal_sheets.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', NUM)
    .addColumn('points', NUM)
    .addColumn('weight', NUM, (c) => c.notNull())
    .addColumn('effective_weight', NUM, (c) => c.notNull())
    .addColumn('contribution', NUM)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appraisal_sheet_items_uq')
    .on('appraisal_sheet_items')
    .columns(['sheet_id', 'code'])
    .unique()
    .execute();

  // The team lead's manual items (lead_assessment …), entered at review: the source of manual values.
  await id(db.schema.createTable('appraisal_manual_entries'))
    .addColumn('sheet_id', 'text', (c) => c.notNull().references('appraisal_sheets.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', NUM, (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_by_name', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appraisal_manual_entries_uq')
    .on('appraisal_manual_entries')
    .columns(['sheet_id', 'code'])
    .unique()
    .execute();

  // Values with no source in Seatwise (sales), entered or imported by HR per cycle and person.
  await id(db.schema.createTable('appraisal_external_values'))
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('appraisal_cycles.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', NUM, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_by_name', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appraisal_external_values_uq')
    .on('appraisal_external_values')
    .columns(['cycle_id', 'code', 'employee_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appraisal_external_values').execute();
  await db.schema.dropTable('appraisal_manual_entries').execute();
  await db.schema.dropTable('appraisal_sheet_items').execute();
  await db.schema.dropTable('appraisal_sheets').execute();
  await db.schema.dropTable('appraisal_cycle_events').execute();
  await db.schema.dropTable('appraisal_cycles').execute();
}
