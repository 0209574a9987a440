import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Assessments (SPEC §4, issue 4): question bank with immutable versions, imports, papers, exams,
// attempts with frozen items, practical and daily-performance scores, follow-ups after a fail.
// Scores are double precision on both engines (SQLite gives the name REAL affinity).
const NUM = 'double precision';

type T = CreateTableBuilder<string, never>;
const stamps = (t: T) =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await stamps(
    db.schema
      .createTable('exam_questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('stem', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('points', NUM, (c) => c.notNull())
      .addColumn('difficulty', 'text', (c) => c.notNull())
      .addColumn('course', 'text')
      .addColumn('knowledge_point', 'text')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('current_version_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text'),
  ).execute();
  await db.schema
    .createIndex('exam_questions_pick_idx')
    .on('exam_questions')
    .columns(['archived', 'type', 'difficulty'])
    .execute();

  await db.schema
    .createTable('exam_question_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('exam_questions.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('exam_question_versions_uq', ['question_id', 'version'])
    .execute();

  await db.schema
    .createTable('exam_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('skipped', 'text', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')
    .execute();

  await stamps(
    db.schema
      .createTable('exam_papers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('items', 'text', (c) => c.notNull())
      .addColumn('rules', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await stamps(
    db.schema
      .createTable('exams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('paper_id', 'text', (c) => c.references('exam_papers.id'))
      .addColumn('opens_at', 'text', (c) => c.notNull())
      .addColumn('closes_at', 'text', (c) => c.notNull())
      .addColumn('time_limit_minutes', 'integer')
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('pass_mark', NUM, (c) => c.notNull())
      .addColumn('shuffle_questions', 'integer', (c) => c.notNull())
      .addColumn('shuffle_options', 'integer', (c) => c.notNull())
      .addColumn('weights', 'text')
      .addColumn('course', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('results_released_at', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await db.schema
    .createTable('exam_examinees')
    .addColumn('exam_id', 'text', (c) => c.notNull().references('exams.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exam_examinees_pk', ['exam_id', 'employee_id'])
    .execute();
  await db.schema.createIndex('exam_examinees_emp_idx').on('exam_examinees').column('employee_id').execute();

  await db.schema
    .createTable('exam_graders')
    .addColumn('exam_id', 'text', (c) => c.notNull().references('exams.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('exam_graders_pk', ['exam_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('exam_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exam_id', 'text', (c) => c.notNull().references('exams.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('attempt_no', 'integer', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('anon_code', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('deadline_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('auto_submitted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('raw_score', NUM)
    .addColumn('max_score', NUM, (c) => c.notNull())
    .addColumn('score', NUM)
    .addColumn('passed', 'integer')
    .addColumn('pending_manual', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('graded_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('exam_attempts_no_uq', ['exam_id', 'employee_id', 'attempt_no'])
    .execute();
  await db.schema.createIndex('exam_attempts_due_idx').on('exam_attempts').columns(['status', 'deadline_at']).execute();
  await db.schema
    .createIndex('exam_attempts_emp_idx')
    .on('exam_attempts')
    .columns(['employee_id', 'exam_id'])
    .execute();

  await db.schema
    .createTable('exam_attempt_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('exam_attempts.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull().references('exam_questions.id'))
    .addColumn('question_version_id', 'text', (c) => c.notNull().references('exam_question_versions.id'))
    .addColumn('points', NUM, (c) => c.notNull())
    .addColumn('option_order', 'text', (c) => c.notNull())
    .addColumn('manual', 'integer', (c) => c.notNull())
    .addColumn('sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answer', 'text')
    .addColumn('answer_seq', 'bigint')
    .addColumn('answered_at', 'text')
    .addColumn('score', NUM)
    .addColumn('comment', 'text')
    .addColumn('graded_by', 'text')
    .addColumn('graded_at', 'text')
    .addUniqueConstraint('exam_attempt_items_uq', ['attempt_id', 'question_id'])
    .execute();
  await db.schema.createIndex('exam_attempt_items_q_idx').on('exam_attempt_items').column('question_id').execute();

  await stamps(
    db.schema
      .createTable('exam_practical_scores')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('exam_id', 'text', (c) => c.notNull().references('exams.id'))
      .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('scenario', 'text', (c) => c.notNull())
      .addColumn('scores', 'text', (c) => c.notNull())
      .addColumn('weights', 'text', (c) => c.notNull())
      .addColumn('total', NUM, (c) => c.notNull())
      .addColumn('pass_mark', NUM, (c) => c.notNull())
      .addColumn('passed', 'integer', (c) => c.notNull())
      .addColumn('comments', 'text')
      .addColumn('scored_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema
    .createIndex('exam_practical_emp_idx')
    .on('exam_practical_scores')
    .columns(['employee_id', 'exam_id'])
    .execute();

  await stamps(
    db.schema
      .createTable('exam_daily_scores')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('topic_key', 'text', (c) => c.notNull())
      .addColumn('topic', 'text')
      .addColumn('attendance', NUM, (c) => c.notNull())
      .addColumn('attendance_source', 'text', (c) => c.notNull())
      .addColumn('attitude', NUM, (c) => c.notNull())
      .addColumn('teamwork', NUM, (c) => c.notNull())
      .addColumn('total', NUM, (c) => c.notNull())
      .addColumn('pass_mark', NUM, (c) => c.notNull())
      .addColumn('passed', 'integer', (c) => c.notNull())
      .addColumn('comments', 'text')
      .addColumn('scored_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('exam_daily_scores_uq', ['employee_id', 'period_start', 'kind', 'topic_key']),
  ).execute();

  await stamps(
    db.schema
      .createTable('exam_followups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('source_kind', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('source_title', 'text', (c) => c.notNull())
      .addColumn('score', NUM, (c) => c.notNull())
      .addColumn('pass_mark', NUM, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('talk_at', 'text')
      .addColumn('talk_notes', 'text')
      .addColumn('feedback', 'text')
      .addColumn('talk_by', 'text')
      .addColumn('plan', 'text')
      .addColumn('plan_due_date', 'text')
      .addColumn('plan_by', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('exam_followups_source_uq', ['source_kind', 'source_id']),
  ).execute();
  await db.schema
    .createIndex('exam_followups_emp_idx')
    .on('exam_followups')
    .columns(['employee_id', 'status'])
    .execute();
}
