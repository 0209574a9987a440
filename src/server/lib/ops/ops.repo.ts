import { sql } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { QueueDepth } from './metrics.js';

// The few reads behind readiness and metrics. Both run on every probe or scrape, so they stay
// small: the migration table has one row a step, and only live jobs are counted.

/** Names of the schema steps applied to this database (Kysely's bookkeeping table). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return rows.map((r) => r.name);
}

/** Jobs waiting or running, by kind and state; done and failed jobs are history, not depth. */
export async function jobQueueDepth(db: Db): Promise<QueueDepth> {
  const rows = await db
    .selectFrom('jobs')
    .select(['kind', 'state', (eb) => eb.fn.countAll<number>().as('count')])
    .where('state', 'in', ['queued', 'running'])
    .groupBy(['kind', 'state'])
    .orderBy('kind')
    .orderBy('state')
    .execute();
  return rows.map((r) => ({ kind: r.kind, state: r.state, count: Number(r.count) }));
}

/** Does this database hold a Seatwise schema (so a restore would replace data)? */
export async function hasSchema(db: Db): Promise<boolean> {
  try {
    await sql`select count(*) from kysely_migration`.execute(db);
    return true;
  } catch {
    return false; // no bookkeeping table: an empty database
  }
}
