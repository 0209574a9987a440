import { QuestionInput, type ImportFormat } from '../../../../common/exams.js';
import type { z } from 'zod';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { AppError, badRequest, conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { guardXlsxUpload } from '../../../lib/upload-guard.js';
import { nowIso } from '../../../lib/clock.js';
import { toContent } from '../grading/grading.score.js';
import { getSetting } from '../../../lib/settings.js';
import type { DialectName } from '../../../db/portable.js';
import { findFiles, storeFiles } from '../questions/files.repo.js';
import { exportGift } from './export-gift.js';
import { exportMoodleXml } from './export-moodle.js';
import type { Parsed, ParseError, Warning } from './import-common.js';
import { parseGift } from './import-gift.js';
import { parseMoodleXml } from './import-moodle.js';
import { parseXlsx } from './import-xlsx.js';
import { insertContent, listQuestions } from '../questions/questions.service.js';

// Importing questions: parse → preview (stored, nothing created) → commit (all or nothing).
// Each question is checked by the same rules as one typed in; unsupported types are listed.
type Format = z.infer<typeof ImportFormat>;

export function detectFormat(fileName: string, given?: string): Format {
  if (given === 'xlsx' || given === 'gift' || given === 'moodle_xml') return given;
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'xml') return 'moodle_xml';
  if (ext === 'gift' || ext === 'txt') return 'gift';
  throw badRequest('UNKNOWN_FORMAT', 'Send a .xlsx (template), .xml (Moodle XML) or .gift/.txt (GIFT) file', 'file');
}

async function parse(format: Format, buf: Buffer): Promise<Parsed> {
  if (format === 'xlsx') return parseXlsx(buf);
  const text = buf.toString('utf8');
  if (text.includes('\uFFFD')) throw badRequest('BAD_FILE', 'The file is not UTF-8 text', 'file');
  return format === 'gift' ? parseGift(text) : parseMoodleXml(text);
}

export async function preview(db: Db, actor: Actor, fileName: string, formatHint: string | undefined, buf: Buffer) {
  const format = detectFormat(fileName, formatHint);
  await guardXlsxUpload(db, buf); // a zip bomb is refused before exceljs opens it
  const parsed = await parse(format, buf);
  const questions: Record<string, unknown>[] = [];
  const errors: ParseError[] = [...parsed.errors];
  const warnings: Warning[] = [...parsed.warnings];
  const maxBytes = (await getSetting(db, 'exams.embeddedFileMaxKb')) * 1024;
  for (const item of parsed.items) {
    const files = (item.input.files ?? []) as { name: string; hash: string; size: number }[];
    const kept = files.filter((f) => f.size <= maxBytes);
    for (const f of files.filter((x) => x.size > maxBytes)) {
      warnings.push({ index: item.index, name: item.name, message: `${f.name} (${Math.ceil(f.size / 1024)} KB) is over the ${maxBytes / 1024} KB limit for an embedded file: not kept` });
    }
    if (files.length) item.input.files = kept;
    const r = QuestionInput.safeParse(item.input);
    if (!r.success) {
      const issue = r.error.issues[0];
      errors.push({ index: item.index, name: item.name, field: issue.path.join('.') || null, message: issue.message });
      continue;
    }
    try {
      toContent(r.data);
      questions.push({ index: item.index, ...r.data });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      errors.push({ index: item.index, name: item.name, field: err.field ?? null, message: err.message });
    }
  }
  if (!questions.length && !parsed.skipped.length && !errors.length) throw badRequest('EMPTY_FILE', 'No questions were found in the file', 'file');
  errors.sort((a, b) => a.index - b.index);
  warnings.sort((a, b) => a.index - b.index);
  const used = new Set(questions.flatMap((q) => ((q.files ?? []) as { hash: string }[]).map((f) => f.hash)));
  await storeFiles(db, [...parsed.files.values()].filter((f) => used.has(f.hash)));
  const id = newId();
  const at = nowIso();
  await db.insertInto('exam_imports').values({
    id, created_by: actor.userId, format, file_name: fileName.slice(0, 200), status: 'previewed',
    questions: JSON.stringify(questions), skipped: JSON.stringify(parsed.skipped), errors: JSON.stringify(errors), warnings: JSON.stringify(warnings), created_at: at, committed_at: null,
  }).execute();
  return getImport(db, actor, id);
}

export async function getImport(db: Db, actor: Actor, id: string) {
  const row = await db.selectFrom('exam_imports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.created_by !== actor.userId && !actor.roles.some((r) => r === 'admin' || r === 'training_manager'))) throw notFound('Import');
  return {
    id: row.id, format: row.format as Format, fileName: row.file_name, status: row.status as 'previewed',
    questions: JSON.parse(row.questions), skipped: JSON.parse(row.skipped), errors: JSON.parse(row.errors), warnings: JSON.parse(row.warnings),
    createdAt: row.created_at, committedAt: row.committed_at,
  };
}

export async function commit(db: Db, actor: Actor, id: string) {
  const imp = await getImport(db, actor, id);
  if (imp.status !== 'previewed') throw conflict('IMPORT_DONE', `This import is already ${imp.status}`);
  if (imp.errors.length) throw ruleBroken('IMPORT_HAS_ERRORS', `Fix the ${imp.errors.length} error(s) in the file and upload it again; nothing was created`);
  if (!imp.questions.length) throw ruleBroken('IMPORT_EMPTY', 'The file has no question that can be imported');
  const ids = await db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('exam_imports').set({ status: 'committed', committed_at: nowIso() })
      .where('id', '=', id).where('status', '=', 'previewed').executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw conflict('IMPORT_DONE', 'This import was committed meanwhile');
    const created: string[] = [];
    for (const q of imp.questions) created.push(await insertContent(trx, actor, toContent(QuestionInput.parse(q))));
    await recordAudit(trx, actor, {
      action: 'import', entity: 'exam_import', entityId: id,
      newValue: { fileName: imp.fileName, format: imp.format, created: created.length, skipped: imp.skipped.length },
    });
    return created;
  });
  return { created: ids.length, questionIds: ids };
}

/** The live bank as Moodle XML or GIFT, with what the format could not hold. */
export async function exportBank(db: Db, dialect: DialectName, format: 'moodle_xml' | 'gift') {
  const all = (await listQuestions(db, dialect, { archived: false, page: 1, pageSize: 100_000 })).items;
  // Category by category, so each category line is written once; the bank's order within it.
  const bank = all.map((q, i) => ({ q, i })).sort((a, b) => (a.q.category ?? '').localeCompare(b.q.category ?? '') || b.i - a.i).map((x) => x.q);
  if (format === 'gift') return exportGift(bank);
  const hashes = [...new Set(bank.flatMap((q) => q.files.map((f) => f.hash)))];
  const data = new Map((await findFiles(db, hashes)).map((f) => [f.hash, f.data]));
  return exportMoodleXml(bank, data);
}
