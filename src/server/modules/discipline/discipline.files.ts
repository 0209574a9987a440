import { resolve } from 'node:path';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { conflict, forbidden, notFound } from '../../lib/errors.js';
import { readEvidenceFile, storeEvidenceFile } from '../../lib/evidence-files.js';
import { allowedActions } from './discipline.access.js';
import * as repo from './discipline.repo.js';
import { visibleRecord } from './discipline.service.js';

// Evidence files of a discipline record (a photo of a sign-in sheet, a written statement), like
// an elimination case's attachments: stored under the data folder by id, documents and images
// only, at most discipline.attachmentMaxMb (the route enforces the size). The recorder or HR
// attaches them while the record awaits HR's decision.

export const disciplineFilesDir = () => resolve(process.env.SEATWISE_DISCIPLINE_FILES_DIR ?? 'data/discipline-files');

export async function addAttachment(db: Db, actor: Actor, recordId: string, rawName: string, buf: Buffer) {
  const r = await visibleRecord(db, actor, recordId);
  if (r.status !== 'pending' && r.status !== 'appealed')
    throw conflict('ALREADY_DECIDED', 'Evidence is attached before HR decides');
  if (!allowedActions(actor, r).attach) throw forbidden('The person who made the record or HR attaches evidence');
  return storeEvidenceFile(db, disciplineFilesDir(), { rawName, buf, userId: actor.userId }, async (trx, file) => {
    await repo.insertAttachment(trx, { ...file, record_id: r.id });
    const params = { fileName: file.file_name, size: file.size };
    await repo.insertEvent(trx, r.id, 'attachment', actor, params, file.uploaded_at);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'discipline_record',
      entityId: r.id,
      newValue: { attachment: file.file_name, size: file.size },
    });
  });
}

export async function readAttachment(db: Db, actor: Actor, attachmentId: string) {
  const a = await repo.findAttachment(db, attachmentId);
  if (!a) throw notFound('Attachment');
  await visibleRecord(db, actor, a.record_id).catch(() => {
    throw notFound('Attachment');
  });
  return readEvidenceFile(disciplineFilesDir(), a);
}
