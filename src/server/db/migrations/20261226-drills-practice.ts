import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Drills practice (issue 20 item 1–2): read-aloud recordings and their ratings.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
