import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/connect.js';
import { badRequest } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { repairFileName } from '../../../lib/text-encoding.js';
import { uploadTooLarge, withinUploadLimit } from '../../../lib/upload-limit.js';

// The one file of an attendance import (punches, a roster): multipart, field "file", at most the
// size setting; the text fields sent before the file (a column mapping, the roster's id) come
// with it. The bytes are read only when asked for, so a caller checks its fields first and a bad
// field is answered without reading a large file.

export async function attendanceUpload(
  db: Db,
  req: FastifyRequest,
  o: { what: string; maxMbSetting: 'uploads.maxMb' | 'people.rosterMaxUploadMb'; defaultName: string },
) {
  const missing = () => badRequest('MISSING_FILE', `Send the ${o.what} as a multipart form field named "file"`, 'file');
  if (!req.isMultipart()) throw missing();
  const maxMb = await getSetting(db, o.maxMbSetting);
  const file = await req.file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1 } });
  if (!file || file.fieldname !== 'file') throw missing();
  const fields: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(file.fields)) {
    const one = Array.isArray(part) ? part[0] : part;
    if (name !== 'file' && one && 'value' in one) fields[name] = one.value;
  }
  return {
    name: repairFileName(file.filename || o.defaultName),
    fields,
    read: () =>
      withinUploadLimit(
        () => file.toBuffer(),
        () => uploadTooLarge(maxMb, o.maxMbSetting),
      ),
  };
}
