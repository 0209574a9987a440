import type { Db, DbHandle } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { badRequest, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { guardXlsxUpload } from '../../../lib/upload-guard.js';
import { nowIso } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { runInWorker } from '../../../lib/worker-parse.js';
import type { DialectName } from '../../../db/portable.js';
import { findFiles, storeFiles } from '../questions/files.repo.js';
import { exportGift } from './export-gift.js';
import { exportMoodleXml } from './export-moodle.js';
import type { checkQuestionFileAsJson, Format } from './parse-file.js';
import { listQuestions } from '../questions/questions.service.js';
import { commitBank } from './commit-bank.js';
import { previewText, type PreviewRow } from './store-preview.js';
import { writeGate } from '../../../db/sqlite-gate.js';
import { importRowById, insertImport } from './imports.repo.js';
export { commitProgress } from './commit-bank.js';

// Importing questions: parse → preview (stored, nothing created) → commit (all or nothing,
// commit-bank.ts).
// Each question is checked by the same rules as one typed in; unsupported types are listed.
// The file is read and checked on a worker thread (parse-file.ts), so a big bank stalls nobody.
const FILE_CHECKER = new URL('./parse-file.js', import.meta.url);
const PREVIEW_STORE = new URL('./store-preview.js', import.meta.url);
type CheckedJson = Awaited<ReturnType<typeof checkQuestionFileAsJson>>;

export function detectFormat(fileName: string, given?: string): Format {
  if (given === 'xlsx' || given === 'gift' || given === 'moodle_xml') return given;
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'xml') return 'moodle_xml';
  if (ext === 'gift' || ext === 'txt') return 'gift';
  throw badRequest('UNKNOWN_FORMAT', 'Send a .xlsx (template), .xml (Moodle XML) or .gift/.txt (GIFT) file', 'file');
}

/** Parses and checks the file, stores the preview and answers it as the API's JSON text. */
export async function preview(
  handle: DbHandle,
  actor: Actor,
  fileName: string,
  formatHint: string | undefined,
  buf: Buffer,
) {
  const { db } = handle;
  const format = detectFormat(fileName, formatHint);
  await guardXlsxUpload(db, buf); // a zip bomb is refused before exceljs opens it
  const maxBytes = (await getSetting(db, 'exams.embeddedFileMaxKb')) * 1024;
  const { questions, skipped, errors, warnings, files } = await runInWorker<CheckedJson>({
    module: FILE_CHECKER,
    fn: 'checkQuestionFileAsJson',
    args: [format, buf, maxBytes],
    bytes: buf.length,
  });
  await storeFiles(db, files);
  const row: PreviewRow = {
    id: newId(),
    created_by: actor.userId,
    format,
    file_name: fileName.slice(0, 200),
    status: 'previewed',
    questions,
    skipped,
    errors,
    warnings,
    created_at: nowIso(),
    committed_at: null,
  };
  // Answered from what is in hand: reading tens of MB back would stall everyone once more.
  if (handle.dialect === 'postgres') {
    await insertImport(db, row);
    return previewText(row);
  }
  // SQLite: the app's writes wait (without blocking) while the worker's connection writes.
  const gate = writeGate(handle.where);
  gate.hold();
  try {
    const bytes = await runInWorker<Uint8Array>({
      module: PREVIEW_STORE,
      fn: 'storePreviewSqlite',
      args: [handle.where, row],
      bytes: questions.length,
    });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // a Buffer crosses as a Uint8Array
  } finally {
    gate.release();
  }
}

async function importRow(db: Db, actor: Actor, id: string) {
  const row = await importRowById(db, id);
  if (!row || (row.created_by !== actor.userId && !actor.roles.some((r) => r === 'admin' || r === 'training_manager')))
    throw notFound('Import');
  return row;
}

/** The preview as the API's JSON text, its lists spliced in as stored: a bank of 100,000
 *  questions is never parsed, checked and serialized again on the request thread. */
export async function importJson(db: Db, actor: Actor, id: string): Promise<string> {
  return previewText(await importRow(db, actor, id));
}

export async function getImport(db: Db, actor: Actor, id: string) {
  const row = await importRow(db, actor, id);
  return {
    id: row.id,
    format: row.format as Format,
    fileName: row.file_name,
    status: row.status as 'previewed',
    questions: JSON.parse(row.questions),
    skipped: JSON.parse(row.skipped),
    errors: JSON.parse(row.errors),
    warnings: JSON.parse(row.warnings),
    createdAt: row.created_at,
    committedAt: row.committed_at,
  };
}

/** Creates every previewed question, all or nothing, off the connection others read through. */
export const commit = (handle: DbHandle, actor: Actor, id: string) => commitBank(handle, actor, id);

/** The live bank as Moodle XML or GIFT, with what the format could not hold. */
export async function exportBank(db: Db, dialect: DialectName, format: 'moodle_xml' | 'gift') {
  const all = (await listQuestions(db, dialect, { archived: false, page: 1, pageSize: 100_000 })).items;
  // Category by category, so each category line is written once; the bank's order within it.
  const bank = all
    .map((q, i) => ({ q, i }))
    .sort((a, b) => (a.q.category ?? '').localeCompare(b.q.category ?? '') || b.i - a.i)
    .map((x) => x.q);
  if (format === 'gift') return exportGift(bank);
  const hashes = [...new Set(bank.flatMap((q) => q.files.map((f) => f.hash)))];
  const data = new Map((await findFiles(db, hashes)).map((f) => [f.hash, f.data]));
  return exportMoodleXml(bank, data);
}
