import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Early warnings (issue 22 item 5): owned by the warnings part; see modules/analytics/index.ts.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}
