import { ExcelJS } from '../../../lib/workbook.js';
import { COMMENT_MARK, DATA_SHEET, NOTES_SHEET, ROSTER_COLUMNS, type RosterField } from './roster.parse.js';
import { STATUS_LABELS } from './roster.validate.js';
import { EMPLOYEE_STATUSES, type EmployeeStatus, type Locale } from '../../../../common/roles.js';
import { nowIso } from '../../../lib/clock.js';

// The downloadable roster template, in the reader's language (lib/reader-locale.ts): headers in
// the order of ROSTER_COLUMNS, and one example row marked with # so that an unedited template
// imports cleanly (as zero rows). The importer reads either language's headers and words.

export type TemplateFormat = 'xlsx' | 'csv';
type Org = {
  departments: { id: string; code: string; name: string }[];
  teams: { code: string; name: string; department_id: string }[];
};

/** A status as the English template words it: 'Key staff' (the importer reads it, any case). */
const statusEn = (s: EmployeeStatus) => s[0].toUpperCase() + s.slice(1).replace(/_/g, ' ');
const STATUS_WORD: Record<Locale, (s: EmployeeStatus) => string> = {
  'zh-CN': (s) => STATUS_LABELS[s],
  'en-US': statusEn,
};
const statusWords = (locale: Locale) => EMPLOYEE_STATUSES.map(STATUS_WORD[locale]);

const HELP: Record<Locale, Record<RosterField, string>> = {
  'zh-CN': {
    employeeNo: '必填。字母、数字、- 或 _，最多 32 位。系统中已有的工号按工号更新该员工，没有的新建',
    name: '必填（新员工），最多 64 个字',
    gender: '男 或 女',
    hireDate: '必填（新员工）。如 2026-11-16、2026/11/16、2026.11.16，或 Excel 日期；只有候选人可以是将来的日期',
    department: '部门名称或代码。班组名称在多个部门重复时必须填写',
    team: '必填（新员工）。班组名称或班组代码',
    status: `可填：${statusWords('zh-CN').join('、')}；新员工留空为“培训期”`,
    supervisorNo: '直属上级的工号：系统中已有的员工，或本文件中的其他人',
    position: '如 坐席、班组长，最多 64 个字',
    phone: '数字、+、- 和空格',
    email: '如 name@example.com',
    skills: '已认证的业务类型，多个用 ; 或 、 分隔',
  },
  'en-US': {
    employeeNo:
      'Required. Letters, digits, - or _, at most 32. An employee number already in the system updates that person; a new one adds a person',
    name: 'Required for a new person; at most 64 characters',
    gender: 'male or female',
    hireDate:
      'Required for a new person. E.g. 2026-11-16, 2026/11/16, 2026.11.16 or an Excel date; only a candidate may have a future date',
    department: 'Department name or code. Required when the team name is used in more than one department',
    team: 'Required for a new person. Team name or team code',
    status: `One of: ${statusWords('en-US').join(', ')}; blank means Trainee for a new person`,
    supervisorNo: "The direct supervisor's employee number: a person in the system or another row of this file",
    position: 'E.g. Agent, Team lead; at most 64 characters',
    phone: 'Digits, +, - and spaces',
    email: 'E.g. name@example.com',
    skills: 'Certified business types, separated by ; or 、',
  },
};

const TEXT = {
  'zh-CN': {
    example: { name: '张三', gender: '女', position: '坐席', email: 'zhangsan@example.com', skills: '信用卡;储蓄业务' },
    department: '客户服务一处',
    team: '零售业务一组',
    genders: '男,女',
    exampleNote: `以 ${COMMENT_MARK} 开头的行是示例，导入时忽略。请从第 3 行起填写，或删除本行。`,
    title: '花名册导入说明',
    intro: [
      `在“${DATA_SHEET['zh-CN']}”工作表填写，第 1 行为表头，请勿修改表头。以 ${COMMENT_MARK} 开头的行为示例，导入时忽略。`,
      '导入先预览：每一行的错误都会列出，确认无误后再提交；提交要么全部成功，要么什么都不写入。',
      '同一文件重复导入不会产生重复人员：工号已存在的按工号更新，只更新有变化的字段；空白单元格表示不修改原值。',
    ],
    columns: ['列名', '是否必填', '说明'],
    yes: '是',
    no: '否',
    statuses: ['状态', '英文', '说明'],
    lifecycle: '已有员工的状态变化须符合人员生命周期（例如 培训期 → 试用期 → 正式）；新员工不能以离职类状态导入。',
    teams: ['部门', '班组代码', '班组'],
    fileName: '花名册模板',
  },
  'en-US': {
    example: {
      name: 'Jane Doe',
      gender: 'female',
      position: 'Agent',
      email: 'jane.doe@example.com',
      skills: 'Credit card',
    },
    department: 'Customer Service 1',
    team: 'Retail Team 1',
    genders: 'male,female',
    exampleNote: `A row starting with ${COMMENT_MARK} is an example and is not imported. Fill in from row 3, or delete this row.`,
    title: 'Roster import notes',
    intro: [
      `Fill in the "${DATA_SHEET['en-US']}" sheet. Row 1 holds the headers: do not change them. A row starting with ${COMMENT_MARK} is an example and is not imported.`,
      'An import is previewed first: every row with a problem is listed; commit once it is right. A commit writes everything or nothing.',
      'Importing the same file again adds no one twice: a known employee number updates that person, only the fields that changed; a blank cell leaves the value as it is.',
    ],
    columns: ['Column', 'Required', 'Notes'],
    yes: 'Yes',
    no: 'No',
    statuses: ['Status', 'Code', 'Notes'],
    lifecycle:
      "A known person's status must follow the lifecycle (e.g. Trainee → Probation → Regular); a new person cannot be imported with a leaving status.",
    teams: ['Department', 'Team code', 'Team'],
    fileName: 'roster-template',
  },
} as const;

const headerOf = (locale: Locale) => (c: (typeof ROSTER_COLUMNS)[number]) => (locale === 'en-US' ? c.en : c.header);

function example(org: Org, locale: Locale): Record<RosterField, string> {
  const team = org.teams[0];
  const dept = org.departments.find((d) => d.id === team?.department_id);
  const text = TEXT[locale];
  return {
    ...text.example,
    employeeNo: `${COMMENT_MARK}E9001`,
    hireDate: nowIso().slice(0, 10),
    department: dept?.name ?? text.department,
    team: team?.name ?? text.team,
    status: STATUS_WORD[locale]('trainee'),
    supervisorNo: 'E1001',
    phone: '13800000000',
  };
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function csvTemplate(org: Org, locale: Locale): Buffer {
  const ex = example(org, locale);
  const lines = [ROSTER_COLUMNS.map(headerOf(locale)), ROSTER_COLUMNS.map((c) => ex[c.key])];
  // The BOM makes Excel open the file as UTF-8 instead of the system code page.
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

async function xlsxTemplate(org: Org, locale: Locale): Promise<Buffer> {
  const text = TEXT[locale];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const ws = wb.addWorksheet(DATA_SHEET[locale], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = ROSTER_COLUMNS.map((c) => ({
    header: headerOf(locale)(c),
    key: c.key,
    width: c.key === 'email' || c.key === 'skills' ? 24 : c.key === 'supervisorNo' ? 14 : 12,
    // Numbers typed into these columns stay text: leading zeros survive, and no 1.38E+10 phone numbers.
    style:
      c.key === 'employeeNo' || c.key === 'phone' || c.key === 'supervisorNo'
        ? { numFmt: '@' }
        : c.key === 'hireDate'
          ? { numFmt: 'yyyy-mm-dd' }
          : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.eachCell((cell, col) => {
    const column = ROSTER_COLUMNS[col - 1];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFFCE4D6' : 'FFDDEBF7' } };
    cell.note = HELP[locale][column.key];
  });
  const ex = example(org, locale);
  const sample = ws.addRow({ ...ex, hireDate: new Date(`${ex.hireDate}T00:00:00Z`) });
  sample.font = { italic: true, color: { argb: 'FF808080' } };
  ws.getCell('A2').note = text.exampleNote;
  for (let r = 2; r <= 1001; r++) {
    ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${text.genders}"`] };
    ws.getCell(r, 7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${statusWords(locale).join(',')}"`],
    };
  }

  const notes = wb.addWorksheet(NOTES_SHEET[locale]);
  notes.columns = [{ width: 16 }, { width: 10 }, { width: 80 }];
  notes.addRow([text.title]).font = { bold: true, size: 14 };
  for (const line of text.intro) notes.addRow([line]);
  notes.addRow([]);
  notes.addRow([...text.columns]).font = { bold: true };
  for (const c of ROSTER_COLUMNS)
    notes.addRow([headerOf(locale)(c), c.required ? text.yes : text.no, HELP[locale][c.key]]);
  notes.addRow([]);
  notes.addRow([...text.statuses]).font = { bold: true };
  for (const s of EMPLOYEE_STATUSES) notes.addRow([STATUS_WORD[locale](s), s, '']);
  notes.addRow(['', '', text.lifecycle]);
  notes.addRow([]);
  notes.addRow([...text.teams]).font = { bold: true };
  for (const t of org.teams)
    notes.addRow([org.departments.find((d) => d.id === t.department_id)?.name ?? '', t.code, t.name]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** RFC 6266 / 5987: an ASCII fallback name and the UTF-8 Chinese one. */
export const attachment = (asciiName: string, name: string) =>
  `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function buildTemplate(
  format: TemplateFormat,
  departments: Org['departments'],
  teams: Org['teams'],
  locale: Locale,
) {
  const org = { departments, teams: [...teams].sort((a, b) => a.code.localeCompare(b.code)) };
  const name = TEXT[locale].fileName;
  return format === 'csv'
    ? {
        body: csvTemplate(org, locale),
        contentType: 'text/csv; charset=utf-8',
        disposition: attachment('roster-template.csv', `${name}.csv`),
      }
    : {
        body: await xlsxTemplate(org, locale),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        disposition: attachment('roster-template.xlsx', `${name}.xlsx`),
      };
}
