import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readCsvText } from '../../../lib/csv-reader.js';
import { AppError, badRequest } from '../../../lib/errors.js';
import { rewriteAsUtf8, textEncodingOf } from '../../../lib/text-encoding.js';
import { ASTERISK_LENGTHS } from './import.convert.js';
import { ASTERISK_COLUMNS, mappingColumns, templateColumns, type ColumnMapping } from './import.fields.js';
import { xlsxHead } from './import.source.js';

// Where uploaded files wait for the worker (so a restart can resume), and the checks made on a
// file before it is accepted: a wrong, empty or garbled file is refused at once with a clear
// 400, not discovered later by a failed job.

export const importDir = () => resolve(process.env.SEATWISE_IMPORT_DIR ?? 'data/imports');

export const uploadPath = (id: string) => join(importDir(), `${id}.upload`);

/** Stores an upload (or a file named on the command line) for the worker, as UTF-8 if it is text
 *  in another encoding (lib/text-encoding.ts): the reader, and the byte offsets a resumed import
 *  starts from, only ever see the stored UTF-8 file. */
export async function storeStream(id: string, stream: Readable) {
  await mkdir(importDir(), { recursive: true });
  const path = uploadPath(id);
  await pipeline(stream, createWriteStream(path));
  return stored(path);
}

export async function storeCopy(id: string, from: string) {
  await mkdir(importDir(), { recursive: true });
  const path = uploadPath(id);
  await copyFile(from, path);
  return stored(path);
}

async function stored(path: string) {
  const sample = await head(path);
  const isText = sample.length > 0 && !isZip(sample);
  const encoding = isText ? textEncodingOf(cutAtLastNewline(sample)) : null;
  if (encoding && encoding !== 'utf-8') {
    await rewriteAsUtf8(path, encoding).catch(() => {
      throw notText();
    });
  }
  return { path, bytes: (await stat(path)).size, encoding: encoding ?? 'utf-8' };
}

const isZip = (buf: Buffer) => buf.length > 4 && buf.readUInt32LE(0) === 0x04034b50;
const notText = () =>
  badRequest(
    'ENCODING_NOT_UTF8',
    'The file is neither UTF-8 nor GBK text; save it as "CSV UTF-8" and upload again',
    'file',
  );

export const removeFile = (path: string) => rm(path, { force: true });

export type ImportFormat = 'template' | 'asterisk' | 'mapping';
export interface Sniffed {
  fileType: 'csv' | 'xlsx';
  /** Asterisk exports sometimes carry a header line; it is skipped. */
  skipFirstLine: boolean;
}

async function head(path: string, n = 64 * 1024) {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

const missingColumns = (names: string[]) =>
  badRequest(
    'MISSING_COLUMNS',
    `The file lacks required columns: ${names.join(', ')}. Download the template (GET /api/interactions/template) for the expected headers.`,
    'file',
  );

/** Checks a stored file against its format; throws a 400 AppError saying what is wrong. */
export async function sniff(path: string, format: ImportFormat, mapping: ColumnMapping | null): Promise<Sniffed> {
  const buf = await head(path);
  if (buf.length === 0) throw badRequest('EMPTY_FILE', 'The file is empty', 'file');
  if (isZip(buf)) {
    if (format === 'asterisk')
      throw badRequest('NOT_ASTERISK_CDR', 'Asterisk Master.csv is a CSV file, not a spreadsheet', 'file');
    let h: Awaited<ReturnType<typeof xlsxHead>>;
    try {
      h = await xlsxHead(path);
    } catch {
      throw badRequest('BAD_FILE', 'The file looks like a spreadsheet but cannot be read as .xlsx', 'file');
    }
    if (!h.header) throw badRequest('EMPTY_FILE', 'The spreadsheet has no rows', 'file');
    checkHeader(format, mapping, h.header);
    if (!h.hasData) throw badRequest('EMPTY_FILE', 'The spreadsheet has a header but no data rows', 'file');
    return { fileType: 'xlsx', skipFirstLine: false };
  }
  if (buf.includes(0)) throw badRequest('BAD_FILE', 'This is not a text CSV file (it contains binary data)', 'file');
  if (textEncodingOf(buf) !== 'utf-8') throw notText(); // stored() converted what it could
  const sample = readCsvText(cutAtLastNewline(buf), mapping?.delimiter ?? ',');
  const records = sample.flatMap((r) => (r.fields ? [r.fields] : []));
  // A few unreadable records are the import's to reject, line by line; a file that is mostly
  // unreadable is not CSV at all.
  if (records.length * 2 < sample.length) {
    const bad = sample.find((r) => !r.fields)!;
    throw badRequest(
      'BAD_CSV',
      `The file cannot be read as CSV: ${sample.length - records.length} of ${sample.length} records in the first 64 KB are unreadable (line ${bad.line}: ${bad.error})`,
      'file',
    );
  }
  if (!records.length) throw badRequest('EMPTY_FILE', 'The file has no rows', 'file');
  if (format === 'asterisk') {
    const skipFirstLine = records[0][0]?.trim().toLowerCase() === 'accountcode';
    checkAsterisk(skipFirstLine ? records.slice(1) : records);
    return { fileType: 'csv', skipFirstLine };
  }
  const hasHeader = format === 'template' || mapping!.hasHeader;
  checkHeader(format, mapping, hasHeader ? records[0] : null);
  if (records.length < (hasHeader ? 2 : 1))
    throw badRequest('EMPTY_FILE', 'The file has a header but no data rows', 'file');
  return { fileType: 'csv', skipFirstLine: false };
}

const TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}/;
const SECONDS = /^\d+$/;
const DISPOSITIONS = new Set(['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION']);
/** What a cdr_csv record must look like to be one, column by column (1-based as a person counts). */
const ASTERISK_CHECKS: [string, (r: string[]) => boolean][] = [
  [`column count (${ASTERISK_LENGTHS.join(', ')})`, (r) => ASTERISK_LENGTHS.includes(r.length)],
  ['start (column 10)', (r) => TIME.test((r[9] ?? '').trim())],
  ['duration (column 13)', (r) => SECONDS.test((r[12] ?? '').trim())],
  ['billsec (column 14)', (r) => SECONDS.test((r[13] ?? '').trim())],
  ['disposition (column 15)', (r) => DISPOSITIONS.has((r[14] ?? '').trim().toUpperCase())],
  ['uniqueid (column 17)', (r) => (r[16] ?? '').trim() !== ''],
];

/** The whole sample is looked at: a file is refused as not cdr_csv only when most of its records
 *  do not fit, and the message names the columns that did not (issue 16). Rows that do not fit in
 *  a file that does are the import's to reject, each with its line and reason. */
function checkAsterisk(records: string[][]) {
  if (!records.length) throw badRequest('EMPTY_FILE', 'The file has no call records', 'file');
  const misfits = new Map<string, number>();
  let fitting = 0;
  for (const r of records) {
    const failed = ASTERISK_CHECKS.filter(([, ok]) => !ok(r)).map(([name]) => name);
    if (!failed.length) fitting++;
    for (const name of failed) misfits.set(name, (misfits.get(name) ?? 0) + 1);
  }
  if (fitting * 2 > records.length) return;
  const columns = [...misfits].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name}: ${n} of ${records.length}`);
  throw new AppError(
    400,
    'CDR_ROWS_DO_NOT_FIT',
    `This is not an Asterisk cdr_csv Master.csv (${ASTERISK_COLUMNS.join(', ')}; with loguniqueid=yes, optionally newcdrcolumns=yes): ` +
      `only ${fitting} of the first ${records.length} records fit. Columns that did not fit — ${columns.join('; ')}`,
    'file',
    { fitting, sampled: records.length, columns: [...misfits.keys()].join(', ') },
  );
}

function checkHeader(format: ImportFormat, mapping: ColumnMapping | null, header: string[] | null) {
  if (format === 'template') {
    const { missing } = templateColumns(header ?? []);
    if (missing.length) throw missingColumns(missing.map((f) => `${f.zh} (${f.en})`));
  } else if (format === 'mapping') {
    const { missing } = mappingColumns(mapping!, mapping!.hasHeader ? header : null);
    if (missing.length) throw missingColumns(missing);
  }
}

/** The sample may end inside a record; parse only whole lines (the first one always). */
function cutAtLastNewline(buf: Buffer) {
  const i = buf.lastIndexOf(0x0a);
  return i > 0 ? buf.subarray(0, i + 1) : buf;
}
