import type { Db } from '../../../db/connect.js';
import type { QuestionContent } from '../grading/grading.score.js';
import * as qrepo from '../questions/questions.repo.js';

// Question versions never change once written, so their parsed content can be kept in memory:
// a save or a grading pass reads it without a query.
const cache = new Map<string, QuestionContent>();
const MAX = 20_000;

export async function contentsOf(db: Db, versionIds: string[]): Promise<Map<string, QuestionContent>> {
  const out = new Map<string, QuestionContent>();
  const missing: string[] = [];
  for (const id of new Set(versionIds)) {
    const hit = cache.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  for (const v of await qrepo.findVersions(db, missing)) {
    const c = JSON.parse(v.body) as QuestionContent;
    if (cache.size >= MAX) cache.clear();
    cache.set(v.id, c);
    out.set(v.id, c);
  }
  return out;
}

export async function contentOf(db: Db, versionId: string) {
  return (await contentsOf(db, [versionId])).get(versionId)!;
}
