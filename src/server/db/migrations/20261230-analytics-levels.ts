import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The four levels (issue 22 item 3): which exam is a program's pre-test and which its post-test.
// The training manager pairs them on the levels page; level 2 then shows each person's gain.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('analytics_level_pairs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('pre_exam_id', 'text', (c) => c.notNull())
    .addColumn('post_exam_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('analytics_level_pairs_uq')
    .on('analytics_level_pairs')
    .columns(['plan_id', 'pre_exam_id', 'post_exam_id'])
    .unique()
    .execute();
}
