import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Quality monitoring, part D (SPEC §7–8, issue 7 items 5–7): feedback to the agent with its
// working-day deadline, disputes with per-item outcomes, follow-up monitoring of problems, the
// daily summary's planned actions, the red-line list with its breaches and the review board's
// rulings. Values of items are double precision on both engines.
const NUM = 'double precision';

type T = CreateTableBuilder<string, never>;
const stamps = (t: T) =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // One feedback task per evaluation, opened when the evaluation is saved. due_day / due_at are
  // null with due_problem 'CALENDAR_YEAR_MISSING' when the calendar cannot count the deadline yet.
  await stamps(
    id(db.schema.createTable('qa_feedback'))
      .addColumn('evaluation_id', 'text', (c) => c.notNull().unique().references('qa_evaluations.id'))
      .addColumn('agent_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('evaluator_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('due_day', 'text')
      .addColumn('due_at', 'text')
      .addColumn('due_problem', 'text')
      .addColumn('due_problem_year', 'integer')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('mode', 'text')
      .addColumn('notes', 'text')
      .addColumn('given_on', 'text')
      .addColumn('given_at', 'text')
      .addColumn('given_by', 'text')
      .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('acknowledged_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema
    .createIndex('qa_feedback_evaluator_idx')
    .on('qa_feedback')
    .columns(['evaluator_user_id', 'status'])
    .execute();
  await db.schema.createIndex('qa_feedback_due_idx').on('qa_feedback').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('qa_feedback_agent_idx').on('qa_feedback').column('agent_id').execute();
  await db.schema.createIndex('qa_feedback_due_problem_idx').on('qa_feedback').column('due_problem').execute();

  // One dispute per evaluation (its decision is final); the reviewer is the agent's direct
  // supervisor when it was opened.
  await stamps(
    id(db.schema.createTable('qa_disputes'))
      .addColumn('evaluation_id', 'text', (c) => c.notNull().unique().references('qa_evaluations.id'))
      .addColumn('agent_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('opened_by', 'text', (c) => c.notNull())
      .addColumn('window_ends_on', 'text', (c) => c.notNull())
      .addColumn('reviewer_employee_id', 'text')
      .addColumn('score_before', NUM, (c) => c.notNull())
      .addColumn('final_score', NUM)
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('decision_note', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('qa_disputes_agent_idx').on('qa_disputes').column('agent_id').execute();
  await db.schema
    .createIndex('qa_disputes_reviewer_idx')
    .on('qa_disputes')
    .columns(['reviewer_employee_id', 'status'])
    .execute();

  await id(db.schema.createTable('qa_dispute_items'))
    .addColumn('dispute_id', 'text', (c) => c.notNull().references('qa_disputes.id'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('item_label', 'text', (c) => c.notNull())
    .addColumn('original_value', NUM)
    .addColumn('proposed_value', NUM)
    .addColumn('agent_reason', 'text')
    .addColumn('outcome', 'text')
    .addColumn('final_value', NUM)
    .addColumn('decision_reason', 'text')
    .addUniqueConstraint('qa_dispute_items_key_uq', ['dispute_id', 'item_key'])
    .execute();

  // An agent's problem on an item, monitored until a later evaluation passes the item. At most one
  // open follow-up per agent and item (a partial unique index, on both engines).
  await stamps(
    id(db.schema.createTable('qa_followups'))
      .addColumn('agent_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('item_label', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('trainee', 'integer', (c) => c.notNull())
      .addColumn('opened_evaluation_id', 'text', (c) => c.notNull().references('qa_evaluations.id'))
      .addColumn('opened_day', 'text', (c) => c.notNull())
      .addColumn('closed_evaluation_id', 'text', (c) => c.references('qa_evaluations.id'))
      .addColumn('closed_day', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('handling', 'text')
      .addColumn('handling_note', 'text'),
  ).execute();
  await db.schema
    .createIndex('qa_followups_open_uq')
    .on('qa_followups')
    .columns(['agent_id', 'item_key'])
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('qa_followups_days_idx')
    .on('qa_followups')
    .columns(['opened_day', 'closed_day'])
    .execute();

  // The action a lead plans for a problem of a day: per item key, for a team or ('') the center.
  await stamps(
    id(db.schema.createTable('qa_summary_actions'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('qa_summary_actions_uq', ['day', 'item_key', 'team_id']),
  ).execute();

  await stamps(
    id(db.schema.createTable('qa_red_lines'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('item_keys', 'text', (c) => c.notNull())
      .addColumn('announced_on', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  // A breach is recorded when the evaluation is saved, against the list as it stood then.
  await id(db.schema.createTable('qa_red_line_breaches'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('qa_evaluations.id'))
    .addColumn('red_line_id', 'text', (c) => c.notNull().references('qa_red_lines.id'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('qa_red_line_breaches_uq', ['evaluation_id', 'red_line_id', 'item_key'])
    .execute();
  await db.schema.createIndex('qa_red_line_breaches_day_idx').on('qa_red_line_breaches').column('day').execute();

  await db.schema
    .createTable('qa_red_line_rulings')
    .addColumn('evaluation_id', 'text', (c) => c.primaryKey().references('qa_evaluations.id'))
    .addColumn('ruling', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('ruled_by', 'text', (c) => c.notNull())
    .addColumn('ruled_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
