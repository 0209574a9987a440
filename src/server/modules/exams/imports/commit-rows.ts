import { QuestionInput } from '../../../../common/exams-questions.js';
import type { BulkValue } from '../../../db/portable.js';
import { newId } from '../../../lib/ids.js';
import { toContent } from '../grading/grading.score.js';

// The rows of a previewed bank, made on a worker thread (issue 16): reading 60 MB of stored
// preview, checking 100,000 questions again and serializing their bodies took seconds of the
// request thread. A plain function of its arguments — the time is passed in — yielding parts
// small enough that handing one over to the writer never stalls anyone.

/** Column order of the rows below; commit-bank.ts names the tables with the same lists. */
export const QUESTION_COLUMNS = [
  'id',
  'type',
  'title',
  'stem',
  'body',
  'points',
  'difficulty',
  'course',
  'knowledge_point',
  'tags',
  'category',
  'current_version_id',
  'version',
  'archived',
  'created_by',
  'created_at',
  'updated_at',
] as const;
export const VERSION_COLUMNS = ['id', 'question_id', 'version', 'body', 'reason', 'created_by', 'created_at'] as const;

export interface BankPart {
  questions: BulkValue[][];
  versions: BulkValue[][];
}

/** First `{ total }` (the number of questions, for the progress bar), then the parts. */
export async function* bankRows(questionsJson: string, by: string | null, at: string, partSize: number) {
  const list = JSON.parse(questionsJson) as unknown[];
  yield { total: list.length };
  let part: BankPart = { questions: [], versions: [] };
  for (const q of list) {
    const c = toContent(QuestionInput.parse(q));
    const id = newId();
    const versionId = newId();
    const body = JSON.stringify(c);
    part.questions.push([
      id,
      c.type,
      c.title,
      c.stem,
      body,
      c.points,
      c.difficulty,
      c.course,
      c.knowledgePoint,
      JSON.stringify(c.tags),
      c.category ?? null,
      versionId,
      1,
      0,
      by,
      at,
      at,
    ]);
    part.versions.push([versionId, id, 1, body, null, by, at]);
    if (part.questions.length >= partSize) {
      yield part;
      part = { questions: [], versions: [] };
    }
  }
  if (part.questions.length) yield part;
}

/** bankRows of a preview stored in a SQLite file, read through a connection of the worker's own. */
export async function* bankRowsFromFile(
  file: string,
  importId: string,
  by: string | null,
  at: string,
  partSize: number,
) {
  const { default: SQLite } = await import('better-sqlite3');
  const conn = new SQLite(file, { readonly: true });
  let text: string;
  try {
    const row = conn.prepare('SELECT questions FROM exam_imports WHERE id = ?').get(importId) as { questions: string };
    text = row.questions;
  } finally {
    conn.close();
  }
  yield* bankRows(text, by, at, partSize);
}
