// Reading a year's holidays and make-up workdays from a file: a CSV (date,kind,name — or the
// Chinese headers 日期,类型,名称, as Excel on Chinese Windows saves it, in GBK) or an iCalendar
// feed (calendar.import-ics.ts). Pure functions: bytes in, rows with their line numbers and the
// problems found out. Nothing here reads the database; the service compares the rows with it.
import { CsvReader } from '../../lib/csv-reader.js';
import { decodeText, textEncodingOf } from '../../lib/text-encoding.js';
import { parseIcs } from './calendar.import-ics.js';
import {
  MAX_NAME,
  normalizeDate,
  problem,
  type DayKind,
  type ImportProblem,
  type ImportRow,
  type ParsedFile,
} from './calendar.import-rows.js';

export type { ImportProblem, ImportRow, ParsedFile } from './calendar.import-rows.js';

// The words a kind column may hold, in either language (lower-cased, spaces removed).
const KIND_WORDS: Record<string, DayKind> = {
  holiday: 'holiday',
  休: 'holiday',
  节假日: 'holiday',
  假: 'holiday',
  休息: 'holiday',
  放假: 'holiday',
  法定节假日: 'holiday',
  off: 'holiday',
  workday: 'workday',
  班: 'workday',
  调休上班: 'workday',
  补班: 'workday',
  上班: 'workday',
  工作日: 'workday',
  work: 'workday',
  'make-upworkday': 'workday',
  makeupworkday: 'workday',
};
export const kindOf = (text: string): DayKind | null =>
  KIND_WORDS[text.trim().toLowerCase().replace(/\s+/g, '')] ?? null;

const HEADERS: Record<string, 'date' | 'kind' | 'name'> = {
  date: 'date',
  day: 'date',
  日期: 'date',
  kind: 'kind',
  type: 'kind',
  类型: 'kind',
  类别: 'kind',
  name: 'name',
  名称: 'name',
  节日: 'name',
  说明: 'name',
};
// A bilingual header cell ("日期 date", "日期/date") counts as either word.
const headerOf = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .split(/[\s/|()（）]+/)
    .map((w) => HEADERS[w])
    .find(Boolean) ?? null;

/** Reads a file: decodes it (UTF-8 with or without BOM, GBK, UTF-16), tells CSV from .ics by its
 *  name or its first line, and parses it. `maxBytes` is enforced by the caller (the upload). */
export function parseCalendarFile(fileName: string, buf: Buffer): ParsedFile {
  if (buf.length === 0) return { format: null, encoding: null, rows: [], problems: [problem('EMPTY_FILE', null)] };
  const encoding = textEncodingOf(buf);
  const text = decodeText(buf);
  if (!encoding || text === null)
    return { format: null, encoding: null, rows: [], problems: [problem('NOT_TEXT', null)] };
  const body = text.replace(/^\uFEFF/, '');
  const ics = /\.ics$/i.test(fileName) || /^\s*BEGIN:VCALENDAR/i.test(body);
  const { rows, problems } = ics ? parseIcs(body) : parseCsv(body);
  if (!rows.length && !problems.some((p) => p.severity === 'error')) problems.unshift(problem('EMPTY_FILE', null));
  return { format: ics ? 'ics' : 'csv', encoding: encoding === 'gb18030' ? 'gbk' : encoding, rows, problems };
}

/** CSV rows. The header names the columns (English or Chinese, any order); a file whose first
 *  row already holds a date is read as date,kind,name without one. Comma or tab separated. */
export function parseCsv(text: string): { rows: ImportRow[]; problems: ImportProblem[] } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const reader = new CsvReader({ delimiter });
  const records = reader.end(reader.write(Buffer.from(text, 'utf8')));
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  let columns: { date: number; kind: number; name: number } | null = null;
  for (const rec of records) {
    if (!rec.fields) {
      problems.push(problem('BAD_CSV', rec.line, null, rec.error ?? null));
      continue;
    }
    const cells = rec.fields.map((f) => f.trim());
    if (cells.every((c) => c === '')) continue;
    if (!columns) {
      if (normalizeDate(cells[0]) || /^\d{4}\D/.test(cells[0])) columns = { date: 0, kind: 1, name: 2 };
      else {
        const named = cells.map(headerOf);
        const found = { date: named.indexOf('date'), kind: named.indexOf('kind'), name: named.indexOf('name') };
        if (found.date < 0 || found.kind < 0)
          return {
            rows,
            problems: [...problems, problem('MISSING_COLUMNS', rec.line, null, cells.join(delimiter).slice(0, 200))],
          };
        columns = found;
        continue;
      }
    }
    const row = rowOf(
      rec.line,
      cells[columns.date] ?? '',
      cells[columns.kind] ?? '',
      columns.name >= 0 ? (cells[columns.name] ?? '') : '',
      problems,
    );
    if (row) rows.push(row);
  }
  return { rows, problems };
}

/** One row checked on its own (date, kind, name); null with a problem recorded when it is unusable. */
function rowOf(
  line: number,
  dateText: string,
  kindText: string,
  name: string,
  problems: ImportProblem[],
): ImportRow | null {
  const day = normalizeDate(dateText);
  const kind = kindOf(kindText);
  if (!day) problems.push(problem('BAD_DATE', line, null, dateText.slice(0, 100)));
  if (!kind) problems.push(problem('UNKNOWN_KIND', line, day, kindText.slice(0, 100)));
  if (day && kind && !name) problems.push(problem('MISSING_NAME', line, day));
  if (name.length > MAX_NAME) problems.push(problem('NAME_TOO_LONG', line, day, name.slice(0, 100)));
  return day && kind && name && name.length <= MAX_NAME ? { line, day, kind, name } : null;
}

export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** Checks across rows: a day outside the year, the same day twice, a make-up workday on a day
 *  that works anyway. Returns the rows to use (one per day) and the problems. */
export function checkRows(rows: ImportRow[], year: number): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byDay = new Map<string, ImportRow>();
  for (const row of rows) {
    if (Number(row.day.slice(0, 4)) !== year) {
      problems.push(problem('OUTSIDE_YEAR', row.line, row.day, String(year)));
      continue;
    }
    const seen = byDay.get(row.day);
    if (seen) {
      const same = seen.kind === row.kind && seen.name === row.name;
      problems.push(problem(same ? 'DUPLICATE_ROW' : 'DUPLICATE_DATE', row.line, row.day, String(seen.line)));
      continue;
    }
    byDay.set(row.day, row);
    const weekday = weekdayOf(row.day);
    if (row.kind === 'workday' && weekday !== 0 && weekday !== 6)
      problems.push(problem('WEEKDAY_WORKDAY', row.line, row.day));
  }
  return { rows: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)), problems };
}
