import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The reserve competition's panel (issue 21 item 1): the score sheet of a round, its panel and
// peer scorers, and each scorer's score per candidate and sheet item. A round without a setup row
// scores on the default sheet (common/careers-panel.ts DEFAULT_SHEET).
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('career_panel_setups')
    .addColumn('round_id', 'text', (c) => c.primaryKey())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('career_panel_scorers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_panel_scorers_round_employee_uq')
    .on('career_panel_scorers')
    .columns(['round_id', 'employee_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('career_panel_scorers_employee_idx')
    .on('career_panel_scorers')
    .columns(['employee_id'])
    .execute();
  await db.schema
    .createTable('career_panel_scores')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('nomination_id', 'text', (c) => c.notNull())
    .addColumn('scorer_id', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_panel_scores_sheet_item_uq')
    .on('career_panel_scores')
    .columns(['nomination_id', 'scorer_id', 'item_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('career_panel_scores_round_idx')
    .on('career_panel_scores')
    .columns(['round_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['career_panel_scores', 'career_panel_scorers', 'career_panel_setups'])
    await db.schema.dropTable(t).execute();
}
