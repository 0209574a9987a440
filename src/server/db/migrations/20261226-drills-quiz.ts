import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The daily quiz (issue 20 item 4): each person's quiz of the day and its score.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
