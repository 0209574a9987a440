import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Drills practice (issue 20 item 1–2): read-aloud recordings and their ratings. A learner records
// a read_aloud card in the browser; the file is kept under the data folder by id (like evidence
// files), the row says whose it is, which card revision it read, the learner's own rating (set
// when the review is saved: recordings.service.ts linkRecording) and a mentor's or lead's rating.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('drill_recordings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('seconds', 'integer')
    .addColumn('review_id', 'text')
    .addColumn('self_rating', 'integer')
    .addColumn('mentor_id', 'text')
    .addColumn('mentor_rating', 'integer')
    .addColumn('mentor_note', 'text')
    .addColumn('rated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('drill_recordings_employee_idx')
    .on('drill_recordings')
    .columns(['employee_id', 'created_at'])
    .execute();
  await db.schema.createIndex('drill_recordings_card_idx').on('drill_recordings').columns(['card_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('drill_recordings').execute();
}
