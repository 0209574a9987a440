import ExcelJS from 'exceljs';
import type { Locale } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import { badRequest } from '../../../lib/errors.js';
import { guardXlsxUpload } from '../../../lib/upload-guard.js';

// The payroll's files: the base-bonus import (column A employee number, column B base bonus in
// yuan, first row headers), its blank template, and the payroll export. Headers are in the
// reader's language (zh-CN by default), as every other export; amounts in yuan with 2 decimals.

type Pair = readonly [string, string];
const HEAD: Record<string, Pair> = {
  no: ['工号', 'Employee no.'],
  name: ['姓名', 'Name'],
  team: ['班组', 'Team'],
  grade: ['等级', 'Grade'],
  score: ['得分', 'Score'],
  coefficient: ['奖金系数', 'Coefficient'],
  base: ['基础奖金(元)', 'Base bonus (CNY)'],
  amount: ['奖金(元)', 'Amount (CNY)'],
  teamTotal: ['班组合计', 'Team total'],
  pool: ['奖金池(元)', 'Pool (CNY)'],
  grandTotal: ['总计', 'Total'],
};
const word = (locale: Locale, k: string) => HEAD[k][locale === 'en-US' ? 1 : 0];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
export const xlsxType = XLSX;

export const payrollFileName = (locale: Locale, cycleName: string) =>
  `${cycleName}-${locale === 'en-US' ? 'payroll' : '绩效奖金'}.xlsx`;
export const templateFileName = (locale: Locale) => (locale === 'en-US' ? 'base-bonus.xlsx' : '基础奖金.xlsx');

export interface PayrollLine {
  employeeNo: string;
  name: string;
  teamId: string;
  teamName: string;
  grade: string | null;
  total: number | null;
  coefficient: number | null;
  amountCents: number;
}

const yuan = (cents: number) => Math.round(cents) / 100;

/** One row per person grouped by team, a totals row after each team (with its pool in pool mode), a grand total. */
export async function payrollWorkbook(
  lines: PayrollLine[],
  pools: Record<string, number> | null,
  locale: Locale,
  sheetName: string,
): Promise<Buffer> {
  const w = (k: string) => word(locale, k);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const ws = wb.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || 'payroll');
  const headers = [w('no'), w('name'), w('team'), w('grade'), w('score'), w('coefficient'), w('amount')];
  ws.addRow(headers).font = { bold: true };
  const teams = new Map<string, PayrollLine[]>();
  for (const l of lines) {
    const list = teams.get(l.teamId);
    if (list) list.push(l);
    else teams.set(l.teamId, [l]);
  }
  let grand = 0;
  for (const [teamId, people] of teams) {
    for (const l of people)
      ws.addRow([
        l.employeeNo,
        l.name,
        l.teamName,
        l.grade ?? '',
        l.total ?? '',
        l.coefficient ?? '',
        yuan(l.amountCents),
      ]);
    const sum = people.reduce((s, l) => s + l.amountCents, 0);
    grand += sum;
    const pool = pools?.[teamId];
    const row = ws.addRow([
      '',
      pools ? `${w('pool')}: ${pool === undefined ? '' : yuan(pool).toFixed(2)}` : '',
      people[0].teamName,
      '',
      '',
      w('teamTotal'),
      yuan(sum),
    ]);
    row.font = { bold: true };
  }
  ws.addRow(['', '', '', '', '', w('grandTotal'), yuan(grand)]).font = { bold: true };
  ws.getColumn(7).numFmt = '0.00';
  ws.columns.forEach((c, n) => {
    c.width = Math.min(30, Math.max(10, headers[n].length * 2 + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function templateWorkbook(locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const ws = wb.addWorksheet(locale === 'en-US' ? 'base bonus' : '基础奖金');
  ws.addRow([word(locale, 'no'), word(locale, 'base')]).font = { bold: true };
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 18;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ImportRow {
  /** 1-based row in the sheet. */
  row: number;
  employeeNo: string | null;
  amount: string | number | null;
}

const BAD_XLSX = () =>
  badRequest('BAD_FILE', 'The file is not a readable .xlsx workbook (save it again from Excel as .xlsx)', 'file');

const cellValue = (v: ExcelJS.CellValue): string | number | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'object' && 'result' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
};

/** The data rows of the first sheet (after its header row), blank rows left out. */
export async function readImport(db: Db, buf: Buffer): Promise<ImportRow[]> {
  await guardXlsxUpload(db, buf); // a zip bomb is refused before exceljs opens it
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as never);
  } catch {
    throw BAD_XLSX();
  }
  const ws = wb.worksheets[0];
  if (!ws) throw BAD_XLSX();
  const rows: ImportRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const no = cellValue(row.getCell(1).value);
    const amount = cellValue(row.getCell(2).value);
    const noText = no === null ? '' : String(no).trim();
    if (!noText && (amount === null || String(amount).trim() === '')) return;
    rows.push({ row: n, employeeNo: noText || null, amount });
  });
  return rows;
}
