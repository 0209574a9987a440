import type { Delimiter } from '../interactionsApi';

// The head of a CSV read in the browser (FileReader): enough lines to detect the delimiter and
// show the header row with a few sample rows. The file itself is never uploaded from here.

export const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
const HEAD_BYTES = 64 * 1024;
const SAMPLE_RECORDS = 6;

export interface CsvSample {
  fileName: string;
  delimiter: Delimiter;
  rows: string[][];
}

/** Splits text into records of fields (RFC 4180 quotes; a partial last record is dropped). */
export function parseRecords(text: string, delimiter: string, max = SAMPLE_RECORDS, complete = true): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  for (; i < text.length && rows.length < max; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (complete && rows.length < max && (field !== '' || row.length)) rows.push([...row, field]);
  return rows;
}

/** The delimiter that splits the first lines into the same number (> 1) of columns, most columns first. */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const rows = parseRecords(text, d, SAMPLE_RECORDS, false);
    if (!rows.length) continue;
    const n = rows[0].length;
    const consistent = rows.every((r) => r.length === n);
    const score = n > 1 ? n + (consistent ? 1000 : 0) : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const readHead = (file: File) =>
  new Promise<{ text: string; whole: boolean }>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve({ text: String(reader.result ?? '').replace(/^\ufeff/, ''), whole: file.size <= HEAD_BYTES });
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file.slice(0, HEAD_BYTES), 'utf-8');
  });

/** Reads a file's first lines and guesses its delimiter. */
export async function readSample(
  file: File,
  delimiter?: Delimiter,
): Promise<CsvSample & { text: string; whole: boolean }> {
  const { text, whole } = await readHead(file);
  const d = delimiter ?? detectDelimiter(text);
  return { fileName: file.name, delimiter: d, rows: parseRecords(text, d, SAMPLE_RECORDS, whole), text, whole };
}

/** Header text → comparable form (as the server compares them: case, spaces, _ - and a bracketed unit do not matter). */
export const normalizeHeader = (h: string) =>
  h
    .replace(/^\ufeff/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();
