import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { ExcelJS } from '../../../lib/workbook.js';
import { CsvReader, type CsvRecord } from '../../../lib/csv-reader.js';

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

export function csvSource(path: string, o: CsvOptions): Source {
  const file = createReadStream(path, { start: o.startBytes, highWaterMark: 256 * 1024 });
  const reader = new CsvReader({
    delimiter: o.delimiter,
    bom: o.startBytes === 0,
    startLine: o.startLine,
    startByte: o.startBytes,
  });
  return {
    async *batches(size) {
      let batch = newBatch();
      batch.endBytes = o.startBytes;
      const take = function* (records: CsvRecord[]) {
        for (const r of records) {
          if (r.fields === null) batch.errors.set(batch.cells.length, r.error ?? '');
          batch.cells.push(r.fields);
          batch.lines.push(r.line);
          batch.endBytes = r.end;
          if (batch.cells.length >= size) {
            const full = batch;
            batch = newBatch();
            batch.endBytes = full.endBytes;
            yield full;
          }
        }
      };
      for await (const chunk of file) yield* take(reader.write(chunk as Buffer));
      yield* take(reader.end());
      if (batch.cells.length) yield batch;
    },
    close() {
      file.destroy();
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
  const counted = file.pipe(
    new Transform({
      transform(chunk: Buffer, _e, done) {
        read += chunk.length;
        done(null, chunk);
      },
    }),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
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
