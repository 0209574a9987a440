import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Quality calibration and evaluator oversight (SPEC §8, issue 7 items 8–9): calibration sessions
// where several evaluators score the same interactions blind against a facilitator's consensus,
// and the evaluators' own record (onboarding status, pause, co-scoring, quarterly reviews).
// Evaluation ids are plain text here: qa_evaluations belongs to the forms & evaluations step.
const NUM = 'double precision';

type T = CreateTableBuilder<string, never>;
const stamps = (t: T) =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await stamps(
    id(db.schema.createTable('qa_calibration_sessions'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('form_id', 'text', (c) => c.notNull())
      .addColumn('form_version_id', 'text', (c) => c.notNull())
      .addColumn('facilitator_user_id', 'text', (c) => c.notNull().references('users.id'))
      // JSON [{ id, day, startedAt, direction, channel, businessType, talkSeconds, recordingUrl,
      // transcriptUrl }] in the order shown: what the facilitator saw when picking them, so the
      // evaluators can play them without being given sight of the agent's other records.
      .addColumn('interactions', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull()) // center-local date the session is held
      .addColumn('status', 'text', (c) => c.notNull()) // open | closed
      .addColumn('notes', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('qa_calibration_sessions_day_idx').on('qa_calibration_sessions').column('day').execute();

  await db.schema
    .createTable('qa_calibration_participants')
    .addColumn('session_id', 'text', (c) => c.notNull().references('qa_calibration_sessions.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('qa_calibration_participants_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('qa_calibration_participants_user_idx')
    .on('qa_calibration_participants')
    .column('user_id')
    .execute();

  // One row per evaluator per interaction; the consensus is kept apart (qa_calibration_consensus)
  // so a facilitator who also scores keeps both.
  await stamps(
    id(db.schema.createTable('qa_calibration_scores'))
      .addColumn('session_id', 'text', (c) => c.notNull().references('qa_calibration_sessions.id'))
      .addColumn('interaction_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('items', 'text', (c) => c.notNull())
      .addColumn('score', NUM, (c) => c.notNull())
      .addColumn('critical_failure', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('qa_calibration_scores_one', ['session_id', 'interaction_id', 'user_id']),
  ).execute();

  await stamps(
    db.schema
      .createTable('qa_calibration_consensus')
      .addColumn('session_id', 'text', (c) => c.notNull().references('qa_calibration_sessions.id'))
      .addColumn('interaction_id', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('items', 'text', (c) => c.notNull())
      .addColumn('score', NUM, (c) => c.notNull())
      .addColumn('critical_failure', 'text', (c) => c.notNull())
      .addColumn('set_by', 'text', (c) => c.notNull().references('users.id'))
      .addPrimaryKeyConstraint('qa_calibration_consensus_pk', ['session_id', 'interaction_id']),
  ).execute();

  // An evaluator the lead registered. No row = an evaluator from before oversight existed,
  // treated as certified (see oversight.service.ts).
  await stamps(
    db.schema
      .createTable('qa_evaluator_status')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
      .addColumn('stage', 'text', (c) => c.notNull()) // training | co_scoring | certified
      .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('paused_reason', 'text')
      .addColumn('paused_at', 'text')
      .addColumn('test_score', NUM)
      .addColumn('test_pass_mark', NUM)
      .addColumn('test_exam_id', 'text') // an exams-module exam whose released result was used
      .addColumn('test_recorded_at', 'text')
      .addColumn('mentor_user_id', 'text', (c) => c.references('users.id')) // the experienced co-scorer
      .addColumn('certified_at', 'text')
      .addColumn('registered_by', 'text', (c) => c.references('users.id'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  // A new evaluator's co-score of an evaluation an experienced evaluator made: the same form
  // version scored again, and the deviation in points.
  await db.schema
    .createTable('qa_evaluator_coscores')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('reference_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('score', NUM, (c) => c.notNull())
    .addColumn('reference_score', NUM, (c) => c.notNull())
    .addColumn('deviation', NUM, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('qa_evaluator_coscores_one', ['user_id', 'evaluation_id'])
    .execute();

  await stamps(
    id(db.schema.createTable('qa_evaluator_reviews'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('quarter', 'text', (c) => c.notNull()) // 2026Q4
      .addColumn('reviewer_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('result', 'text', (c) => c.notNull()) // pass | retrain | move
      .addColumn('notes', 'text')
      .addColumn('figures', 'text', (c) => c.notNull()) // JSON: the oversight figures the review saw
      .addUniqueConstraint('qa_evaluator_reviews_one', ['user_id', 'quarter']),
  ).execute();
}
