import type { Kysely } from 'kysely';

// The values a rejected row's reason names (the field, the value found, the earlier line …) as
// JSON, so the web can say the reason in the reader's language; `message` stays the English text
// of the API and the .xlsx report. Rows rejected before this step have none (the web shows their message).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interaction_import_rejects').addColumn('params', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interaction_import_rejects').dropColumn('params').execute();
}
