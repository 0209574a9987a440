import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Team-lead routines (issue 21 item 2): the checklists a center edits (daily, weekly, monthly, half-yearly, yearly duties) and each lead's ticks with a note or a linked record.
export async function up(_db: Kysely<any>, _dialect: DialectName): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
