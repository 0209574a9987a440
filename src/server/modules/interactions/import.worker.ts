import { access } from 'node:fs/promises';
import type { DbHandle } from '../../db/connect.js';
import { BulkConflictError, openBulkWriter } from '../../db/portable.js';
import { centerOffset } from '../../lib/center-time.js';
import { AppError } from '../../lib/errors.js';
import { nowIso, nowMs } from '../../lib/clock.js';
import type { JobContext, JobHandler } from '../../lib/jobs.js';
import { getSetting } from '../../lib/settings.js';
import { contributions, importPlan, type PendingReject, type Totals } from './import.batch.js';
import { asteriskConverter, columnsConverter, type Converter, type Row } from './import.convert.js';
import { mappingColumns, templateColumns, type ColumnMapping } from './import.fields.js';
import { removeFile } from './import.files.js';
import * as repo from './import.repo.js';
import { csvHeader, csvSource, xlsxHead, xlsxSource, type Source } from './import.source.js';

// The background half of an import: stream the stored file, check each record, write batches
// (interactions + rollups + rejects + progress, all-or-nothing), resume after the last committed
// batch when a previous run stopped. Parsing the next batch overlaps the commit of the previous
// one (on PostgreSQL the database works on the other core meanwhile).

export const IMPORT_JOB = 'interactions.import';
export interface ImportPayload { importId: string; mapping: ColumnMapping | null }

export interface ImportHooks {
  /** After batch n (1-based, this run) has committed. */
  afterBatch?(n: number): void | Promise<void>;
  /** True to make batch n fail inside its transaction, after its interactions and rollups are written. */
  failInside?(n: number): boolean;
  /** Records per part, instead of PART_ROWS (to test batches of several parts with small files). */
  partRows?: number;
}

export const importJobHandler = (handle: DbHandle, hooks: ImportHooks = {}): JobHandler => (ctx) => runImport(handle, ctx, hooks);

const rawOf = (cells: string[]) =>
  cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',').slice(0, 2000);
const newlines = (cells: string[]) => cells.reduce((n, c) => n + (c.includes('\n') ? c.split('\n').length - 1 : 0), 0);

async function runImport(handle: DbHandle, ctx: JobContext, hooks: ImportHooks) {
  const { db } = handle;
  const { importId, mapping } = ctx.payload as ImportPayload;
  const imp = await repo.findImport(db, importId);
  if (!imp || imp.state === 'done') return;
  const at = nowIso();
  await repo.updateImport(db, importId, {
    state: 'running', started_at: imp.started_at ?? at, run_started_at: at, run_start_bytes: imp.committed_bytes, error_code: null, error_message: null,
  });
  try {
    await runBatches(handle, ctx, hooks, { ...imp, state: 'running' }, mapping);
    await repo.updateImport(db, importId, { state: 'done', finished_at: nowIso(), bytes_read: imp.bytes_total });
    await removeFile(imp.file_path);
  } catch (err) {
    // Killed: as if the process had died, nothing more is written. Taken over: the import is
    // another worker's now, and its row is left to that worker.
    if (ctx.signal.reason === 'killed' || err instanceof BulkConflictError) throw err;
    if (ctx.signal.aborted) {
      await repo.updateImport(db, importId, { state: 'queued' });
      throw err;
    }
    const code = err instanceof AppError ? err.errorCode : 'IMPORT_FAILED';
    await repo.updateImport(db, importId, { state: 'failed', finished_at: nowIso(), error_code: code, error_message: (err as Error).message.slice(0, 1000) });
    throw err;
  }
}

type ImportRow = NonNullable<Awaited<ReturnType<typeof repo.findImport>>>;

async function openSource(imp: ImportRow, mapping: ColumnMapping | null) {
  try {
    await access(imp.file_path);
  } catch {
    throw new AppError(410, 'FILE_MISSING', 'The uploaded file is no longer on the server; upload it again');
  }
  const delimiter = mapping?.delimiter ?? ',';
  const wantsHeader = imp.format === 'template' || (imp.format === 'mapping' && mapping!.hasHeader);
  let header: string[] | null = null;
  let skipThrough = imp.committed_line;
  let source: Source;
  if (imp.file_type === 'xlsx') {
    header = (await xlsxHead(imp.file_path)).header;
    source = xlsxSource(imp.file_path, { startLine: Math.max(skipThrough, wantsHeader ? 1 : 0) });
  } else {
    const first = wantsHeader || imp.format === 'asterisk' ? await csvHeader(imp.file_path, delimiter) : null;
    if (wantsHeader) header = first;
    // An Asterisk export may carry a header line; cdr_csv itself never writes one.
    const headerLine = wantsHeader || first?.[0]?.trim().toLowerCase() === 'accountcode' ? 1 : 0;
    skipThrough = Math.max(skipThrough, headerLine);
    source = csvSource(imp.file_path, { delimiter, startBytes: imp.committed_bytes, startLine: imp.committed_line });
  }
  return { source, header, skipThrough };
}

async function makeConverter(handle: DbHandle, imp: ImportRow, mapping: ColumnMapping | null, header: string[] | null): Promise<Converter> {
  const directory = await repo.agentDirectory(handle.db);
  const ctx = {
    importId: imp.id,
    agentOf: (k: string) => directory.get(k.toLowerCase()),
    offsetMinutes: await centerOffset(handle.db),
    maxMs: nowMs() + 86_400_000,
    defaults: { direction: mapping?.defaults?.direction ?? ('in' as const), channel: mapping?.defaults?.channel ?? 'voice', businessType: mapping?.defaults?.businessType ?? '' },
  };
  if (imp.format === 'asterisk') return asteriskConverter(ctx);
  const t = imp.format === 'template' ? templateColumns(header ?? []) : null;
  const { index, missing } = t
    ? { index: t.index, missing: t.missing.map((f) => `${f.zh} (${f.en})`) }
    : mappingColumns(mapping!, mapping!.hasHeader ? header : null);
  if (missing.length) throw new AppError(400, 'MISSING_COLUMNS', `The file lacks required columns: ${missing.join(', ')}`);
  return columnsConverter(index, ctx);
}

// A batch (setting interactions.importBatchRows) is one all-or-nothing transaction; it is checked
// and handed to the writer in parts of at most PART_ROWS records, so memory stays flat whatever
// the batch size, while the database commits (and adds to the rollups) once per batch.
const PART_ROWS = 2500;
const MAX_BATCH_ROWS = 100_000;

async function runBatches(handle: DbHandle, ctx: JobContext, hooks: ImportHooks, imp: ImportRow, mapping: ColumnMapping | null) {
  const { db } = handle;
  const batchRows = Math.min(MAX_BATCH_ROWS, Math.max(1, await getSetting(db, 'interactions.importBatchRows')));
  const slSeconds = await getSetting(db, 'interactions.serviceLevelSeconds');
  const maxRejectsKept = await getSetting(db, 'interactions.maxRejectsKept');
  const { source, header, skipThrough } = await openSource(imp, mapping);
  const convert = await makeConverter(handle, imp, mapping, header);
  const writer = await openBulkWriter(handle);
  let totals: Totals = { rowsRead: imp.rows_read, accepted: imp.accepted, rejected: imp.rejected, duplicates: imp.duplicates, rejectsKept: await repo.countRejects(db, imp.id) };
  let committedLine = imp.committed_line;
  let n = 0; // batches committed in this run
  let inBatch = 0; // source records in the batch being written
  let inflight: Promise<void> | null = null;
  const committed = async () => {
    n += 1;
    await hooks.afterBatch?.(n);
  };
  try {
    for await (const chunk of source.batches(Math.min(hooks.partRows ?? PART_ROWS, batchRows))) {
      if (ctx.signal.aborted) throw new Error(`import stopped (${String(ctx.signal.reason)})`);
      const rows: Row[] = [];
      const rowLines: number[] = [];
      const rejects: PendingReject[] = [];
      const seen = new Map<unknown, number>();
      let records = 0;
      let endLine = committedLine;
      for (let k = 0; k < chunk.cells.length; k++) {
        // Give the event loop a turn now and then: HTTP requests (and, on PostgreSQL, the
        // previous part's round trips) are served while a part is being checked.
        if ((k & 255) === 255) await new Promise((r) => setImmediate(r));
        const line = chunk.lines[k];
        if (line <= skipThrough) continue;
        const cells = chunk.cells[k];
        chunk.cells[k] = null; // let the cells go while the part waits for its turn
        records++;
        endLine = line;
        if (!cells) {
          const why = chunk.errors.get(k) ?? '';
          rejects.push({ line, code: 'BAD_CSV_RECORD', message: `Not a readable CSV record: ${why}`.slice(0, 300), params: { value: why.slice(0, 200) }, raw: '' });
          continue;
        }
        const out = convert(cells);
        if (Array.isArray(out)) {
          const earlier = seen.get(out[0]);
          if (earlier === undefined) {
            seen.set(out[0], line);
            rows.push(out);
            rowLines.push(line);
            continue;
          }
          rejects.push({ line, code: 'DUPLICATE_IN_FILE', message: `Interaction ID "${out[0]}" appears earlier in this file (line ${earlier})`, params: { value: String(out[0]), line: earlier }, raw: rawOf(cells) });
        } else rejects.push({ ...out, line: line - newlines(cells), raw: rawOf(cells) });
      }
      if (!records) continue;
      const counters = contributions(rows, slSeconds); // while the previous part is still being written
      if (inflight) await inflight;
      if (ctx.signal.aborted) throw new Error(`import stopped (${String(ctx.signal.reason)})`);
      inBatch += chunk.cells.length; // source records, a skipped header included: batches end where parts do
      const closes = inBatch >= batchRows;
      if (closes) inBatch = 0;
      const { plan, totals: after } = importPlan({
        importId: imp.id, rows, rowLines, rejects, records, endLine, endBytes: chunk.endBytes, commit: closes,
        before: { ...totals, committedLine }, counters, maxRejectsKept, failAtEnd: closes && hooks.failInside?.(n + 1),
      });
      const write: Promise<void> = writer.batch(plan).then(async (result) => {
        totals = after(result);
        committedLine = endLine; // the progress row says so once the batch commits
        if (closes) await committed();
      });
      write.catch(() => {}); // observed when awaited below
      inflight = write;
    }
    if (inflight) await inflight;
    if (inBatch) {
      await writer.commit(); // the last batch, shorter than the others
      await committed();
    }
  } finally {
    source.close();
    await writer.close();
  }
}
