import type { Kysely } from 'kysely';
import { clusteredByKey, type DialectName } from '../portable.js';

// Drills (背诵演练, SPEC §5, issue 20): decks of cards, each card's revisions, each person's FSRS
// state per card, every review, and each person's practice per day (minutes, streak). The parts'
// own tables (recordings, scorecard links, quizzes) are in the migrations 20261226-drills-*.ts.
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('drill_decks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('drill_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deck_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('choices', 'text')
    .addColumn('knowledge_point', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('drill_cards_deck_id_idx').on('drill_cards').columns(['deck_id', 'position']).execute();
  await db.schema
    .createIndex('drill_cards_knowledge_point_idx')
    .on('drill_cards')
    .columns(['knowledge_point'])
    .execute();
  await db.schema
    .createTable('drill_card_revisions')
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('choices', 'text')
    .addColumn('note', 'text')
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drill_card_revisions_pk', ['card_id', 'revision'])
    .execute();
  await db.schema
    .createTable('drill_states')
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('deck_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('stability', 'double precision', (c) => c.notNull())
    .addColumn('difficulty', 'double precision', (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('learning_steps', 'integer', (c) => c.notNull())
    .addColumn('reps', 'integer', (c) => c.notNull())
    .addColumn('lapses', 'integer', (c) => c.notNull())
    .addColumn('state', 'integer', (c) => c.notNull())
    .addColumn('last_review', 'text')
    .addColumn('boost_reason', 'text')
    .addColumn('boost_ref', 'text')
    .addColumn('boosted_at', 'text')
    .addPrimaryKeyConstraint('drill_states_pk', ['employee_id', 'card_id'])
    .$call(clusteredByKey(dialect))
    .execute();
  await db.schema.createIndex('drill_states_due_idx').on('drill_states').columns(['employee_id', 'due']).execute();
  await db.schema.createIndex('drill_states_card_id_idx').on('drill_states').columns(['card_id']).execute();
  await db.schema
    .createTable('drill_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('deck_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('similarity', 'double precision')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('state_before', 'integer', (c) => c.notNull())
    .addColumn('due_after', 'text', (c) => c.notNull())
    .addColumn('stability_after', 'double precision', (c) => c.notNull())
    .addColumn('quiz_id', 'text')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('drill_reviews_employee_day_idx')
    .on('drill_reviews')
    .columns(['employee_id', 'day'])
    .execute();
  await db.schema.createIndex('drill_reviews_card_day_idx').on('drill_reviews').columns(['card_id', 'day']).execute();
  await db.schema
    .createTable('drill_days')
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('seconds', 'integer', (c) => c.notNull())
    .addColumn('reviews', 'integer', (c) => c.notNull())
    .addColumn('lapses', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('drill_days_pk', ['employee_id', 'day'])
    .$call(clusteredByKey(dialect))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['drill_days', 'drill_reviews', 'drill_states', 'drill_card_revisions', 'drill_cards', 'drill_decks'])
    await db.schema.dropTable(t).execute();
}
