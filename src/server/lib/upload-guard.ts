import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Db } from '../db/connect.js';
import { AppError } from './errors.js';
import { getSetting } from './settings.js';

// An .xlsx is a zip: a few kilobytes can claim gigabytes of XML (a "zip bomb") that exceljs would
// inflate into memory or chew through for hours. Before a workbook reaches exceljs, its central
// directory (the zip's table of contents, at its end) is read and refused, with 413 and nothing
// written, when the entries add up to more than a setting allows (UPLOAD_TOO_LARGE) or one entry
// inflates far more than spreadsheets do (ZIP_BOMB). A workbook held in memory is also inflated
// once under that cap, so a directory that lies about sizes is caught too.

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const MAX_DIRECTORY = 16 * 1024 * 1024; // a workbook has dozens of entries, not megabytes of them
// Small entries (styles, a short sheet) may shrink by any ratio; only large ones are judged by it.
const RATIO_FROM_BYTES = 1024 * 1024;
const UNKNOWN32 = 0xffffffff;

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxRatio: number;
}
interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

export const isZip = (head: Buffer) => head.length >= 4 && head.subarray(0, 4).equals(ZIP_MAGIC);

const tooLarge = (limits: ZipLimits) =>
  new AppError(
    413,
    'UPLOAD_TOO_LARGE',
    `The workbook unpacks to more than ${Math.round(limits.maxUncompressedBytes / 1048576)} MB; split it into smaller files`,
    'file',
    { maxMb: Math.round(limits.maxUncompressedBytes / 1048576) },
  );
const bomb = (limits: ZipLimits) =>
  new AppError(
    413,
    'ZIP_BOMB',
    `The file unpacks more than ${limits.maxRatio} times its size, which no spreadsheet does; it was refused`,
    'file',
    { maxRatio: limits.maxRatio },
  );
const unreadable = () =>
  new AppError(
    400,
    'BAD_FILE',
    'The file is not a readable .xlsx workbook (save it again from Excel as .xlsx)',
    'file',
  );

/** Where the central directory is, from the end-of-directory record in `tail` (the file's last bytes). */
function directoryPosition(tail: Buffer) {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      const size = tail.readUInt32LE(i + 12);
      const offset = tail.readUInt32LE(i + 16);
      return { size, offset, entries: tail.readUInt16LE(i + 10) };
    }
  }
  return null;
}

/** The central directory's entries (sizes as the zip declares them). */
function readDirectory(dir: Buffer): Entry[] {
  const out: Entry[] = [];
  let p = 0;
  while (p + 46 <= dir.length && dir.readUInt32LE(p) === CENTRAL) {
    const nameLen = dir.readUInt16LE(p + 28);
    const extraLen = dir.readUInt16LE(p + 30);
    const commentLen = dir.readUInt16LE(p + 32);
    out.push({
      name: dir.toString('utf8', p + 46, p + 46 + nameLen),
      method: dir.readUInt16LE(p + 10),
      compressed: dir.readUInt32LE(p + 20),
      // A ZIP64 size (0xFFFFFFFF here) is 4 GB or more: over any limit a workbook may have.
      uncompressed: dir.readUInt32LE(p + 24),
      localOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function checkPosition(
  pos: ReturnType<typeof directoryPosition>,
  fileSize: number,
  limits: ZipLimits,
): asserts pos is NonNullable<typeof pos> {
  if (!pos) throw unreadable();
  // ZIP64 (sizes or counts past 32 bits): more than any workbook a setting allows.
  if (pos.offset === UNKNOWN32 || pos.size === UNKNOWN32 || pos.entries === 0xffff) throw tooLarge(limits);
  if (pos.size > MAX_DIRECTORY || pos.offset + pos.size > fileSize) throw unreadable();
}

function judge(entries: Entry[], limits: ZipLimits) {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressed === UNKNOWN32) throw tooLarge(limits);
    total += e.uncompressed;
    if (e.uncompressed > RATIO_FROM_BYTES && e.uncompressed > limits.maxRatio * Math.max(1, e.compressed))
      throw bomb(limits);
  }
  if (total > limits.maxUncompressedBytes) throw tooLarge(limits);
}

/** Inflates each entry once, never past what the directory declared: a lying directory is a bomb. */
function verifyInflation(buf: Buffer, entries: Entry[], limits: ZipLimits) {
  for (const e of entries) {
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw unreadable();
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (data.length !== e.uncompressed) throw bomb(limits);
      continue;
    }
    if (e.method !== 8) throw unreadable();
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) + 1 });
    } catch (err) {
      if (err instanceof RangeError) throw bomb(limits); // more came out than was declared
      throw unreadable();
    }
    if (out.length !== e.uncompressed) throw bomb(limits);
  }
}

/** Checks a workbook held in memory; anything that is not a zip passes untouched (a CSV). */
export function checkZipBuffer(buf: Buffer, limits: ZipLimits) {
  if (!isZip(buf)) return;
  const tail = buf.subarray(Math.max(0, buf.length - 22 - MAX_COMMENT));
  const pos = directoryPosition(tail);
  checkPosition(pos, buf.length, limits);
  const entries = readDirectory(buf.subarray(pos.offset, pos.offset + pos.size));
  judge(entries, limits);
  verifyInflation(buf, entries, limits);
}

/** Checks a workbook stored on disk (streamed later) by its directory alone, reading only the file's end. */
export async function checkZipFile(path: string, limits: ZipLimits) {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0);
    if (!isZip(head)) return;
    const tailLen = Math.min(size, 22 + MAX_COMMENT);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    const pos = directoryPosition(tail);
    checkPosition(pos, size, limits);
    const dir = Buffer.alloc(pos.size);
    await fh.read(dir, 0, pos.size, pos.offset);
    judge(readDirectory(dir), limits);
  } finally {
    await fh.close();
  }
}

/** The limits for a workbook read whole into memory (roster, question bank). */
export async function xlsxLimits(db: Db): Promise<ZipLimits> {
  const [mb, ratio] = await Promise.all([
    getSetting(db, 'uploads.xlsxMaxUncompressedMb'),
    getSetting(db, 'uploads.xlsxMaxRatio'),
  ]);
  return { maxUncompressedBytes: mb * 1048576, maxRatio: ratio };
}

/** One guard for every .xlsx upload: a buffer (read whole) or a stored file's path (streamed, larger limit). */
export async function guardXlsxUpload(db: Db, file: Buffer | string) {
  const limits = await xlsxLimits(db);
  if (Buffer.isBuffer(file)) return checkZipBuffer(file, limits);
  const streamedMb = await getSetting(db, 'uploads.xlsxStreamedMaxUncompressedMb');
  return checkZipFile(file, { ...limits, maxUncompressedBytes: streamedMb * 1048576 });
}
