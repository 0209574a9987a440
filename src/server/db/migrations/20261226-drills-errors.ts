import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Errors drive practice (issue 20 item 3). drill_item_links: a scorecard item linked to drill
// cards, keyed by form and item key — not by form version — so a link survives a new version that
// keeps the key. drill_boosts: every card a failed item or a failed exam question sent to a
// person's practice, with the evaluation or attempt and the cause, so feedback and practice can
// say why. One row per (source, cause, card): re-scoring the same evaluation (a dispute) adds none.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('drill_item_links')
    .addColumn('form_id', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drill_item_links_pk', ['form_id', 'item_key', 'card_id'])
    .execute();
  await db.schema.createIndex('drill_item_links_card_idx').on('drill_item_links').columns(['card_id']).execute();
  await db.schema
    .createTable('drill_boosts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('cause_label', 'text', (c) => c.notNull())
    .addColumn('boosted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('drill_boosts_source_uq')
    .on('drill_boosts')
    .columns(['source_id', 'cause', 'card_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('drill_boosts_employee_idx')
    .on('drill_boosts')
    .columns(['employee_id', 'boosted_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('drill_boosts').execute();
  await db.schema.dropTable('drill_item_links').execute();
}
