import { access } from 'node:fs/promises';
import { AppError } from '../../../lib/errors.js';
import { contributions, type PendingReject } from './import.batch.js';
import { asteriskConverter, columnsConverter, type Converter, type Row } from './import.convert.js';
import { mappingColumns, templateColumns, type ColumnMapping } from './import.fields.js';
import { LegPlanner, type LegSummary } from './import.legs.js';
import { csvHeader, csvSource, xlsxHead, xlsxSource, type Source } from './import.source.js';

// The parsing half of an import, run on a worker thread (lib/worker-parse.ts) so that reading,
// checking and summing a million rows never holds up the requests of other users: the file is
// read in parts, each record checked and converted, each part's rollup counters summed, and the
// parts handed to the import job (import.worker.ts), which writes them. Nothing here touches the
// database or the clock: what it needs is in ParseInput.

export interface ParseInput {
  importId: string;
  filePath: string;
  fileType: string;
  format: string;
  mapping: ColumnMapping | null;
  /** Resume after this line / byte (the last committed batch). */
  committedLine: number;
  committedBytes: number;
  /** Employee number or alias (lower case) → employee id. */
  directory: [string, string][];
  offsetMinutes: number;
  maxMs: number;
  slSeconds: number;
  /** appraisal.csatSatisfiedMin: what a satisfied CSAT response is, for the rollups' csat_satisfied. */
  satisfiedMin: number;
  partRows: number;
}

export interface ParsedPart {
  rows: Row[];
  rowLines: number[];
  rejects: PendingReject[];
  /** Records the part covered (rows + rejects), and source records read (a skipped header too). */
  records: number;
  sourceRecords: number;
  endLine: number;
  endBytes: number;
  counters: ReturnType<typeof contributions>;
}
export type ParseMessage = { summary: LegSummary } | { part: ParsedPart };

const rawOf = (cells: string[]) =>
  cells
    .map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(',')
    .slice(0, 2000);
const newlines = (cells: string[]) => cells.reduce((n, c) => n + (c.includes('\n') ? c.split('\n').length - 1 : 0), 0);

async function openSource(p: ParseInput) {
  try {
    await access(p.filePath);
  } catch {
    throw new AppError(410, 'FILE_MISSING', 'The uploaded file is no longer on the server; upload it again');
  }
  const delimiter = p.mapping?.delimiter ?? ',';
  const wantsHeader = p.format === 'template' || (p.format === 'mapping' && p.mapping!.hasHeader);
  let header: string[] | null = null;
  let skipThrough = p.committedLine;
  let headerLine = 0;
  let source: Source;
  if (p.fileType === 'xlsx') {
    header = (await xlsxHead(p.filePath)).header;
    source = xlsxSource(p.filePath, { startLine: Math.max(skipThrough, wantsHeader ? 1 : 0) });
  } else {
    const first = wantsHeader || p.format === 'asterisk' ? await csvHeader(p.filePath, delimiter) : null;
    if (wantsHeader) header = first;
    // An Asterisk export may carry a header line; cdr_csv itself never writes one.
    headerLine = wantsHeader || first?.[0]?.trim().toLowerCase() === 'accountcode' ? 1 : 0;
    skipThrough = Math.max(skipThrough, headerLine);
    source = csvSource(p.filePath, { delimiter, startBytes: p.committedBytes, startLine: p.committedLine });
  }
  return { source, header, skipThrough, headerLine, delimiter };
}

function makeConverter(p: ParseInput, header: string[] | null): Converter {
  const directory = new Map(p.directory);
  const ctx = {
    importId: p.importId,
    agentOf: (k: string) => directory.get(k.toLowerCase()),
    offsetMinutes: p.offsetMinutes,
    maxMs: p.maxMs,
    defaults: {
      direction: p.mapping?.defaults?.direction ?? ('in' as const),
      channel: p.mapping?.defaults?.channel ?? 'voice',
      businessType: p.mapping?.defaults?.businessType ?? '',
    },
  };
  if (p.format === 'asterisk') return asteriskConverter(ctx);
  const t = p.format === 'template' ? templateColumns(header ?? []) : null;
  const { index, missing } = t
    ? { index: t.index, missing: t.missing.map((f) => `${f.zh} (${f.en})`) }
    : mappingColumns(p.mapping!, p.mapping!.hasHeader ? header : null);
  if (missing.length)
    throw new AppError(400, 'MISSING_COLUMNS', `The file lacks required columns: ${missing.join(', ')}`);
  return columnsConverter(index, ctx);
}

/** The first pass over an Asterisk file: every leg, so each can be told what it counts for. */
async function planLegs(p: ParseInput, convert: Converter, delimiter: string, headerLine: number) {
  const planner = new LegPlanner();
  const src = csvSource(p.filePath, { delimiter, startBytes: 0, startLine: 0 });
  try {
    for await (const chunk of src.batches(p.partRows)) {
      for (let k = 0; k < chunk.cells.length; k++) {
        const cells = chunk.cells[k];
        if (!cells || chunk.lines[k] <= headerLine) continue;
        const out = convert(cells);
        if (Array.isArray(out)) planner.see(out, chunk.lines[k], cells.length >= 20);
      }
    }
  } finally {
    src.close();
  }
  return planner;
}

/** The import's file as checked parts, from after its last committed batch (an async generator). */
export async function* parseImport(p: ParseInput): AsyncGenerator<ParseMessage> {
  const { source, header, skipThrough, headerLine, delimiter } = await openSource(p);
  try {
    const convert = makeConverter(p, header);
    let planner: LegPlanner | null = null;
    if (p.format === 'asterisk') {
      planner = await planLegs(p, convert, delimiter, headerLine);
      yield { summary: planner.seal() };
    }
    let committedLine = p.committedLine;
    for await (const chunk of source.batches(p.partRows)) {
      const rows: Row[] = [];
      const rowLines: number[] = [];
      const rejects: PendingReject[] = [];
      const seen = new Map<unknown, number>();
      let records = 0;
      let endLine = committedLine;
      for (let k = 0; k < chunk.cells.length; k++) {
        const line = chunk.lines[k];
        if (line <= skipThrough) continue;
        const cells = chunk.cells[k];
        records++;
        endLine = line;
        if (!cells) {
          const why = chunk.errors.get(k) ?? '';
          rejects.push({
            line,
            code: 'BAD_CSV_RECORD',
            message: `Not a readable CSV record: ${why}`.slice(0, 300),
            params: { value: why.slice(0, 200) },
            raw: '',
          });
          continue;
        }
        const out = convert(cells);
        if (Array.isArray(out)) {
          planner?.place(out, line);
          const earlier = seen.get(out[0]);
          if (earlier === undefined) {
            seen.set(out[0], line);
            rows.push(out);
            rowLines.push(line);
            continue;
          }
          rejects.push({
            line,
            code: 'DUPLICATE_IN_FILE',
            message: `Interaction ID "${out[0]}" appears earlier in this file (line ${earlier})`,
            params: { value: String(out[0]), line: earlier },
            raw: rawOf(cells),
          });
        } else rejects.push({ ...out, line: line - newlines(cells), raw: rawOf(cells) });
      }
      if (!records) continue;
      committedLine = endLine;
      const counters = contributions(rows, p.slSeconds, p.satisfiedMin);
      yield {
        part: {
          rows,
          rowLines,
          rejects,
          records,
          sourceRecords: chunk.cells.length,
          endLine,
          endBytes: chunk.endBytes,
          counters,
        },
      };
    }
  } finally {
    source.close();
  }
}
