import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/connect.js';
import { badRequest } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { repairFileName } from '../../../lib/text-encoding.js';
import { uploadTooLarge, withinUploadLimit } from '../../../lib/upload-limit.js';

// The one file of a cards import: multipart, field "file", at most uploads.maxMb (the way
// attendance/shared/upload.ts reads its files).
export async function cardsUpload(db: Db, req: FastifyRequest) {
  const missing = () =>
    badRequest('MISSING_FILE', 'Send the cards file as a multipart form field named "file"', 'file');
  if (!req.isMultipart()) throw missing();
  const maxMb = await getSetting(db, 'uploads.maxMb');
  const file = await req.file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1 } });
  if (!file || file.fieldname !== 'file') throw missing();
  const body = await withinUploadLimit(
    () => file.toBuffer(),
    () => uploadTooLarge(maxMb, 'uploads.maxMb'),
  );
  return { name: repairFileName(file.filename || 'cards.xlsx'), body };
}
