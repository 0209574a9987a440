import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// A daily evaluation's follow-up was titled in Chinese on the server ("日常表现 2026-11-16 topic"),
// so English readers saw Chinese. The title now holds only the period and topic (data); the web
// names the kind in the reader's language. Rows written before lose the Chinese prefix here.
const PREFIX = '日常表现 ';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // substr counts characters on both SQLite and PostgreSQL, from 1.
  await sql`UPDATE exam_followups SET source_title = substr(source_title, ${PREFIX.length + 1})
    WHERE source_kind = 'daily' AND substr(source_title, 1, ${PREFIX.length}) = ${PREFIX}`.execute(db);
}
