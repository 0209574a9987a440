import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

// Reading an import file as a stream of batches: a million rows never sit in memory at once.
// Each record carries the line it ends on, and each batch the byte offset just after its last
// record, so an import that stopped can start reading again right after its last committed batch.

export interface SourceBatch {
  /** Cell texts per record, or null for a record the CSV parser could not read (see errors). */
  cells: (string[] | null)[];
  /** The line each record ends on. */
  lines: number[];
  /** Parser messages of unreadable records, by position in this batch. */
  errors: Map<number, string>;
  /** Byte offset just after the batch's last record (CSV), for resuming without re-reading. */
  endBytes: number;
}
const newBatch = (): SourceBatch => ({ cells: [], lines: [], errors: new Map(), endBytes: 0 });
export interface Source {
  batches(size: number): AsyncGenerator<SourceBatch>;
  close(): void;
}

export interface CsvOptions {
  delimiter: string;
  /** Resume: start reading at this byte offset, numbering lines after startLine. */
  startBytes: number;
  startLine: number;
}

const SKIPPED: string[] = [];

export function csvSource(path: string, o: CsvOptions): Source {
  const file = createReadStream(path, { start: o.startBytes, highWaterMark: 256 * 1024 });
  const parser = parse({
    delimiter: o.delimiter, bom: o.startBytes === 0, relax_column_count: true, relax_quotes: true,
    skip_empty_lines: true, skip_records_with_error: true, max_record_size: 1 << 20,
  });
  // Records are pushed synchronously while the parser works; its `info` then describes the
  // record just finished, so each one's line and end offset are noted here, in push order
  // (parallel arrays rather than an object per record: less garbage on a million rows).
  const lines: number[] = [];
  const ends: number[] = [];
  const errors = new Map<number, string>();
  let head = 0;
  const push = parser.push;
  parser.push = function (rec: string[] | null) {
    if (rec === null) return push.call(this, null);
    lines.push(o.startLine + parser.info.lines);
    ends.push(parser.info.bytes);
    return push.call(this, rec);
  };
  parser.on('skip', (err: Error & { lines?: number }) => {
    errors.set(lines.length, err.message);
    lines.push(o.startLine + (err.lines ?? parser.info.lines));
    ends.push(parser.info.bytes);
    push.call(parser, SKIPPED);
  });
  file.on('error', (err) => parser.destroy(err));
  file.pipe(parser);
  return {
    async *batches(size) {
      let batch = newBatch();
      batch.endBytes = o.startBytes;
      let failed: Error | null = null;
      parser.on('error', (err) => { failed = err; });
      for (;;) {
        let rec: string[] | null;
        while ((rec = parser.read()) !== null) {
          const at = head++;
          if (rec === SKIPPED) {
            batch.errors.set(batch.cells.length, errors.get(at) ?? '');
            batch.cells.push(null);
          } else batch.cells.push(rec);
          batch.lines.push(lines[at]);
          batch.endBytes = o.startBytes + ends[at];
          if (head === lines.length) {
            lines.length = 0;
            ends.length = 0;
            errors.clear();
            head = 0;
          }
          if (batch.cells.length >= size) {
            const full = batch;
            batch = newBatch();
            batch.endBytes = full.endBytes;
            yield full;
          }
        }
        if (failed) throw failed;
        if (parser.readableEnded || parser.destroyed) break;
        await new Promise<void>((resolve) => {
          const done = () => { parser.off('readable', done); parser.off('end', done); parser.off('error', done); parser.off('close', done); resolve(); };
          parser.on('readable', done); parser.on('end', done); parser.on('error', done); parser.on('close', done);
        });
      }
      if (failed) throw failed;
      if (batch.cells.length) yield batch;
    },
    close() {
      file.destroy();
      parser.destroy();
    },
  };
}

/** The first record of a CSV (its header), read from the first 256 KB. */
export async function csvHeader(path: string, delimiter: string): Promise<string[] | null> {
  const src = csvSource(path, { delimiter, startBytes: 0, startLine: 0 });
  try {
    for await (const b of src.batches(1)) return b.cells[0] ?? null;
    return null;
  } finally {
    src.close();
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An .xlsx cell as text; dates (which Excel keeps without a zone) as center-local 'YYYY-MM-DD HH:MM:SS'. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    return `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())} ${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}:${pad2(v.getUTCSeconds())}`;
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return String(v.hyperlink ?? v.text ?? '');
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  if ('text' in v) return String((v as { text: unknown }).text);
  return '';
}

/** The first worksheet of an .xlsx, streamed; rows up to startLine are skipped (resume). */
export function xlsxSource(path: string, o: { startLine: number }): Source {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  let read = 0;
  // Counted on the way through (a 'data' listener on the file would start it flowing too early).
  const counted = file.pipe(new Transform({ transform(chunk: Buffer, _e, done) { read += chunk.length; done(null, chunk); } }));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit',
  });
  return {
    async *batches(size) {
      let batch = newBatch();
      for await (const sheet of reader) {
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          if (row.number <= o.startLine) continue;
          const values = row.values as ExcelJS.CellValue[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
          if (cells.every((c) => c.trim() === '')) continue;
          batch.cells.push(cells);
          batch.lines.push(row.number);
          batch.endBytes = read;
          if (batch.cells.length >= size) {
            yield batch;
            batch = newBatch();
          }
        }
        break; // the first worksheet only
      }
      if (batch.cells.length) yield batch;
    },
    close() {
      file.destroy();
    },
  };
}

/** The header row of an .xlsx and whether a data row follows. */
export async function xlsxHead(path: string): Promise<{ header: string[] | null; hasData: boolean }> {
  const src = xlsxSource(path, { startLine: 0 });
  try {
    for await (const b of src.batches(2)) return { header: b.cells[0] ?? null, hasData: b.cells.length > 1 };
    return { header: null, hasData: false };
  } finally {
    src.close();
  }
}
