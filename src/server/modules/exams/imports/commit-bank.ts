import type { Db, DbHandle } from '../../../db/connect.js';
import { BulkConflictError, openBulkWriter, type BulkTable, type BulkValue } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { streamFromWorker } from '../../../lib/worker-parse.js';
import { QUESTION_COLUMNS, VERSION_COLUMNS, type BankPart } from './commit-rows.js';
import { importHeadById, importQuestionsText } from './imports.repo.js';

// Committing a previewed bank (issue 16), all or nothing, without holding the connection every
// other request reads through: the rows are made on a worker thread (commit-rows.ts) and written
// by the bulk writer — on SQLite a second connection on its own thread, one transaction, readers
// on the app's connection go on under WAL; on PostgreSQL a pooled client. See
// docs/decisions/0007-bulk-writes-off-the-request-connection.md.

const ROWS = new URL('./commit-rows.js', import.meta.url);
/** Questions per part handed to the writer: a part costs the request thread a few ms to pass on. */
const PART = 500;

const table = (name: string, columns: readonly string[]): BulkTable => ({
  table: name,
  columns: columns.map((c) => [c, 'text'] as const),
});
const QUESTIONS = table('exam_questions', QUESTION_COLUMNS);
const VERSIONS = table('exam_question_versions', VERSION_COLUMNS);
const AUDIT = table('audit_log', [
  'id',
  'at',
  'actor_user_id',
  'actor_name',
  'action',
  'entity',
  'entity_id',
  'old_value',
  'new_value',
  'reason',
]);

/** Commits under way in this process: questions written so far (not yet committed) of how many. */
const running = new Map<string, { written: number; total: number }>();

/** Where the commit of an import stands, for its progress bar. */
export async function commitProgress(db: Db, actor: Actor, id: string) {
  const head = await importHead(db, actor, id);
  const r = running.get(id);
  if (r) return { state: 'committing' as const, ...r };
  return { state: head.status === 'committed' ? ('committed' as const) : ('idle' as const), written: 0, total: 0 };
}

async function importHead(db: Db, actor: Actor, id: string) {
  const head = await importHeadById(db, id);
  if (
    !head ||
    (head.created_by !== actor.userId && !actor.roles.some((r) => r === 'admin' || r === 'training_manager'))
  )
    throw notFound('Import');
  return head;
}

/** For tests: runs after each part is written, while the transaction is open. */
export const commitHooks: { afterPart?: (n: number) => Promise<void> } = {};

export async function commitBank(handle: DbHandle, actor: Actor, id: string) {
  const { db } = handle;
  // The questions' text (tens of MB for a big bank) is read only once the rest says it is wanted.
  const head = await importHead(db, actor, id);
  if (head.status !== 'previewed') throw conflict('IMPORT_DONE', `This import is already ${head.status}`);
  const errors = (JSON.parse(head.errors) as unknown[]).length;
  if (errors)
    throw ruleBroken(
      'IMPORT_HAS_ERRORS',
      `Fix the ${errors} error(s) in the file and upload it again; nothing was created`,
    );
  const at = nowIso();
  // On SQLite the worker reads the stored questions (tens of MB) through a connection of its own:
  // reading them here — even their length — stalled every request for a second.
  const text = handle.dialect === 'sqlite' ? null : await importQuestionsText(db, id);
  const source =
    text === null ? { fn: 'bankRowsFromFile', args: [handle.where, id] } : { fn: 'bankRows', args: [text] };
  const parts = streamFromWorker<BankPart | { total: number }>({
    module: ROWS,
    fn: source.fn,
    args: [...source.args, actor.userId, at, PART],
    bytes: text?.length, // unknown on SQLite: a worker reads it
  });
  const writer = await openBulkWriter(handle);
  const ids: string[] = [];
  // The claim goes in the first part: a second commit of the same preview changes nothing there
  // and undoes itself.
  const claim = {
    sql: `UPDATE exam_imports SET status = 'committed', committed_at = ? WHERE id = ? AND status = 'previewed'`,
    params: [at, id],
    expectChanges: 1,
  };
  try {
    let n = 0;
    for await (const part of parts) {
      if ('total' in part) {
        if (!part.total) throw ruleBroken('IMPORT_EMPTY', 'The file has no question that can be imported');
        running.set(id, { written: 0, total: part.total });
        continue;
      }
      const r = await writer.batch({
        insertNew: { into: QUESTIONS, rows: part.questions, ownerColumn: 'created_by' },
        insert: [{ into: VERSIONS, rows: part.versions }],
        run: n === 0 ? [claim] : [],
        commit: false,
      });
      if (r.inserted !== part.questions.length) throw new Error('a new question id was stored already');
      for (const q of part.questions) ids.push(q[0] as string);
      running.get(id)!.written = ids.length;
      n += 1; // not inside the call below: `?.` would skip it when no hook is set
      await commitHooks.afterPart?.(n);
    }
    const newValue = {
      fileName: head.file_name,
      format: head.format,
      created: ids.length,
      skipped: (JSON.parse(head.skipped) as unknown[]).length,
    };
    const audit: BulkValue[] = [
      newId(),
      at,
      actor.userId,
      actor.name,
      'import',
      'exam_import',
      id,
      null,
      JSON.stringify(newValue),
      null,
    ];
    await writer.batch({
      insertNew: { into: QUESTIONS, rows: [], ownerColumn: 'created_by' },
      insert: [{ into: AUDIT, rows: [audit] }],
      run: n === 0 ? [claim] : [],
    });
  } catch (err) {
    if (err instanceof BulkConflictError) throw conflict('IMPORT_DONE', 'This import was committed meanwhile');
    throw err;
  } finally {
    running.delete(id);
    await parts.return(undefined);
    await writer.close();
  }
  return { created: ids.length, questionIds: ids };
}
