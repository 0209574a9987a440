import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The mentor pool (SPEC §7, issue 20 item 6). mentor_pool_config: one row ('pool') naming the
// course that counts as mentor training (an id, so it lives here and not among the numeric
// settings). mentor_pool_members: one row per time a person is selected into the pool; removing
// them closes the row (status removed, with who, when and why), so the history is the rows.
// At most one active row per person (partial unique index). mentor_coaching_reasons: why a weak
// regular agent was given a coaching mentor (an assignment of mode 'coaching' in
// training_mentor_assignments), one row per such assignment. mentor_problem_flags: a shadowing
// problem not closed on its day, flagged the next morning (one row per problem, written before its
// warnings and notices so a second run sends nothing).
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('mentor_pool_config')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mentor_course_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mentor_pool_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('override_reason', 'text')
    .addColumn('selected_by', 'text')
    .addColumn('selected_at', 'text', (c) => c.notNull())
    .addColumn('removed_by', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('remove_reason', 'text')
    .execute();
  await db.schema
    .createIndex('mentor_pool_members_active_uq')
    .on('mentor_pool_members')
    .columns(['employee_id'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();
  await db.schema
    .createIndex('mentor_pool_members_employee_idx')
    .on('mentor_pool_members')
    .columns(['employee_id', 'selected_at'])
    .execute();
  await db.schema
    .createTable('mentor_coaching_reasons')
    .addColumn('assignment_id', 'text', (c) => c.primaryKey().references('training_mentor_assignments.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mentor_problem_flags')
    .addColumn('problem_id', 'text', (c) => c.primaryKey().references('training_mentor_problems.id'))
    .addColumn('flagged_on', 'text', (c) => c.notNull())
    .addColumn('flagged_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mentor_problem_flags').execute();
  await db.schema.dropTable('mentor_coaching_reasons').execute();
  await db.schema.dropTable('mentor_pool_members').execute();
  await db.schema.dropTable('mentor_pool_config').execute();
}
