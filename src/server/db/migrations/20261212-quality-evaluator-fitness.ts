import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Evaluator fitness (issue 17 item 3, SPEC §8 "an evaluator whose scores are generally too high or
// too low is stopped, retrained and recalibrated"). A flag is raised when an evaluator's mean
// deviation from calibration consensus passes quality.fitness.maxDeviation; a QA lead may suspend
// on it (scoring refused, the evaluations of the flagged window marked) and later reinstate after
// a passed recalibration. A mark keeps one evaluation out of appraisal inputs until a QA lead
// confirms it or scores it again. Evaluation ids are plain text, as in the calibration step.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('qa_evaluator_fitness_flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('state', 'text', (c) => c.notNull()) // open | suspended | reinstated | dismissed
    .addColumn('mean_deviation', 'double precision', (c) => c.notNull())
    .addColumn('calibrations', 'integer', (c) => c.notNull())
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('window_to', 'text', (c) => c.notNull())
    .addColumn('suspended_at', 'text')
    .addColumn('suspended_by', 'text', (c) => c.references('users.id'))
    .addColumn('suspend_reason', 'text')
    .addColumn('marked_from', 'text') // the days whose evaluations were marked at suspension
    .addColumn('marked_to', 'text')
    .addColumn('reinstated_at', 'text')
    .addColumn('reinstated_by', 'text', (c) => c.references('users.id'))
    .addColumn('reinstate_reason', 'text')
    .addColumn('recalibration_session_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('qa_evaluator_fitness_flags_user_idx')
    .on('qa_evaluator_fitness_flags')
    .columns(['user_id', 'state'])
    .execute();

  await db.schema
    .createTable('qa_evaluation_fitness_marks')
    .addColumn('evaluation_id', 'text', (c) => c.primaryKey())
    .addColumn('flag_id', 'text', (c) => c.notNull().references('qa_evaluator_fitness_flags.id'))
    .addColumn('state', 'text', (c) => c.notNull()) // flagged | confirmed | rescored
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('qa_evaluation_fitness_marks_flag_idx')
    .on('qa_evaluation_fitness_marks')
    .columns(['flag_id', 'state'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('qa_evaluation_fitness_marks').execute();
  await db.schema.dropTable('qa_evaluator_fitness_flags').execute();
}
