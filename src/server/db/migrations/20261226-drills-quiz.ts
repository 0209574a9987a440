import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The daily quiz (issue 20 item 4): each person's quiz of the day and its score. One quiz per
// person per center day (a unique key, so two taps on "start" give one quiz); its questions are
// cards drawn when it starts, each answered once through practice's recordReview.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('drill_quizzes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('drill_quizzes_employee_day_uq')
    .on('drill_quizzes')
    .columns(['employee_id', 'day'])
    .unique()
    .execute();
  await db.schema.createIndex('drill_quizzes_day_idx').on('drill_quizzes').columns(['day']).execute();
  await db.schema
    .createTable('drill_quiz_items')
    .addColumn('quiz_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('review_id', 'text')
    .addColumn('rating', 'integer')
    .addColumn('correct', 'integer')
    .addColumn('answered_at', 'text')
    .addPrimaryKeyConstraint('drill_quiz_items_pk', ['quiz_id', 'position'])
    .execute();
  await db.schema
    .createIndex('drill_quiz_items_card_uq')
    .on('drill_quiz_items')
    .columns(['quiz_id', 'card_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('drill_quiz_items').execute();
  await db.schema.dropTable('drill_quizzes').execute();
}
