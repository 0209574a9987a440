import { resolve } from 'node:path';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, forbidden, notFound } from '../../../lib/errors.js';
import { readEvidenceFile, storeEvidenceFile } from '../../../lib/evidence-files.js';
import { filesForOthers } from './leave.access.js';
import * as repo from './leave.repo.js';
import { visibleRequest } from './requests.service.js';

// Evidence of a leave request (a sick note, a certificate), like discipline attachments: stored
// under the data folder by id, documents and images only, at most attendance.leave.fileMaxMb
// (the route enforces the size). The person, whoever filed it, or an approver in sight attaches
// them while the request is pending or approved.

export const leaveFilesDir = () => resolve(process.env.SEATWISE_LEAVE_FILES_DIR ?? 'data/leave-files');

export async function addLeaveFile(db: Db, actor: Actor, requestId: string, rawName: string, buf: Buffer) {
  const { r } = await visibleRequest(db, actor, requestId);
  if (r.status !== 'pending' && r.status !== 'approved')
    throw conflict('LEAVE_NOT_PENDING', `The request is ${r.status}`);
  const own = r.employee_id === actor.employeeId || r.created_by === actor.userId;
  if (!own && !filesForOthers(actor)) throw forbidden('The person or an approver attaches evidence');
  return storeEvidenceFile(db, leaveFilesDir(), { rawName, buf, userId: actor.userId }, async (trx, file) => {
    await repo.insertFile(trx, { ...file, request_id: r.id });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'attendance_leave_request',
      entityId: r.id,
      newValue: { file: file.file_name, size: file.size },
    });
  });
}

export async function readLeaveFile(db: Db, actor: Actor, fileId: string) {
  const f = await repo.fileById(db, fileId);
  if (!f) throw notFound('File');
  await visibleRequest(db, actor, f.request_id).catch(() => {
    throw notFound('File');
  });
  return readEvidenceFile(leaveFilesDir(), f);
}
