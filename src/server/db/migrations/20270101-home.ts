import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The home page (issue 26).
// - When work is done, the notices linking to it are settled by their link (lib/notify.ts
//   settleNotices), for every recipient at once.
// - The QA trend panel of someone who sees the whole center sums the final scores of every
//   evaluation of the last weeks by day: read from the index alone instead of a table lookup per
//   evaluation (80,000 of them over 8 weeks at 10,000 agents).
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('notifications_link_idx').on('notifications').columns(['link', 'read_at']).execute();
  await db.schema
    .createIndex('qa_evaluations_day_score_idx')
    .on('qa_evaluations')
    .columns(['day', 'final_score'])
    .execute();
}
