import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Errors drive practice (issue 20 item 3): scorecard items linked to drill cards.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
