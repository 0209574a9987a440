import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Pre-regular QA error handling and the red-line list with breaches and the review board (SPEC §7, issue 20 item 6).
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
