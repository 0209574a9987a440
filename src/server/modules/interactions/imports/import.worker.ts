import { refreshPlannerStats, type DbHandle } from '../../../db/connect.js';
import { BulkConflictError, openBulkWriter } from '../../../db/portable.js';
import { centerOffset } from '../../../lib/center-time.js';
import { AppError } from '../../../lib/errors.js';
import { nowIso, nowMs } from '../../../lib/clock.js';
import type { JobContext, JobHandler } from '../../../lib/jobs.js';
import { countImportedRows } from '../../../lib/ops/index.js';
import { getSetting } from '../../../lib/settings.js';
import { streamFromWorker } from '../../../lib/worker-parse.js';
import { importPlan, type Totals } from './import.batch.js';
import type { ColumnMapping } from './import.fields.js';
import { removeFile } from './import.files.js';
import type { ParseInput, ParseMessage } from './import.parse.js';
import * as repo from './import.repo.js';

// The background half of an import: the stored file is read and checked on a worker thread
// (import.parse.ts), and this job writes its parts in batches (interactions + rollups + rejects +
// progress, all-or-nothing), resuming after the last committed batch when a previous run stopped.
// Parsing the next part overlaps the commit of the previous one.

export const IMPORT_JOB = 'interactions.import';
const ROLLED_UP_TABLES = ['interactions', 'interaction_daily', 'interaction_agent_daily', 'interaction_center_daily'];
export interface ImportPayload {
  importId: string;
  mapping: ColumnMapping | null;
}

export interface ImportHooks {
  /** After batch n (1-based, this run) has committed. */
  afterBatch?(n: number): void | Promise<void>;
  /** True to make batch n fail inside its transaction, after its interactions and rollups are written. */
  failInside?(n: number): boolean;
  /** Records per part, instead of PART_ROWS (to test batches of several parts with small files). */
  partRows?: number;
}

export const importJobHandler =
  (handle: DbHandle, hooks: ImportHooks = {}): JobHandler =>
  (ctx) =>
    runImport(handle, ctx, hooks);

async function runImport(handle: DbHandle, ctx: JobContext, hooks: ImportHooks) {
  const { db } = handle;
  const { importId, mapping } = ctx.payload as ImportPayload;
  const imp = await repo.findImport(db, importId);
  if (!imp || imp.state === 'done') return;
  const at = nowIso();
  await repo.updateImport(db, importId, {
    state: 'running',
    started_at: imp.started_at ?? at,
    run_started_at: at,
    run_start_bytes: imp.committed_bytes,
    error_code: null,
    error_message: null,
  });
  try {
    await runBatches(handle, ctx, hooks, { ...imp, state: 'running' }, mapping);
    // A large import changes the tables' shape: the lists' plans (team pages walking the
    // started_at index) follow the planner's statistics, so they are refreshed before the import
    // reads as done rather than whenever autovacuum gets to it.
    await refreshPlannerStats(handle, ROLLED_UP_TABLES).catch(() => undefined);
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
    await repo.updateImport(db, importId, {
      state: 'failed',
      finished_at: nowIso(),
      error_code: code,
      error_message: (err as Error).message.slice(0, 1000),
    });
    throw err;
  }
}

type ImportRow = NonNullable<Awaited<ReturnType<typeof repo.findImport>>>;

const PARSER = new URL('./import.parse.js', import.meta.url);

// A batch (setting interactions.importBatchRows) is one all-or-nothing transaction; it is checked
// and handed to the writer in parts of at most PART_ROWS records, so memory stays flat whatever
// the batch size, while the database commits (and adds to the rollups) once per batch.
const PART_ROWS = 2500;
const MAX_BATCH_ROWS = 100_000;

async function runBatches(
  handle: DbHandle,
  ctx: JobContext,
  hooks: ImportHooks,
  imp: ImportRow,
  mapping: ColumnMapping | null,
) {
  const { db } = handle;
  const batchRows = Math.min(MAX_BATCH_ROWS, Math.max(1, await getSetting(db, 'interactions.importBatchRows')));
  const input: ParseInput = {
    importId: imp.id,
    filePath: imp.file_path,
    fileType: imp.file_type,
    format: imp.format,
    mapping,
    committedLine: imp.committed_line,
    committedBytes: imp.committed_bytes,
    directory: [...(await repo.agentDirectory(db))],
    offsetMinutes: await centerOffset(db),
    maxMs: nowMs() + 86_400_000,
    slSeconds: await getSetting(db, 'interactions.serviceLevelSeconds'),
    satisfiedMin: await getSetting(db, 'appraisal.csatSatisfiedMin'),
    partRows: Math.min(hooks.partRows ?? PART_ROWS, batchRows),
  };
  const maxRejectsKept = await getSetting(db, 'interactions.maxRejectsKept');
  // Reading, checking and summing run on a worker thread (import.parse.ts); this thread writes.
  const parts = streamFromWorker<ParseMessage>({
    module: PARSER,
    fn: 'parseImport',
    args: [input],
    bytes: imp.bytes_total - imp.committed_bytes,
    signal: ctx.signal,
  });
  const writer = await openBulkWriter(handle);
  let totals: Totals = {
    rowsRead: imp.rows_read,
    accepted: imp.accepted,
    rejected: imp.rejected,
    duplicates: imp.duplicates,
    rejectsKept: await repo.countRejects(db, imp.id),
  };
  let committedLine = imp.committed_line;
  let n = 0; // batches committed in this run
  let inBatch = 0; // source records in the batch being written
  let inflight: Promise<void> | null = null;
  let written = 0; // rows the open batch wrote, for the import-rate metric once it commits
  const committed = async () => {
    n += 1;
    countImportedRows(written);
    written = 0;
    await hooks.afterBatch?.(n);
  };
  try {
    for await (const msg of parts) {
      if (ctx.signal.aborted) throw new Error(`import stopped (${String(ctx.signal.reason)})`);
      if ('summary' in msg) {
        await repo.updateImport(db, imp.id, msg.summary);
        continue;
      }
      const { rows, rowLines, rejects, records, sourceRecords, endLine, endBytes, counters } = msg.part;
      if (inflight) await inflight;
      if (ctx.signal.aborted) throw new Error(`import stopped (${String(ctx.signal.reason)})`);
      inBatch += sourceRecords; // a skipped header too: batches end where parts do
      const closes = inBatch >= batchRows;
      if (closes) inBatch = 0;
      const { plan, totals: after } = importPlan({
        importId: imp.id,
        rows,
        rowLines,
        rejects,
        records,
        endLine,
        endBytes,
        commit: closes,
        before: { ...totals, committedLine },
        counters,
        maxRejectsKept,
        failAtEnd: closes && hooks.failInside?.(n + 1),
      });
      const write: Promise<void> = writer.batch(plan).then(async (result) => {
        totals = after(result);
        written += result.inserted;
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
    await parts.return(undefined);
    await writer.close();
  }
}
