import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { badRequest, conflict } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import * as repo from './cases.repo.js';
import { attachmentFile, visibleCase } from './cases.service.js';
import { nowIso } from '../../lib/clock.js';
import { repairFileName } from '../../lib/text-encoding.js';

// Attachments to a case's evidence (criteria 5–7: a complaint recording's transcript, a written
// statement, a screenshot). Stored under the data folder like other uploads, named by id; only
// documents and images, at most elimination.attachmentMaxMb (the route enforces the size).

export const caseFilesDir = () => resolve(process.env.SEATWISE_CASE_FILES_DIR ?? 'data/case-files');

const TYPES: Record<string, { mime: string; magic?: (b: Buffer) => boolean }> = {
  '.pdf': { mime: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  '.png': { mime: 'image/png', magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  '.jpg': { mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 },
  '.jpeg': { mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 },
  '.docx': { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: (b) => b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) },
  '.xlsx': { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: (b) => b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) },
  '.txt': { mime: 'text/plain; charset=utf-8' },
};
export const ALLOWED_EXTENSIONS = Object.keys(TYPES);


export async function addAttachment(db: Db, actor: Actor, caseId: string, rawName: string, buf: Buffer) {
  const c = await visibleCase(db, actor, caseId);
  // Evidence belongs to the case before the notice: what the interview explained and the notice shows.
  if (c.status !== 'listed' && c.status !== 'interviewed') throw conflict('EVIDENCE_CLOSED', 'Evidence can be attached until the notice is published');
  const fileName = repairFileName(rawName).replace(/[\\/]/g, '_').slice(0, 200) || 'file';
  const type = TYPES[extname(fileName).toLowerCase()];
  if (!type) throw badRequest('BAD_FILE_TYPE', `Attach ${ALLOWED_EXTENSIONS.join(', ')} files only`, 'file');
  if (!buf.length) throw badRequest('EMPTY_FILE', 'The file is empty', 'file');
  if (type.magic && !type.magic(buf)) throw badRequest('ATTACHMENT_MISMATCH', 'The file’s content does not match its type', 'file');
  const id = newId();
  const stored = `${id}${extname(fileName).toLowerCase()}`;
  await mkdir(caseFilesDir(), { recursive: true });
  await writeFile(join(caseFilesDir(), stored), buf);
  try {
    await db.transaction().execute(async (trx) => {
      const at = nowIso();
      await trx.insertInto('elimination_attachments').values({ id, case_id: c.id, file_name: fileName, stored_name: stored, mime: type.mime, size: buf.length, uploaded_by: actor.userId, uploaded_at: at }).execute();
      await repo.insertStep(trx, c.id, 'attachment', actor, { attachmentId: id, fileName, size: buf.length }, at);
      await recordAudit(trx, actor, { action: 'update', entity: 'elimination_case', entityId: c.id, newValue: { attachment: fileName, size: buf.length } });
    });
  } catch (err) {
    await rm(join(caseFilesDir(), stored), { force: true });
    throw err;
  }
  return { id, fileName, mime: type.mime, size: buf.length, uploadedAt: nowIso() };
}

export async function readAttachment(db: Db, actor: Actor, attachmentId: string) {
  const a = await attachmentFile(db, actor, attachmentId);
  return { fileName: a.file_name, mime: a.mime, body: await readFile(join(caseFilesDir(), a.stored_name)) };
}
