import { access } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { badRequest, conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, nowMs } from '../../../lib/clock.js';
import * as jobs from '../../../lib/jobs.js';
import { uploadTooLarge, withinUploadLimit } from '../../../lib/upload-limit.js';
import { guardXlsxUpload } from '../../../lib/upload-guard.js';
import type { RejectParams } from './import.convert.js';
import type { ColumnMapping } from './import.fields.js';
import { removeFile, sniff, storeCopy, storeStream, uploadPath, type ImportFormat } from './import.files.js';
import * as repo from './import.repo.js';
import { IMPORT_JOB, type ImportPayload } from './import.worker.js';

// The front half of an import: take the file, check it, and leave a queued import and job for
// the worker. Everything after that is read back from the import row.

type ImportActor = Pick<Actor, 'userId' | 'name'>;
export type ImportRow = NonNullable<Awaited<ReturnType<typeof repo.findImport>>>;

/** 'template' | 'asterisk' | 'mapping:NAME' (or 'mapping' with a separate name). */
export function parseFormat(
  format: string | undefined,
  mappingName?: string,
): { format: ImportFormat; mappingName: string | null } {
  const f = (format ?? '').trim();
  if (f === 'template' || f === 'asterisk') return { format: f, mappingName: null };
  if (f === 'mapping' || f.startsWith('mapping:')) {
    const name = (f.startsWith('mapping:') ? f.slice(8) : (mappingName ?? '')).trim();
    if (!name) throw badRequest('MAPPING_REQUIRED', 'Name the saved column mapping: format=mapping:NAME', 'format');
    return { format: 'mapping', mappingName: name };
  }
  throw badRequest(
    'UNKNOWN_FORMAT',
    `Unknown format "${f.slice(0, 40)}"; use template, asterisk or mapping:NAME`,
    'format',
  );
}

export async function createImport(
  db: Db,
  actor: ImportActor | null,
  from: { stream: Readable } | { path: string },
  meta: { fileName: string; format: ImportFormat; mappingName: string | null; maxMb?: number },
) {
  let mapping: ColumnMapping | null = null;
  if (meta.format === 'mapping') {
    const saved = await repo.findMapping(db, meta.mappingName!);
    if (!saved) {
      if ('stream' in from) from.stream.resume(); // drain the upload
      throw badRequest('UNKNOWN_MAPPING', `No saved column mapping "${meta.mappingName}"`, 'format');
    }
    mapping = JSON.parse(saved.mapping);
  }
  const id = newId();
  try {
    const stored =
      'stream' in from
        ? await withinUploadLimit(
            () => storeStream(id, from.stream),
            () => uploadTooLarge(meta.maxMb ?? 0, 'interactions.maxUploadMb'),
          )
        : await storeCopy(id, from.path);
    await guardXlsxUpload(db, stored.path); // a zip bomb is refused before exceljs streams it
    const sniffed = await sniff(stored.path, meta.format, mapping);
    const at = nowIso();
    const payload: ImportPayload = { importId: id, mapping };
    await db.transaction().execute(async (trx) => {
      const jobId = await jobs.enqueue(trx, IMPORT_JOB, payload);
      await repo.insertImport(trx, {
        id,
        job_id: jobId,
        format: meta.format,
        mapping_name: meta.mappingName,
        file_name: meta.fileName.slice(0, 255),
        file_path: stored.path,
        file_type: sniffed.fileType,
        bytes_total: stored.bytes,
        bytes_read: 0,
        state: 'queued',
        rows_read: 0,
        accepted: 0,
        rejected: 0,
        duplicates: 0,
        calls: 0,
        legs: 0,
        transfers: 0,
        attempts: 0,
        committed_line: 0,
        committed_bytes: 0,
        error_code: null,
        error_message: null,
        created_by: actor?.userId ?? null,
        created_by_name: actor?.name ?? null,
        created_at: at,
        started_at: null,
        run_started_at: null,
        run_start_bytes: 0,
        finished_at: null,
        updated_at: at,
      });
      await recordAudit(trx, actor, {
        action: 'import',
        entity: 'interaction_import',
        entityId: id,
        newValue: {
          fileName: meta.fileName,
          format: meta.format,
          mapping: meta.mappingName,
          bytes: stored.bytes,
          encoding: stored.encoding,
        },
      });
    });
    return getImport(db, id);
  } catch (err) {
    await removeFile(uploadPath(id));
    throw err;
  }
}

export function toImportDto(r: ImportRow, now = nowMs()) {
  const done = r.state === 'done';
  let secondsLeft: number | null = done ? 0 : null;
  if (r.state === 'running' && r.run_started_at) {
    const elapsed = (now - Date.parse(r.run_started_at)) / 1000;
    const progressed = r.bytes_read - r.run_start_bytes;
    if (elapsed > 0.5 && progressed > 0)
      secondsLeft = Math.max(0, Math.round(((r.bytes_total - r.bytes_read) * elapsed) / progressed));
  }
  return {
    id: r.id,
    state: r.state as 'queued' | 'running' | 'done' | 'failed',
    format: r.format as ImportFormat,
    mappingName: r.mapping_name,
    fileName: r.file_name,
    fileType: r.file_type as 'csv' | 'xlsx',
    bytesTotal: r.bytes_total,
    bytesRead: done ? r.bytes_total : r.bytes_read,
    percent: done ? 100 : r.bytes_total ? Math.min(99.9, Math.round((1000 * r.bytes_read) / r.bytes_total) / 10) : 0,
    secondsLeft,
    rowsRead: r.rows_read,
    accepted: r.accepted,
    rejected: r.rejected,
    duplicates: r.duplicates,
    calls: r.calls,
    legs: r.legs,
    transfers: r.transfers,
    attempts: r.attempts,
    errorCode: r.error_code,
    errorMessage: r.error_message,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    updatedAt: r.updated_at,
  };
}

export async function getImport(db: Db, id: string) {
  const row = await repo.findImport(db, id);
  if (!row) throw notFound('Import');
  return { ...toImportDto(row), rejectReasons: await repo.rejectCodeCounts(db, id) };
}

export async function listImports(db: Db, q: { page: number; pageSize: number; state?: string }) {
  const { rows, total } = await repo.listImports(db, q.page, q.pageSize, q.state);
  return { items: rows.map((r) => toImportDto(r)), total };
}

export async function listRejects(db: Db, id: string, q: { page: number; pageSize: number; code?: string }) {
  if (!(await repo.findImport(db, id))) throw notFound('Import');
  const { rows, total } = await repo.listRejects(db, id, q.page, q.pageSize, q.code);
  return { rows: rows.map((r) => ({ ...r, params: r.params ? (JSON.parse(r.params) as RejectParams) : null })), total };
}

/** A failed import goes back to the queue and continues after its last committed batch. */
export async function retryImport(db: Db, actor: ImportActor, id: string) {
  const row = await repo.findImport(db, id);
  if (!row) throw notFound('Import');
  if (row.state !== 'failed')
    throw conflict('IMPORT_NOT_FAILED', `Only a failed import can be retried; this one is ${row.state}`);
  try {
    await access(row.file_path);
  } catch {
    throw conflict('FILE_MISSING', 'The uploaded file is no longer on the server; upload it again');
  }
  await db.transaction().execute(async (trx) => {
    if (!row.job_id || !(await jobs.retry(trx, row.job_id)))
      throw conflict('IMPORT_NOT_FAILED', 'The import job is not in a failed state');
    await repo.updateImport(trx, id, { state: 'queued', error_code: null, error_message: null, finished_at: null });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'interaction_import',
      entityId: id,
      oldValue: { state: 'failed' },
      newValue: { state: 'queued' },
      reason: 'retry',
    });
  });
  return getImport(db, id);
}
