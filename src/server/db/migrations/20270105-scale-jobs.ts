import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Issue 23 (speed and scale): background work exactly once across nodes. Every node's worker polls
// `jobs` for its kinds (claim: kind IN (…) AND state queued, or running with an expired lease,
// oldest first), and every node's scheduled tasks look up and prune their slot rows by kind and
// state; the slot rows (lib/schedule.ts) make the table grow by a row per task and interval, so
// those reads must not scan it. The older jobs_state_idx (state, created_at) stays for the
// unfiltered queue views.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex('jobs_state_kind_created_idx')
    .on('jobs')
    .columns(['state', 'kind', 'created_at'])
    .execute();
}
