import type { Locale } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import { cellValue, firstSheetOf, inLocale, tableWorkbook, type Cell, type Pair } from '../../../lib/workbook.js';

// The payroll's files: the base-bonus import (column A employee number, column B base bonus in
// yuan, first row headers), its blank template, and the payroll export. Headers are in the
// reader's language (zh-CN by default), as every other export; amounts in yuan with 2 decimals.
// Made and read the appraisal's one way (exports/workbook.ts).

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
const word = (locale: Locale, k: string) => inLocale(locale, HEAD[k]);

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
  const headers = [w('no'), w('name'), w('team'), w('grade'), w('score'), w('coefficient'), w('amount')];
  const teams = new Map<string, PayrollLine[]>();
  for (const l of lines) {
    const list = teams.get(l.teamId);
    if (list) list.push(l);
    else teams.set(l.teamId, [l]);
  }
  const rows: Cell[][] = [];
  const boldRows = new Set<number>();
  let grand = 0;
  for (const [teamId, people] of teams) {
    for (const l of people)
      rows.push([l.employeeNo, l.name, l.teamName, l.grade, l.total, l.coefficient, yuan(l.amountCents)]);
    const sum = people.reduce((s, l) => s + l.amountCents, 0);
    grand += sum;
    const pool = pools?.[teamId];
    boldRows.add(rows.length);
    rows.push([
      '',
      pools ? `${w('pool')}: ${pool === undefined ? '' : yuan(pool).toFixed(2)}` : '',
      people[0].teamName,
      '',
      '',
      w('teamTotal'),
      yuan(sum),
    ]);
  }
  boldRows.add(rows.length);
  rows.push(['', '', '', '', '', w('grandTotal'), yuan(grand)]);
  return tableWorkbook({ sheetName: sheetName || 'payroll', headers, rows, boldRows, numFmt: { 6: '0.00' } });
}

export const templateWorkbook = (locale: Locale) =>
  tableWorkbook({
    sheetName: locale === 'en-US' ? 'base bonus' : '基础奖金',
    headers: [word(locale, 'no'), word(locale, 'base')],
    rows: [],
  });

export interface ImportRow {
  /** 1-based row in the sheet. */
  row: number;
  employeeNo: string | null;
  amount: string | number | null;
}

/** The data rows of the first sheet (after its header row), blank rows left out. */
export async function readImport(db: Db, buf: Buffer): Promise<ImportRow[]> {
  const ws = await firstSheetOf(db, buf);
  const rows: ImportRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const no = cellValue(row.getCell(1).value);
    const amount = cellValue(row.getCell(2).value);
    const noText = no === null ? '' : String(no).trim();
    if (!noText && (amount === null || String(amount).trim() === '')) return;
    rows.push({ employeeNo: noText || null, amount, row: n });
  });
  return rows;
}
