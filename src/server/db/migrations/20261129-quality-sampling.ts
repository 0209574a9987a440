import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Quality monitoring, part B (SPEC §8 "How much to monitor", "Sampling", "Evaluator quotas";
// issue 7 items 2–3): dated change events that raise sampling, seeded weekly draws, the samples
// they picked (with why), and evaluators' daily quotas. The numbers of the sampling plan are
// settings (quality.sampling.*, quality.quota.*), not rows.

type T = CreateTableBuilder<string, never>;
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await id(db.schema.createTable('qa_change_events'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('raise_percent', 'integer', (c) => c.notNull())
    .addColumn('business_type', 'text')
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('qa_change_events_start_idx').on('qa_change_events').column('starts_on').execute();

  // One current draw per week: a redraw marks the earlier one replaced and cancels its open samples.
  await id(db.schema.createTable('qa_sampling_draws'))
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('seed', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('agents', 'integer', (c) => c.notNull())
    .addColumn('interactions', 'integer', (c) => c.notNull())
    .addColumn('samples', 'integer', (c) => c.notNull())
    .addColumn('unassigned', 'integer', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('qa_sampling_draws_week_idx')
    .on('qa_sampling_draws')
    .columns(['week_start', 'created_at'])
    .execute();

  await id(db.schema.createTable('qa_samples'))
    .addColumn('draw_id', 'text', (c) => c.notNull().references('qa_sampling_draws.id'))
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('interaction_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('hour_band', 'integer', (c) => c.notNull())
    .addColumn('business_type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assigned_user_id', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('evaluation_id', 'text')
    .addColumn('done_at', 'text')
    .addColumn('skip_reason', 'text')
    .addColumn('skipped_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('qa_samples_draw_idx').on('qa_samples').columns(['draw_id', 'agent_id']).execute();
  await db.schema
    .createIndex('qa_samples_assignee_idx')
    .on('qa_samples')
    .columns(['assigned_user_id', 'status'])
    .execute();
  await db.schema.createIndex('qa_samples_week_idx').on('qa_samples').columns(['week_start', 'status']).execute();
  await db.schema.createIndex('qa_samples_interaction_idx').on('qa_samples').column('interaction_id').execute();

  await db.schema
    .createTable('qa_quotas')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('live', 'integer', (c) => c.notNull())
    .addColumn('recording', 'integer', (c) => c.notNull())
    .addColumn('side_by_side', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
