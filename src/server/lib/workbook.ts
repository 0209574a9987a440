import { createRequire } from 'node:module';
import type * as Excel from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Locale } from '../../common/roles.js';
import type { Db } from '../db/connect.js';
import { badRequest } from './errors.js';
import { guardXlsxUpload } from './upload-guard.js';

// The .xlsx tables the modules hand out share one way of being made and read: a named sheet, a
// bold header row in the reader's language (zh-CN by default) frozen at the top, columns wide
// enough for their headers; uploads read through cellValue. Appraisal's payroll, sheets,
// distribution and appeals and attendance's monthly summary are all written through tableWorkbook.

type ExcelModule = typeof Excel;
const requireCjs = createRequire(import.meta.url);
let excelModule: ExcelModule | undefined;

/**
 * exceljs, loaded on first use. Parsing it took ~300 ms of every server start (issue 23) though
 * only uploads and downloads need it; it is CommonJS, so a synchronous require keeps callers as
 * they were: `import { ExcelJS } from '…/lib/workbook.js'` in place of `import ExcelJS from
 * 'exceljs'`, then `new ExcelJS.Workbook()` and `ExcelJS.CellValue` alike.
 */
export const ExcelJS: ExcelModule = new Proxy({} as ExcelModule, {
  get: (_target, key) => Reflect.get((excelModule ??= requireCjs('exceljs') as ExcelModule), key),
});
/** The types of exceljs under the same name (types cost nothing at run time). */
// eslint-disable-next-line @typescript-eslint/no-namespace -- a value and its types under one name, as exceljs's own import gave
export declare namespace ExcelJS {
  type Workbook = Excel.Workbook;
  type Worksheet = Excel.Worksheet;
  type Row = Excel.Row;
  type Cell = Excel.Cell;
  type CellValue = Excel.CellValue;
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 6266 / 5987: an ASCII fallback name and the UTF-8 one. */
export const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A word in both languages: [zh-CN, en-US]. */
export type Pair = readonly [string, string];
export const inLocale = (locale: Locale, pair: Pair) => pair[locale === 'en-US' ? 1 : 0];

export type Cell = string | number | null;

export interface Table {
  sheetName: string;
  headers: string[];
  rows: Cell[][];
  /** Rows (0-based among `rows`) written bold: totals. */
  boldRows?: Set<number>;
  /** Number formats by column (0-based), e.g. '0.00' for money. */
  numFmt?: Record<number, string>;
}

/** Excel refuses sheet names over 31 characters or holding \ / ? * [ ] : */
const sheetTitle = (name: string, fallback: string) => name.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || fallback;

export async function tableWorkbook(t: Table): Promise<Buffer> {
  return tablesWorkbook([t]);
}

/** One workbook, one sheet per table in order (a report's sections); repeated names get a number. */
export async function tablesWorkbook(tables: Table[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const used = new Set<string>();
  tables.forEach((t, i) => {
    let name = sheetTitle(t.sheetName, tables.length === 1 ? 'sheet' : `sheet${i + 1}`);
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${name.slice(0, 27)} (${k})`;
    used.add(name.toLowerCase());
    addTableSheet(wb.addWorksheet(name), t);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addTableSheet(ws: ExcelJS.Worksheet, t: Table) {
  ws.addRow(t.headers).font = { bold: true };
  t.rows.forEach((cells, n) => {
    const row = ws.addRow(cells.map((c) => c ?? ''));
    if (t.boldRows?.has(n)) row.font = { bold: true };
  });
  for (const [col, fmt] of Object.entries(t.numFmt ?? {})) ws.getColumn(Number(col) + 1).numFmt = fmt;
  t.headers.forEach((h, n) => {
    ws.getColumn(n + 1).width = Math.min(30, Math.max(10, h.length * 2 + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export const badXlsx = () =>
  badRequest('BAD_FILE', 'The file is not a readable .xlsx workbook (save it again from Excel as .xlsx)', 'file');

/** A cell of an uploaded workbook as text or number (formulas by their result, rich text as text). */
export function cellValue(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'object' && 'result' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

/** The first sheet of an uploaded workbook (a zip bomb is refused before exceljs opens it). */
export async function firstSheetOf(db: Db, buf: Buffer) {
  await guardXlsxUpload(db, buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as never);
  } catch {
    throw badXlsx();
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badXlsx();
  return ws;
}

export interface XlsxFile {
  body: Buffer;
  /** The name in the reader's language, and an ASCII one for clients that take no other. */
  fileName: string;
  ascii: string;
}

/** Sends a workbook as a download (audited as an export by lib/audit-exports.ts unless a template). */
export const sendXlsx = (reply: FastifyReply, f: XlsxFile) =>
  reply.header('content-type', xlsxType).header('content-disposition', attachment(f.ascii, f.fileName)).send(f.body);
