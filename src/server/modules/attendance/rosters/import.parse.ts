import { ExcelJS } from '../../../lib/workbook.js';
import { readCsvText } from '../../../lib/csv-reader.js';
import { badRequest } from '../../../lib/errors.js';
import { decodeText } from '../../../lib/text-encoding.js';

// The roster file (people × days): a header row with 工号 / Employee No, 姓名 / Name, then one
// column per day (a date: 2027-03-01, 2027/3/1 or an Excel date); below it one row per person with
// a shift code, a rest mark (休 / rest) or nothing (left as it is) in each day's cell. Only the
// shape of the file lives here; the rules (who, which shifts, overlaps) are in import.service.ts.

export const NO_HEADERS = ['工号', 'employeeno', 'empno', '员工编号'];
export const NAME_HEADERS = ['姓名', 'name'];
export const REST_MARKS = ['休', '休息', 'rest', 'off', 'r'];
export const DATA_SHEET = { 'zh-CN': '排班', 'en-US': 'Roster' } as const;
export const NOTES_SHEET = { 'zh-CN': '说明', 'en-US': 'Notes' } as const;
const NOTES = Object.values(NOTES_SHEET) as string[];

type Cell = string | number | Date | null;
export interface RosterFileRow {
  line: number;
  employeeNo: string;
  /** day → the cell's text (trimmed), only the cells that hold something */
  cells: Record<string, string>;
}
export interface RosterFile {
  headerLine: number;
  /** the day columns; a column whose header is not a date is reported, not read */
  days: string[];
  badDays: string[];
  rows: RosterFileRow[];
}

const norm = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/[\s_*-]/g, '')
    .toLowerCase();
const iso = (d: Date) => new Date(Math.round(d.getTime() / 60_000) * 60_000).toISOString().slice(0, 10);

/** A header cell as a day, or null. */
export function dayOf(c: Cell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : iso(c);
  if (typeof c === 'number')
    return c > 20000 && c < 2_958_466 ? iso(new Date(Date.UTC(1899, 11, 30) + c * 86_400_000)) : null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(c ?? '').trim());
  if (!m) return null;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return iso(new Date(`${day}T00:00:00Z`)) === day ? day : null;
}

const text = (c: Cell) => (c instanceof Date ? iso(c) : String(c ?? '').trim()).slice(0, 100);

function toFile(grid: Array<{ line: number; cells: Cell[] }>, maxRows: number): RosterFile {
  const at = grid.slice(0, 10).findIndex((r) => NO_HEADERS.includes(norm(text(r.cells[0] ?? null))));
  if (at < 0)
    throw badRequest('MISSING_COLUMNS', 'The first column must be 工号 / Employee No (download the template)', 'file');
  const header = grid[at];
  const days: string[] = [];
  const badDays: string[] = [];
  const columns: Array<string | null> = header.cells.map((c, i) => {
    if (i === 0 || NAME_HEADERS.includes(norm(text(c)))) return null;
    if (!text(c)) return null;
    const day = dayOf(c);
    if (day) days.push(day);
    else badDays.push(text(c));
    return day;
  });
  const rows: RosterFileRow[] = [];
  for (const r of grid.slice(at + 1)) {
    const employeeNo = text(r.cells[0] ?? null);
    if (!employeeNo || employeeNo.startsWith('#')) continue;
    if (rows.length >= maxRows) throw badRequest('TOO_MANY_ROWS', `A roster file may hold at most ${maxRows} rows`);
    const cells: Record<string, string> = {};
    columns.forEach((day, i) => {
      const v = day ? text(r.cells[i] ?? null) : '';
      if (day && v) cells[day] = v;
    });
    rows.push({ line: r.line, employeeNo, cells });
  }
  return { headerLine: header.line, days, badDays, rows };
}

function excelCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return excelCell((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v) return excelCell(v.text as ExcelJS.CellValue);
  return null;
}

const BAD_FILE = () => badRequest('BAD_FILE', 'The file is not a readable .xlsx workbook or CSV text', 'file');

async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as any);
  } catch {
    throw BAD_FILE();
  }
  const ws = wb.worksheets.find((w) => !NOTES.includes(w.name)) ?? wb.worksheets[0];
  if (!ws) throw BAD_FILE();
  const grid: Array<{ line: number; cells: Cell[] }> = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = excelCell(cell.value);
    });
    grid.push({ line, cells: Array.from(cells, (c) => c ?? null) });
  });
  return grid;
}

function readCsv(buf: Buffer) {
  const decoded = decodeText(buf);
  if (decoded === null) throw BAD_FILE();
  const first = decoded.split('\n', 1)[0];
  const delimiter = first.includes('\t') && !first.includes(',') ? '\t' : ',';
  const grid: Array<{ line: number; cells: Cell[] }> = [];
  for (const rec of readCsvText(Buffer.from(decoded, 'utf8'), delimiter)) {
    if (!rec.fields) throw badRequest('BAD_FILE', `The CSV file could not be read near line ${rec.line}`, 'file');
    if (rec.fields.some((f) => f.trim())) grid.push({ line: rec.line, cells: rec.fields });
  }
  return grid;
}

/** An uploaded .xlsx or .csv → its day columns and rows; 400 with a clear code when unusable. */
export async function parseRosterGrid(fileName: string, buf: Buffer, maxRows: number): Promise<RosterFile> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') throw badRequest('UNSUPPORTED_FILE_TYPE', 'Upload a .xlsx or .csv file', 'file');
  if (!buf.length) throw badRequest('EMPTY_FILE', 'The file is empty', 'file');
  const isZip = buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (ext === 'xlsx' && !isZip) throw BAD_FILE();
  return toFile(isZip ? await readXlsx(buf) : readCsv(buf), maxRows);
}
