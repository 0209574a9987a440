import type { FastifyReply } from 'fastify';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Db } from '../db/connect.js';
import { nowIso } from './clock.js';
import { badRequest } from './errors.js';
import { newId } from './ids.js';
import { repairFileName } from './text-encoding.js';

// Evidence files uploaded to a record (an elimination case, a discipline record): documents and
// images only, their content checked against their type, stored under the data folder by id.

const TYPES: Record<string, { mime: string; magic?: (b: Buffer) => boolean }> = {
  '.pdf': { mime: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  '.png': {
    mime: 'image/png',
    magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  '.jpg': { mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 },
  '.jpeg': { mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 },
  '.docx': {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: (b) => b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')),
  },
  '.xlsx': {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: (b) => b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')),
  },
  '.txt': { mime: 'text/plain; charset=utf-8' },
};
export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

/** The file's safe name, its type and the name to store it under; 400 BAD_FILE_TYPE / EMPTY_FILE / ATTACHMENT_MISMATCH. */
export function checkEvidenceFile(id: string, rawName: string, buf: Buffer) {
  const fileName = repairFileName(rawName).replace(/[\\/]/g, '_').slice(0, 200) || 'file';
  const type = TYPES[extname(fileName).toLowerCase()];
  if (!type) throw badRequest('BAD_FILE_TYPE', `Attach ${ALLOWED_EXTENSIONS.join(', ')} files only`, 'file');
  if (!buf.length) throw badRequest('EMPTY_FILE', 'The file is empty', 'file');
  if (type.magic && !type.magic(buf))
    throw badRequest('ATTACHMENT_MISMATCH', 'The file’s content does not match its type', 'file');
  return { fileName, mime: type.mime, storedName: `${id}${extname(fileName).toLowerCase()}` };
}

/** The columns every evidence-file table shares; a module adds the record it belongs to. */
export interface StoredEvidence {
  id: string;
  file_name: string;
  stored_name: string;
  mime: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

/**
 * Check a file, keep it under `dir`, and let `record` write its rows (the file's row, audit, …) in
 * one transaction; when that fails the file is removed again, so nothing is left half-written.
 */
export async function storeEvidenceFile(
  db: Db,
  dir: string,
  upload: { rawName: string; buf: Buffer; userId: string },
  record: (trx: Db, file: StoredEvidence) => Promise<void>,
) {
  const id = newId();
  const { fileName, mime, storedName } = checkEvidenceFile(id, upload.rawName, upload.buf);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, storedName), upload.buf);
  const file: StoredEvidence = {
    id,
    file_name: fileName,
    stored_name: storedName,
    mime,
    size: upload.buf.length,
    uploaded_by: upload.userId,
    uploaded_at: nowIso(),
  };
  try {
    await db.transaction().execute((trx) => record(trx, file));
  } catch (err) {
    await rm(join(dir, storedName), { force: true });
    throw err;
  }
  return { id, fileName, mime, size: file.size, uploadedAt: file.uploaded_at };
}

/** A stored evidence file's bytes, for sendEvidenceFile. */
export const readEvidenceFile = async (dir: string, f: { file_name: string; mime: string; stored_name: string }) => ({
  fileName: f.file_name,
  mime: f.mime,
  body: await readFile(join(dir, f.stored_name)),
});

/** A stored evidence file as a download, under its own (UTF-8) name. */
export function sendEvidenceFile(reply: FastifyReply, f: { fileName: string; mime: string; body: Buffer }) {
  return reply
    .header('content-type', f.mime)
    .header(
      'content-disposition',
      `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
    )
    .send(f.body);
}
