import { sql } from 'kysely';
import type { Db } from '../../db/connect.js';
import { SHIPPED_MIGRATIONS } from '../../db/migrate.js';
import { appliedMigrations } from './ops.repo.js';

// Ready = this node can serve: the database answers and has every schema step this code ships.
// A node started against a database another (newer or older) release migrated, or one whose
// database is down, answers 503 so the load balancer sends traffic elsewhere.

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; problem: 'DATABASE_UNAVAILABLE' | 'MIGRATIONS_PENDING'; detail: string };

export async function readiness(db: Db): Promise<Readiness> {
  let applied: string[];
  try {
    await sql`select 1`.execute(db);
    applied = await appliedMigrations(db);
  } catch (err) {
    // The driver's message says what failed (refused, no such table) without secrets.
    return { ready: false, problem: 'DATABASE_UNAVAILABLE', detail: (err as Error).message.slice(0, 200) };
  }
  const done = new Set(applied);
  const pending = SHIPPED_MIGRATIONS.filter((n) => !done.has(n));
  if (pending.length) return { ready: false, problem: 'MIGRATIONS_PENDING', detail: `pending: ${pending.join(', ')}` };
  return { ready: true, migrations: applied.length };
}
