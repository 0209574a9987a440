import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Appraisal results (SPEC §9, issue 18 items 4–7): appeals of one KPI item with their steps and
// written decisions, the grades fixed when a cycle becomes final, base bonus per person and cycle,
// team pools, and the follow-ups a D (or a second C) opens. Cycle and sheet ids are plain text
// (the cycles migration owns those tables). Money is integer cents.
type T = CreateTableBuilder<string, never>;
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());
const num = 'double precision';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await id(db.schema.createTable('appraisal_appeals'))
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('sheet_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('kpi_code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('original_value', num)
    .addColumn('claimed_value', num)
    .addColumn('status', 'text', (c) => c.notNull()) // open | reviewed | upheld | rejected
    .addColumn('window_ends_on', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('review_recommendation', 'text') // uphold | reject
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_by_name', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('decision', 'text') // upheld | rejected
    .addColumn('decision_reason', 'text')
    .addColumn('corrected_value', num)
    .addColumn('old_total', num)
    .addColumn('new_total', num)
    .addColumn('old_grade', 'text')
    .addColumn('new_grade', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One appeal per KPI item of a sheet: a second (even after a decision) is refused, and two
  // filed at once cannot both land.
  await db.schema
    .createIndex('appraisal_appeals_item_uq')
    .on('appraisal_appeals')
    .columns(['sheet_id', 'kpi_code'])
    .unique()
    .execute();
  await db.schema
    .createIndex('appraisal_appeals_cycle_idx')
    .on('appraisal_appeals')
    .columns(['cycle_id', 'team_id', 'status'])
    .execute();
  await db.schema.createIndex('appraisal_appeals_emp_idx').on('appraisal_appeals').column('employee_id').execute();

  await id(db.schema.createTable('appraisal_appeal_events'))
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appraisal_appeals.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // filed | reviewed | upheld | rejected
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appraisal_appeal_events_appeal_idx')
    .on('appraisal_appeal_events')
    .columns(['appeal_id', 'id'])
    .execute();

  await db.schema
    .createTable('appraisal_grades')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('sheet_id', 'text', (c) => c.notNull())
    .addColumn('total', num)
    .addColumn('score_grade', 'text')
    .addColumn('grade', 'text')
    .addColumn('team_rank', 'integer')
    .addColumn('fixed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('appraisal_grades_pk', ['cycle_id', 'employee_id'])
    .execute();
  await db.schema.createIndex('appraisal_grades_emp_idx').on('appraisal_grades').column('employee_id').execute();

  await db.schema
    .createTable('appraisal_base_bonuses')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull()) // entered | imported
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('appraisal_base_bonuses_pk', ['cycle_id', 'employee_id'])
    .execute();

  await db.schema
    .createTable('appraisal_team_pools')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('appraisal_team_pools_pk', ['cycle_id', 'team_id'])
    .execute();

  await id(db.schema.createTable('appraisal_followups'))
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('trigger', 'text', (c) => c.notNull()) // grade_d | repeated_c
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('previous_cycle_id', 'text')
    .addColumn('weakest_kpi', 'text')
    .addColumn('training_need', 'text', (c) => c.notNull())
    .addColumn('improvement_plan', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text')
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | done
    .addColumn('outcome', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appraisal_followups_uq')
    .on('appraisal_followups')
    .columns(['cycle_id', 'employee_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('appraisal_followups_emp_idx')
    .on('appraisal_followups')
    .columns(['employee_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'appraisal_followups',
    'appraisal_team_pools',
    'appraisal_base_bonuses',
    'appraisal_grades',
    'appraisal_appeal_events',
    'appraisal_appeals',
  ])
    await db.schema.dropTable(t).execute();
}
