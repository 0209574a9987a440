import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import { badRequest } from './errors.js';
import { getSetting, type SettingKey } from './settings.js';
import { repairFileName } from './text-encoding.js';
import { uploadTooLarge, withinUploadLimit } from './upload-limit.js';

// The one file of an upload (an import, a recording): multipart, field "file", at most the size
// setting; the text fields sent before the file (a column mapping, a roster or card id) come with
// it. The bytes are read only when asked for, so a caller checks its fields first and a bad field
// is answered without reading a large file.

export async function readSingleUpload(
  db: Db,
  req: FastifyRequest,
  o: {
    /** What the file is, for the error message ("punches", "roster", …). */
    what: string;
    /** The setting that holds the largest size in MB. */
    maxMbSetting: SettingKey;
    defaultName: string;
    /** The error code of a request without the file (a few older routes answer NO_FILE). */
    missingCode?: 'MISSING_FILE' | 'NO_FILE';
  },
) {
  const missing = () =>
    badRequest(o.missingCode ?? 'MISSING_FILE', `Send the ${o.what} as a multipart form field named "file"`, 'file');
  if (!req.isMultipart()) throw missing();
  const maxMb = Number(await getSetting(db, o.maxMbSetting));
  const file = await req.file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1 } });
  if (!file || file.fieldname !== 'file') throw missing();
  const fields: Record<string, string> = {};
  for (const [name, part] of Object.entries(file.fields)) {
    const one = Array.isArray(part) ? part[0] : part;
    if (name !== 'file' && one && 'value' in one && one.value !== undefined) fields[name] = String(one.value);
  }
  return {
    /** The file's name as sent (mis-decoded UTF-8 repaired), or defaultName. */
    name: repairFileName(file.filename || o.defaultName),
    declaredType: file.mimetype,
    fields,
    read: () =>
      withinUploadLimit(
        () => file.toBuffer(),
        () => uploadTooLarge(maxMb, o.maxMbSetting),
      ),
  };
}
