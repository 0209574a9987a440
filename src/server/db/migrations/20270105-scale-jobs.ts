import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Issue 23 (speed and scale): background work exactly once across nodes. Filled in by the work that needs it.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}
