import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Quality monitoring, part A (SPEC §8, issue 7): scorecards (forms with frozen versions) and
// evaluations. Scores are double precision on both engines (SQLite gives it REAL affinity).
const NUM = 'double precision';

type T = CreateTableBuilder<string, never>;
const stamps = (t: T) =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // A form is the name and kind; its content lives in versions. At most one draft and one
  // published version at a time (the pointers below); older published versions are "superseded"
  // and stay forever because evaluations point at them.
  await stamps(
    id(db.schema.createTable('qa_forms'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('published_version_id', 'text')
      .addColumn('draft_version_id', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await stamps(
    id(db.schema.createTable('qa_form_versions'))
      .addColumn('form_id', 'text', (c) => c.notNull().references('qa_forms.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('pass_score', NUM, (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('published_by', 'text')
      .addColumn('created_by', 'text')
      .addUniqueConstraint('qa_form_versions_number_uq', ['form_id', 'number']),
  ).execute();

  await stamps(
    id(db.schema.createTable('qa_evaluations'))
      .addColumn('form_version_id', 'text', (c) => c.notNull().references('qa_form_versions.id'))
      .addColumn('form_id', 'text', (c) => c.notNull().references('qa_forms.id'))
      .addColumn('interaction_id', 'text')
      .addColumn('agent_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('evaluator_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('sample_id', 'text')
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('items', 'text', (c) => c.notNull())
      .addColumn('score', NUM, (c) => c.notNull())
      .addColumn('final_answers', 'text', (c) => c.notNull())
      .addColumn('final_items', 'text', (c) => c.notNull())
      .addColumn('final_score', NUM, (c) => c.notNull())
      .addColumn('passed', 'integer', (c) => c.notNull())
      .addColumn('critical_failure', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addColumn('suggestion_kind', 'text')
      .addColumn('suggestion_employee_id', 'text', (c) => c.references('employees.id'))
      .addColumn('suggestion_note', 'text')
      .addColumn('agent_status', 'text', (c) => c.notNull())
      .addColumn('business_type', 'text')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('scored_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema
    .createIndex('qa_evaluations_agent_idx')
    .on('qa_evaluations')
    .columns(['agent_id', 'scored_at'])
    .execute();
  await db.schema
    .createIndex('qa_evaluations_evaluator_idx')
    .on('qa_evaluations')
    .columns(['evaluator_user_id', 'scored_at'])
    .execute();
  // One evaluation per evaluator per interaction (a double submit is refused by the database too);
  // sessions without a stored interaction have a null id, which never conflicts.
  await db.schema
    .createIndex('qa_evaluations_interaction_uq')
    .unique()
    .on('qa_evaluations')
    .columns(['interaction_id', 'evaluator_user_id'])
    .execute();
  await db.schema.createIndex('qa_evaluations_day_idx').on('qa_evaluations').column('day').execute();
}
