import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The mentor pool (SPEC §7, issue 20 item 6): candidates, selection, required mentor training.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
