import { ExcelJS } from '../../../lib/workbook.js';
import { readCsvText } from '../../../lib/csv-reader.js';
import { badRequest } from '../../../lib/errors.js';
import { decodeText } from '../../../lib/text-encoding.js';

// The roster file format: which columns exist, how a header is recognised, and how a .xlsx or
// .csv file becomes rows of trimmed text keyed by column. No rules about people live here.

// `header` is the Chinese template's column, `en` the English template's; either is read.
export const ROSTER_COLUMNS = [
  {
    key: 'employeeNo',
    header: '工号',
    en: 'Employee No',
    required: true,
    aliases: ['员工编号', '员工工号', 'empno'],
  },
  { key: 'name', header: '姓名', en: 'Name', required: true, aliases: [] },
  { key: 'gender', header: '性别', en: 'Gender', required: false, aliases: ['sex'] },
  { key: 'hireDate', header: '入职日期', en: 'Hire Date', required: true, aliases: [] },
  { key: 'department', header: '部门', en: 'Department', required: false, aliases: ['处室', 'departmentname'] },
  { key: 'team', header: '班组', en: 'Team', required: true, aliases: ['teamname'] },
  { key: 'status', header: '状态', en: 'Status', required: false, aliases: ['人员状态'] },
  {
    key: 'supervisorNo',
    header: '直属上级工号',
    en: 'Supervisor No',
    required: false,
    aliases: ['上级工号', 'supervisoremployeeno'],
  },
  { key: 'position', header: '岗位', en: 'Position', required: false, aliases: [] },
  { key: 'phone', header: '手机', en: 'Phone', required: false, aliases: ['手机号', '电话', 'mobile'] },
  { key: 'email', header: '邮箱', en: 'Email', required: false, aliases: ['电子邮箱'] },
  { key: 'skills', header: '业务技能', en: 'Skills', required: false, aliases: ['技能'] },
] as const;

export type RosterField = (typeof ROSTER_COLUMNS)[number]['key'];
/** Only the cells that hold something: a blank cell and a missing column both mean "not given". */
export type RosterValues = Partial<Record<RosterField, string>>;
export interface RawRow {
  line: number;
  values: RosterValues;
}

/** The template's sheets by language; the notes sheet of either is never read as data. */
export const DATA_SHEET = { 'zh-CN': '花名册', 'en-US': 'Roster' } as const;
export const NOTES_SHEET = { 'zh-CN': '说明', 'en-US': 'Notes' } as const;
const NOTES_SHEETS: string[] = Object.values(NOTES_SHEET);
/** A row whose first cell starts with # is an example or a comment and is never imported. */
export const COMMENT_MARK = '#';
const MAX_CELL = 1000;

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/[（(][^)）]*[)）]/g, '')
    .replace(/[\s*＊_-]/g, '')
    .toLowerCase();
const HEADER_INDEX = new Map<string, RosterField>(
  ROSTER_COLUMNS.flatMap((c) =>
    [c.header, c.en, c.key, ...c.aliases].map((h) => [norm(h), c.key] as [string, RosterField]),
  ),
);

type Cell = string | number | Date | null;
interface Grid {
  rows: { line: number; cells: Cell[] }[];
}

const isoOf = (d: Date) => new Date(Math.round(d.getTime() / 60_000) * 60_000).toISOString().slice(0, 10);
/** Excel's 1900 date system: serial 1 is 1900-01-01 and day 0 is 1899-12-30 (after the leap-year bug). */
const excelSerialToIso = (n: number) => isoOf(new Date(Date.UTC(1899, 11, 30) + n * 86_400_000));

function cellToText(c: Cell, field: RosterField): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : isoOf(c);
  if (typeof c === 'number' && field === 'hireDate' && c > 0 && c < 2_958_466) return excelSerialToIso(c);
  return String(c)
    .trim()
    .slice(0, MAX_CELL + 1);
}

const fieldsOf = (cells: Cell[]) => cells.map((c) => HEADER_INDEX.get(norm(String(c ?? ''))) ?? null);
const REQUIRED = ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.key);

/** The header row decides which column holds which field: the first row naming every required
 * column (a title line above it is allowed), else the first row, to say what is missing. */
function toRows(grid: Grid, maxRows: number): RawRow[] {
  if (!grid.rows.length) throw badRequest('EMPTY_FILE', 'The file is empty: it has no header row and no data', 'file');
  const at = Math.max(
    0,
    grid.rows.slice(0, 10).findIndex((r) => REQUIRED.every((k) => fieldsOf(r.cells).includes(k))),
  );
  const body = grid.rows.slice(at + 1);
  const fields = fieldsOf(grid.rows[at].cells);
  const seen = new Set<RosterField>();
  for (const f of fields) {
    if (f && seen.has(f))
      throw badRequest('DUPLICATE_COLUMNS', `The column ${ROSTER_COLUMNS.find((c) => c.key === f)!.en} appears twice`);
    if (f) seen.add(f);
  }
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !seen.has(c.key));
  if (missing.length) {
    throw badRequest(
      'MISSING_COLUMNS',
      `Missing column(s): ${missing.map((c) => c.en).join(', ')} (缺少列：${missing.map((c) => c.header).join('、')}). Download the template for the expected headers.`,
    );
  }
  const rows: RawRow[] = [];
  for (const r of body) {
    const values: RosterValues = {};
    fields.forEach((f, i) => {
      const text = f ? cellToText(r.cells[i] ?? null, f) : '';
      if (f && text) values[f] = text;
    });
    if (
      !Object.keys(values).length ||
      String(r.cells[0] ?? '')
        .trim()
        .startsWith(COMMENT_MARK)
    )
      continue;
    if (rows.length >= maxRows)
      throw badRequest('TOO_MANY_ROWS', `A roster file may hold at most ${maxRows} rows; split the file`);
    rows.push({ line: r.line, values });
  }
  return rows;
}

function excelCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('error' in v) return String(v.error);
  if ('result' in v) return excelCell((v.result ?? null) as ExcelJS.CellValue); // formula: its computed value
  if ('text' in v) return excelCell(v.text as ExcelJS.CellValue); // hyperlink, e.g. an e-mail address
  return null;
}

const BAD_XLSX = () =>
  badRequest('BAD_FILE', 'The file is not a readable .xlsx workbook (save it again from Excel as .xlsx)', 'file');

async function readXlsx(buf: Buffer): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as any);
  } catch {
    throw BAD_XLSX();
  }
  const ws = wb.worksheets.find((w) => !NOTES_SHEETS.includes(w.name)) ?? wb.worksheets[0];
  if (!ws) throw BAD_XLSX(); // a zip, but not a workbook (e.g. a .docx renamed)
  const grid: Grid = { rows: [] };
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = excelCell(cell.value);
    });
    if (cells.some((c) => c !== null && String(c).trim() !== ''))
      grid.rows.push({ line, cells: Array.from(cells, (c) => c ?? null) });
  });
  return grid;
}

/** UTF-8, or GBK as Excel on Chinese Windows saves CSV, or UTF-16 (lib/text-encoding.ts). */
function csvText(buf: Buffer): string {
  const text = decodeText(buf);
  if (text === null) throw badRequest('BAD_FILE', 'The file is not a readable CSV text file');
  return text;
}

async function readCsv(buf: Buffer, maxRows: number): Promise<Grid> {
  const text = csvText(buf);
  const delimiter = text.split('\n', 1)[0].includes('\t') && !text.split('\n', 1)[0].includes(',') ? '\t' : ',';
  const grid: Grid = { rows: [] };
  let data = 0;
  for (const rec of readCsvText(Buffer.from(text, 'utf8'), delimiter)) {
    if (!rec.fields) throw badRequest('BAD_FILE', `The CSV file could not be read near line ${rec.line}: ${rec.error}`);
    // rec.line is where the record ends; a quoted cell may span lines, so count back to its start.
    const extra = rec.fields.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    if (rec.fields.every((c) => !c.trim())) continue;
    grid.rows.push({ line: rec.line - extra, cells: rec.fields });
    if (!rec.fields[0]?.trim().startsWith(COMMENT_MARK) && ++data > maxRows + 1) break; // header + too many: stop reading
  }
  return grid;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A file as uploaded → rows. Throws 400 with a clear errorCode when the file as a whole is unusable. */
export async function parseRosterFile(fileName: string, buf: Buffer, maxRows: number): Promise<RawRow[]> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') {
    throw badRequest(
      'UNSUPPORTED_FILE_TYPE',
      `Upload a .xlsx or .csv file${ext === 'xls' ? ' (save the old .xls as .xlsx in Excel)' : ''}`,
      'file',
    );
  }
  if (
    !buf.length ||
    (ext === 'csv' &&
      !buf
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim())
  ) {
    throw badRequest('EMPTY_FILE', 'The file is empty', 'file');
  }
  // Content decides over the name: a workbook saved with a .csv name is still read as a workbook.
  const isZip = buf.subarray(0, 4).equals(ZIP_MAGIC);
  if (ext === 'xlsx' && !isZip) throw BAD_XLSX();
  return toRows(isZip ? await readXlsx(buf) : await readCsv(buf, maxRows), maxRows);
}
