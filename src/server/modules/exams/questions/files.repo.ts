import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';

// Files embedded in questions, kept once per content (SHA-256): a re-import stores nothing new.
export async function storeFiles(db: Db, files: { hash: string; mime: string; size: number; data: string }[]) {
  for (const f of files) {
    await db
      .insertInto('exam_files')
      .values({ ...f, created_at: nowIso() })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
  }
}

export const findFile = (db: Db, hash: string) =>
  db.selectFrom('exam_files').selectAll().where('hash', '=', hash).executeTakeFirst();

export const findFiles = (db: Db, hashes: string[]) =>
  hashes.length
    ? db.selectFrom('exam_files').select(['hash', 'data']).where('hash', 'in', hashes).execute()
    : Promise.resolve([]);
