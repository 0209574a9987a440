import type { Kysely } from 'kysely';

// Moodle banks imported whole (issue 16 item 3). A question keeps its category path
// ($course$/业务/信用卡) in a column, so a random paper can draw from a subtree in SQL; an import
// lists what a question lost or changed on the way in (warnings); embedded files (@@PLUGINFILE@@)
// are kept once per content (by SHA-256) and shared by every version and question that uses them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('exam_questions').addColumn('category', 'text').execute();
  await db.schema.createIndex('exam_questions_category').on('exam_questions').column('category').execute();
  await db.schema
    .alterTable('exam_imports')
    .addColumn('warnings', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createTable('exam_files')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull()) // base64: one portable type on both databases
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('exam_files').execute();
  await db.schema.alterTable('exam_imports').dropColumn('warnings').execute();
  await db.schema.dropIndex('exam_questions_category').execute();
  await db.schema.alterTable('exam_questions').dropColumn('category').execute();
}
