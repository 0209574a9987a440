import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Issue 23 (speed and scale): interactions list at 1M rows (keyset pagination, indexes). Filled in by the work that needs it.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}
