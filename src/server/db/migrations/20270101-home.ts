import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The home page (issue 26): when work is done, the notices linking to it are settled by their
// link (lib/notify.ts settleNotices), for every recipient at once.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('notifications_link_idx').on('notifications').columns(['link', 'read_at']).execute();
}
