import { ExcelJS } from '../../../lib/workbook.js';
import type { Locale } from '../../../../common/roles.js';
import { PUNCH_COLUMNS } from './import.parse.js';

// The punch template in the reader's language: the columns the import reads, one example row
// (its first cell starts with #, so it is never imported) and, in the workbook, a notes sheet.

const NOTES = {
  'zh-CN': [
    '每行一次打卡：工号、打卡时间（中心当地时间，如 2027-03-01 08:58 或 2027/3/1 8:58:30）、设备（可空）。',
    '考勤机导出的列名不同时，可在上传时指定列对应关系；日期和时间分两列时，请同时指定“日期”列。',
    '整个文件一起导入：任何一行有错误（未知工号、时间无法识别、文件内重复），全部不导入。',
    '已导入过的打卡（同一人同一时刻）会跳过，重复导入同一文件不会增加记录。',
    '以 # 开头的行不导入。',
  ],
  'en-US': [
    'One punch per row: employee no, punch time (center local time, e.g. 2027-03-01 08:58 or 2027/3/1 8:58:30), device (may be empty).',
    "When your time clock's export names its columns differently, map them when uploading; if date and time are in two columns, map the Date column too.",
    'A file is imported whole: if any row has an error (unknown employee, unreadable time, the same punch twice in the file), nothing is imported.',
    'Punches already stored (same person, same instant) are skipped, so importing a file again adds nothing.',
    'Rows starting with # are not imported.',
  ],
} as const;

const headersFor = (locale: Locale) =>
  PUNCH_COLUMNS.filter((c) => c.key !== 'date').map((c) => (locale === 'zh-CN' ? c.header : c.en));
const EXAMPLE = ['#E0001', '2027-03-01 08:58', 'A-01'];
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function punchTemplate(format: 'csv' | 'xlsx', locale: Locale) {
  const name = locale === 'zh-CN' ? '打卡记录导入模板' : 'punch-import-template';
  const headers = headersFor(locale);
  if (format === 'csv') {
    const body = `\uFEFF${[headers, EXAMPLE].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
    return {
      body: Buffer.from(body, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      disposition: attachment('punch-template.csv', `${name}.csv`),
    };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(locale === 'zh-CN' ? '打卡记录' : 'Punches');
  ws.addRow(headers).font = { bold: true };
  ws.addRow(EXAMPLE);
  ws.columns.forEach((c) => (c.width = 22));
  const notes = wb.addWorksheet(locale === 'zh-CN' ? '说明' : 'Notes');
  for (const line of NOTES[locale]) notes.addRow([line]);
  notes.getColumn(1).width = 120;
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    disposition: attachment('punch-template.xlsx', `${name}.xlsx`),
  };
}
