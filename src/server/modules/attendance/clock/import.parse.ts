import { ExcelJS } from '../../../lib/workbook.js';
import type { ImportMapping } from '../../../../common/attendance-clock.js';
import { readCsvText } from '../../../lib/csv-reader.js';
import { badRequest } from '../../../lib/errors.js';
import { decodeText } from '../../../lib/text-encoding.js';

// The punch file: a time-clock or access-control export, or our template. Three columns matter —
// employee number, time and (optionally) device; some clocks write the date and the time of day
// in two columns. The header row names them in Chinese or English (with the aliases common
// exports use), or the uploader maps their own headers (ImportQuery). No rules about people here.

export const PUNCH_COLUMNS = [
  {
    key: 'employeeNo',
    header: '工号',
    en: 'Employee No',
    aliases: ['员工编号', '人员编号', '考勤号码', '员工工号', 'empno', 'badge'],
  },
  {
    key: 'time',
    header: '打卡时间',
    en: 'Punch Time',
    aliases: ['时间', '刷卡时间', '签到时间', 'datetime', 'checktime', 'time'],
  },
  { key: 'date', header: '日期', en: 'Date', aliases: ['打卡日期', '刷卡日期'] },
  { key: 'device', header: '设备', en: 'Device', aliases: ['考勤机', '机器号', '设备名称', 'terminal', 'machine'] },
] as const;
export type PunchField = (typeof PUNCH_COLUMNS)[number]['key'];

export interface PunchRow {
  line: number;
  employeeNo: string;
  time: string; // the time cell as text, or an ISO form of a workbook's date cell (center wall clock)
  date: string | null;
  device: string | null;
}
export interface ParsedFile {
  columns: { employeeNo: string; time: string; date: string | null; device: string | null };
  rows: PunchRow[];
}

type Cell = string | number | Date | null;
const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/[（(][^)）]*[)）]/g, '')
    .replace(/[\s*＊_-]/g, '')
    .toLowerCase();
const KNOWN = new Map<string, PunchField>(
  PUNCH_COLUMNS.flatMap((c) =>
    [c.header, c.en, c.key, ...c.aliases].map((h) => [norm(h), c.key] as [string, PunchField]),
  ),
);

/** A workbook's date cell holds the wall-clock time as if it were UTC (exceljs), so read it back that way. */
const wallClock = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : wallClock(c);
  if (typeof c === 'number' && c > 0 && c < 2_958_466)
    // Excel's serial date (days since 1899-12-30), possibly with a time fraction.
    return wallClock(new Date(Date.UTC(1899, 11, 30) + Math.round(c * 86_400) * 1000));
  return String(c).trim().slice(0, 200);
}

function columnsOf(header: Cell[], mapping: ImportMapping) {
  const texts = header.map((c) => String(c ?? '').trim());
  const at = new Map<PunchField, number>();
  texts.forEach((t, i) => {
    const f = KNOWN.get(norm(t));
    if (f && !at.has(f)) at.set(f, i);
  });
  for (const key of ['employeeNo', 'time', 'date', 'device'] as const) {
    const wanted = mapping[key];
    if (!wanted) continue;
    const i = texts.findIndex((t) => norm(t) === norm(wanted));
    if (i < 0) throw badRequest('MAPPED_COLUMN_MISSING', `The file has no column "${wanted}" (mapped to ${key})`, key);
    at.set(key, i);
  }
  const missing = (['employeeNo', 'time'] as const).filter((k) => !at.has(k));
  if (missing.length)
    throw badRequest(
      'MISSING_COLUMNS',
      `Missing column(s): ${missing.map((k) => PUNCH_COLUMNS.find((c) => c.key === k)!.en).join(', ')}; download the template or map your file's columns`,
    );
  return at;
}

async function readXlsx(buf: Buffer): Promise<Cell[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as any);
  } catch {
    throw badRequest(
      'BAD_FILE',
      'The file is not a readable .xlsx workbook (save it again from Excel as .xlsx)',
      'file',
    );
  }
  const ws = wb.worksheets.find((w) => w.name !== '说明' && w.name !== 'Notes') ?? wb.worksheets[0];
  if (!ws) throw badRequest('BAD_FILE', 'The file is not a readable .xlsx workbook', 'file');
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, line) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const v = cell.value;
      cells[col - 1] =
        v === null || v === undefined
          ? null
          : v instanceof Date || typeof v === 'number' || typeof v === 'string'
            ? v
            : typeof v === 'object' && 'result' in v
              ? ((v.result ?? null) as Cell)
              : typeof v === 'object' && 'richText' in v
                ? v.richText.map((t) => t.text).join('')
                : String(v as unknown);
    });
    rows[line - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

function readCsv(buf: Buffer): Cell[][] {
  const text = decodeText(buf);
  if (text === null) throw badRequest('BAD_FILE', 'The file is not a readable CSV text file', 'file');
  const first = text.split('\n', 1)[0];
  const delimiter =
    first.includes('\t') && !first.includes(',') ? '\t' : first.includes(';') && !first.includes(',') ? ';' : ',';
  const out: Cell[][] = [];
  for (const rec of readCsvText(Buffer.from(text, 'utf8'), delimiter)) {
    if (!rec.fields)
      throw badRequest('BAD_FILE', `The CSV file could not be read near line ${rec.line}: ${rec.error}`, 'file');
    out[rec.line - 1] = rec.fields;
  }
  return Array.from(out, (r) => r ?? []);
}

/** A file as uploaded → rows. A file unusable as a whole is refused with 400 and a clear code. */
export async function parsePunchFile(
  fileName: string,
  buf: Buffer,
  mapping: ImportMapping,
  maxRows: number,
): Promise<ParsedFile> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv' && ext !== 'txt')
    throw badRequest('UNSUPPORTED_FILE_TYPE', 'Upload a .xlsx or .csv file', 'file');
  const isZip = buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  if (ext === 'xlsx' && !isZip)
    throw badRequest(
      'BAD_FILE',
      'The file is not a readable .xlsx workbook (save it again from Excel as .xlsx)',
      'file',
    );
  const grid = isZip ? await readXlsx(buf) : readCsv(buf);
  const headerAt = grid.findIndex((r) => r.some((c) => c !== null && String(c).trim() !== ''));
  if (headerAt < 0) throw badRequest('EMPTY_FILE', 'The file is empty', 'file');
  const header = grid[headerAt];
  const at = columnsOf(header, mapping);
  const name = (k: PunchField) => (at.has(k) ? String(header[at.get(k)!] ?? '').trim() : null);
  const rows: PunchRow[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (!cells.some((c) => c !== null && String(c).trim() !== '')) continue;
    if (
      String(cells[0] ?? '')
        .trim()
        .startsWith('#')
    )
      continue; // the template's example and notes
    if (rows.length >= maxRows)
      throw badRequest('TOO_MANY_ROWS', `A punch file may hold at most ${maxRows} rows; split the file`, 'file');
    const get = (k: PunchField) => (at.has(k) ? cellText(cells[at.get(k)!] ?? null) : '');
    rows.push({
      line: i + 1,
      employeeNo: get('employeeNo'),
      time: get('time'),
      date: get('date') || null,
      device: get('device') || null,
    });
  }
  return {
    columns: { employeeNo: name('employeeNo')!, time: name('time')!, date: name('date'), device: name('device') },
    rows,
  };
}

const DATE_TIME =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a row's time (and date, when the file has a date column) names, as ISO UTC; null
 * when it is not a time. A time without a zone is the center's wall clock.
 */
export function punchInstant(time: string, date: string | null, offsetMinutes: number): string | null {
  // A time-of-day cell of a workbook arrives on Excel's day 0 (1899-12-30).
  let text = time.trim().replace(/^1899-12-(30|31) /, '');
  if (date) {
    const d = DATE_TIME.exec(date.trim().replace(/^1899-12-(30|31) /, ''));
    const t = TIME_ONLY.exec(text);
    if (t) {
      if (!d) return null;
      text = `${d[1]}-${d[2]}-${d[3]} ${t[1]}:${t[2]}:${t[3] ?? '00'}`;
    }
  }
  const m = DATE_TIME.exec(text);
  if (!m || m[4] === undefined) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(wall).getUTCDate() !== d) return null; // 02-30
  let offset = offsetMinutes;
  if (m[7]) {
    const z = m[7].toUpperCase();
    offset = z === 'Z' ? 0 : (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)));
  }
  return new Date(wall - offset * 60_000).toISOString();
}
