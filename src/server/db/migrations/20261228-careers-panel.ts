import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The reserve competition's panel (issue 21 item 1): the score sheet of a round, its panel and peer scorers, and each scorer's score per candidate and sheet item.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
