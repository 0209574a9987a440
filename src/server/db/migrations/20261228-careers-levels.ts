import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Trainer levels (issue 21 item 3): the grades, their promotion standards, and each trainer's level with the training manager's confirmations.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
