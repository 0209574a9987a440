import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Issue 23 (speed and scale): the interactions list at 1M rows reads one page by keyset
// (newest first: started_at desc, id desc) instead of OFFSET + COUNT. Two indexes serve it:
// - (agent_id, started_at, id): one agent's page is a single index range from the cursor on;
// - (started_at, id, agent_id): a team's or department's page walks time backwards and keeps
//   its members' rows, so a page costs about pageSize ÷ (the set's share of the calls) index
//   entries, never a sort of the whole range (a 500-agent team at 1M rows sorted 1M rows).
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex('interactions_agent_started_idx')
    .on('interactions')
    .columns(['agent_id', 'started_at', 'id'])
    .execute();
  // agent_id last: membership is tested on the index entry, the row is read only for a member.
  await db.schema
    .createIndex('interactions_started_idx')
    .on('interactions')
    .columns(['started_at', 'id', 'agent_id'])
    .execute();
}
