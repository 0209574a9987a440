import { resolve } from 'node:path';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { conflict } from '../../lib/errors.js';
import { readEvidenceFile, storeEvidenceFile } from '../../lib/evidence-files.js';
import * as repo from './cases.repo.js';
import { attachmentFile, visibleCase } from './cases.service.js';

// Attachments to a case's evidence (criteria 5–7: a complaint recording's transcript, a written
// statement, a screenshot). Stored under the data folder like other uploads, named by id; only
// documents and images, at most elimination.attachmentMaxMb (the route enforces the size).

export const caseFilesDir = () => resolve(process.env.SEATWISE_CASE_FILES_DIR ?? 'data/case-files');

export async function addAttachment(db: Db, actor: Actor, caseId: string, rawName: string, buf: Buffer) {
  const c = await visibleCase(db, actor, caseId);
  // Evidence belongs to the case before the notice: what the interview explained and the notice shows.
  if (c.status !== 'listed' && c.status !== 'interviewed')
    throw conflict('EVIDENCE_CLOSED', 'Evidence can be attached until the notice is published');
  return storeEvidenceFile(db, caseFilesDir(), { rawName, buf, userId: actor.userId }, async (trx, file) => {
    await repo.insertAttachment(trx, { ...file, case_id: c.id });
    const params = { attachmentId: file.id, fileName: file.file_name, size: file.size };
    await repo.insertStep(trx, c.id, 'attachment', actor, params, file.uploaded_at);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'elimination_case',
      entityId: c.id,
      newValue: { attachment: file.file_name, size: file.size },
    });
  });
}

export async function readAttachment(db: Db, actor: Actor, attachmentId: string) {
  const a = await attachmentFile(db, actor, attachmentId);
  return readEvidenceFile(caseFilesDir(), a);
}
