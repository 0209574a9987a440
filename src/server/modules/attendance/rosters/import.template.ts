import { ExcelJS } from '../../../lib/workbook.js';
import type { Locale } from '../../../../common/roles.js';
import { DATA_SHEET, NOTES_SHEET } from './import.parse.js';
import type { ShiftRow } from './shifts.repo.js';

// The roster file to fill in: the roster's people × its days, with what is entered today (shift
// codes, 休 / rest for a rest day), and a notes sheet listing the shift codes. Importing it
// unchanged changes nothing.

const TEXT = {
  'zh-CN': {
    no: '工号',
    name: '姓名',
    rest: '休',
    file: '排班模板',
    notes: [
      '每个单元格填写班次代码；休息日填“休”；留空表示不修改。',
      '导入先预览，列出每一行的错误（工号不存在、不在本班组、班次代码不存在、与前后一天的班次重叠）；确认无误后导入，要么全部成功，要么什么都不写入。',
    ],
    columns: ['代码', '名称', '开始', '结束', '业务技能'],
  },
  'en-US': {
    no: 'Employee No',
    name: 'Name',
    rest: 'rest',
    file: 'roster-template',
    notes: [
      'Put a shift code in each cell; "rest" for a rest day; leave a cell blank to keep it as it is.',
      'The import is previewed first with every row error (unknown employee number, not in this team, unknown shift code, overlap with the day before or after); the import then writes everything or nothing.',
    ],
    columns: ['Code', 'Name', 'Start', 'End', 'Skill'],
  },
} as const;

export interface TemplatePerson {
  employeeNo: string;
  name: string;
  cells: Record<string, string | null>;
}

const cellText = (v: string | null | undefined, codes: Map<string, string>, rest: string) =>
  v === undefined ? '' : v === null ? rest : (codes.get(v) ?? '');

export async function rosterTemplate(
  format: 'xlsx' | 'csv',
  locale: Locale,
  days: string[],
  people: TemplatePerson[],
  shifts: ShiftRow[],
) {
  const t = TEXT[locale];
  const codes = new Map(shifts.map((s) => [s.id, s.code]));
  const header = [t.no, t.name, ...days];
  const rows = people.map((p) => [p.employeeNo, p.name, ...days.map((d) => cellText(p.cells[d], codes, t.rest))]);
  const ascii = `roster-template.${format}`;
  const disposition = `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${t.file}.${format}`)}`;
  if (format === 'csv') {
    const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const body = `\uFEFF${[header, ...rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
    return { body, contentType: 'text/csv; charset=utf-8', disposition };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(DATA_SHEET[locale]);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.getColumn(2).width = 12;
  for (let i = 3; i <= header.length; i++) ws.getColumn(i).width = 11;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  const notes = wb.addWorksheet(NOTES_SHEET[locale]);
  for (const line of t.notes) notes.addRow([line]);
  notes.addRow([]);
  notes.addRow([...t.columns]).font = { bold: true };
  for (const s of shifts) notes.addRow([s.code, s.name, s.start_time, s.end_time, s.skill ?? '']);
  notes.getColumn(1).width = 14;
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    disposition,
  };
}
