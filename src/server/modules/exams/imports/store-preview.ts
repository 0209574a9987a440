import type { ExamImportTable } from '../../../db/schema-exams.js';

// A preview row, stored and answered (issue 16). A big bank's preview is tens of MB of JSON: on
// SQLite, writing it through the app's connection and encoding the answer stalled every request
// for seconds, so storePreviewSqlite runs on a worker thread with a connection of its own (the
// caller holds the file's write gate meanwhile) and hands back the answer's bytes.

export type PreviewRow = Omit<ExamImportTable, 'committed_at'> & { committed_at: string | null };

/** The preview as the API's JSON text, its lists spliced in as stored, never parsed again. */
export function previewText(row: PreviewRow) {
  const head = JSON.stringify({
    id: row.id,
    format: row.format,
    fileName: row.file_name,
    status: row.status,
    createdAt: row.created_at,
    committedAt: row.committed_at,
  });
  return `{"success":true,"data":${head.slice(0, -1)},"questions":${row.questions},"skipped":${row.skipped},"errors":${row.errors},"warnings":${row.warnings}}}`;
}

const COLUMNS = [
  'id',
  'created_by',
  'format',
  'file_name',
  'status',
  'questions',
  'skipped',
  'errors',
  'warnings',
  'created_at',
  'committed_at',
] as const;

/** Inserts the row into the SQLite file and returns the answer as UTF-8 bytes. */
export async function storePreviewSqlite(file: string, row: PreviewRow): Promise<Buffer> {
  const { default: SQLite } = await import('better-sqlite3');
  const conn = new SQLite(file);
  try {
    conn.pragma('busy_timeout = 30000');
    conn
      .prepare(`INSERT INTO exam_imports (${COLUMNS.join(',')}) VALUES (${COLUMNS.map(() => '?').join(',')})`)
      .run(COLUMNS.map((c) => row[c]));
  } finally {
    conn.close();
  }
  return Buffer.from(previewText(row));
}
