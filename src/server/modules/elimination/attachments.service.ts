import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { conflict } from '../../lib/errors.js';
import { checkEvidenceFile } from '../../lib/evidence-files.js';
import { newId } from '../../lib/ids.js';
import * as repo from './cases.repo.js';
import { attachmentFile, visibleCase } from './cases.service.js';
import { nowIso } from '../../lib/clock.js';

// Attachments to a case's evidence (criteria 5–7: a complaint recording's transcript, a written
// statement, a screenshot). Stored under the data folder like other uploads, named by id; only
// documents and images, at most elimination.attachmentMaxMb (the route enforces the size).

export const caseFilesDir = () => resolve(process.env.SEATWISE_CASE_FILES_DIR ?? 'data/case-files');

export async function addAttachment(db: Db, actor: Actor, caseId: string, rawName: string, buf: Buffer) {
  const c = await visibleCase(db, actor, caseId);
  // Evidence belongs to the case before the notice: what the interview explained and the notice shows.
  if (c.status !== 'listed' && c.status !== 'interviewed')
    throw conflict('EVIDENCE_CLOSED', 'Evidence can be attached until the notice is published');
  const id = newId();
  const { fileName, mime, storedName: stored } = checkEvidenceFile(id, rawName, buf);
  await mkdir(caseFilesDir(), { recursive: true });
  await writeFile(join(caseFilesDir(), stored), buf);
  try {
    await db.transaction().execute(async (trx) => {
      const at = nowIso();
      await repo.insertAttachment(trx, {
        id,
        case_id: c.id,
        file_name: fileName,
        stored_name: stored,
        mime,
        size: buf.length,
        uploaded_by: actor.userId,
        uploaded_at: at,
      });
      await repo.insertStep(trx, c.id, 'attachment', actor, { attachmentId: id, fileName, size: buf.length }, at);
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'elimination_case',
        entityId: c.id,
        newValue: { attachment: fileName, size: buf.length },
      });
    });
  } catch (err) {
    await rm(join(caseFilesDir(), stored), { force: true });
    throw err;
  }
  return { id, fileName, mime, size: buf.length, uploadedAt: nowIso() };
}

export async function readAttachment(db: Db, actor: Actor, attachmentId: string) {
  const a = await attachmentFile(db, actor, attachmentId);
  return { fileName: a.file_name, mime: a.mime, body: await readFile(join(caseFilesDir(), a.stored_name)) };
}
