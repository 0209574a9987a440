import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Appraisal plans (SPEC §9, issue 18 item 1): a plan, its versions (content JSON, draft →
// published → superseded; a cycle keeps the version it started with), and the teams of each
// plan's published version — one row per team, unique, so that a team is in one published plan
// at most even when two plans are published at the same moment.
type T = CreateTableBuilder<string, never>;
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await id(db.schema.createTable('appraisal_plans'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('draft_version_id', 'text')
    .addColumn('published_version_id', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('appraisal_plan_versions'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('appraisal_plans.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .execute();
  await db.schema
    .createIndex('appraisal_plan_versions_number_uq')
    .on('appraisal_plan_versions')
    .columns(['plan_id', 'number'])
    .unique()
    .execute();

  await db.schema
    .createTable('appraisal_plan_teams')
    .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('appraisal_plans.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('appraisal_plan_versions.id'))
    .addColumn('position_type', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appraisal_plan_teams_plan_idx').on('appraisal_plan_teams').column('plan_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appraisal_plan_teams').execute();
  await db.schema.dropTable('appraisal_plan_versions').execute();
  await db.schema.dropTable('appraisal_plans').execute();
}
