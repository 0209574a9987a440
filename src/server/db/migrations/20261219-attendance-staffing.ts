import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Staffing forecasts (issue 19 item 6): the tables the staffing part needs, if any, go here.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // nothing yet
}

export async function down(_db: Kysely<any>): Promise<void> {
  // nothing yet
}
