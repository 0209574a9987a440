import ExcelJS from 'exceljs';
import { COMMENT_MARK, DATA_SHEET, NOTES_SHEET, ROSTER_COLUMNS, type RosterField } from './roster.parse.js';
import { STATUS_LABELS } from './roster.validate.js';
import { nowIso } from '../../lib/clock.js';

// The downloadable roster template: Chinese headers in the order of ROSTER_COLUMNS, and one
// example row marked with # so that an unedited template imports cleanly (as zero rows).

export type TemplateFormat = 'xlsx' | 'csv';
type Org = {
  departments: { id: string; code: string; name: string }[];
  teams: { code: string; name: string; department_id: string }[];
};

const HELP: Record<RosterField, string> = {
  employeeNo: '必填。字母、数字、- 或 _，最多 32 位。系统中已有的工号按工号更新该员工，没有的新建',
  name: '必填（新员工），最多 64 个字',
  gender: '男 或 女',
  hireDate: '必填（新员工）。如 2026-11-16、2026/11/16、2026.11.16，或 Excel 日期；只有候选人可以是将来的日期',
  department: '部门名称或代码。班组名称在多个部门重复时必须填写',
  team: '必填（新员工）。班组名称或班组代码',
  status: `可填：${Object.values(STATUS_LABELS).join('、')}；新员工留空为“培训期”`,
  supervisorNo: '直属上级的工号：系统中已有的员工，或本文件中的其他人',
  position: '如 坐席、班组长，最多 64 个字',
  phone: '数字、+、- 和空格',
  email: '如 name@example.com',
  skills: '已认证的业务类型，多个用 ; 或 、 分隔',
};

function example(org: Org): Record<RosterField, string> {
  const team = org.teams[0];
  const dept = org.departments.find((d) => d.id === team?.department_id);
  return {
    employeeNo: `${COMMENT_MARK}E9001`,
    name: '张三',
    gender: '女',
    hireDate: nowIso().slice(0, 10),
    department: dept?.name ?? '客户服务一处',
    team: team?.name ?? '零售业务一组',
    status: STATUS_LABELS.trainee,
    supervisorNo: 'E1001',
    position: '坐席',
    phone: '13800000000',
    email: 'zhangsan@example.com',
    skills: '信用卡;储蓄业务',
  };
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function csvTemplate(org: Org): Buffer {
  const ex = example(org);
  const lines = [ROSTER_COLUMNS.map((c) => c.header), ROSTER_COLUMNS.map((c) => ex[c.key])];
  // The BOM makes Excel open the file as UTF-8 instead of the system code page.
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

async function xlsxTemplate(org: Org): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.header,
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
    cell.note = HELP[column.key];
  });
  const ex = example(org);
  const sample = ws.addRow({ ...ex, hireDate: new Date(`${ex.hireDate}T00:00:00Z`) });
  sample.font = { italic: true, color: { argb: 'FF808080' } };
  ws.getCell('A2').note = `以 ${COMMENT_MARK} 开头的行是示例，导入时忽略。请从第 3 行起填写，或删除本行。`;
  for (let r = 2; r <= 1001; r++) {
    ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['"男,女"'] };
    ws.getCell(r, 7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${Object.values(STATUS_LABELS).join(',')}"`],
    };
  }

  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.columns = [{ width: 16 }, { width: 10 }, { width: 80 }];
  notes.addRow(['花名册导入说明']).font = { bold: true, size: 14 };
  notes.addRow([
    `在“${DATA_SHEET}”工作表填写，第 1 行为表头，请勿修改表头。以 ${COMMENT_MARK} 开头的行为示例，导入时忽略。`,
  ]);
  notes.addRow(['导入先预览：每一行的错误都会列出，确认无误后再提交；提交要么全部成功，要么什么都不写入。']);
  notes.addRow([
    '同一文件重复导入不会产生重复人员：工号已存在的按工号更新，只更新有变化的字段；空白单元格表示不修改原值。',
  ]);
  notes.addRow([]);
  notes.addRow(['列名', '是否必填', '说明']).font = { bold: true };
  for (const c of ROSTER_COLUMNS) notes.addRow([c.header, c.required ? '是' : '否', HELP[c.key]]);
  notes.addRow([]);
  notes.addRow(['状态', '英文', '说明']).font = { bold: true };
  for (const [value, label] of Object.entries(STATUS_LABELS)) notes.addRow([label, value, '']);
  notes.addRow([
    '',
    '',
    '已有员工的状态变化须符合人员生命周期（例如 培训期 → 试用期 → 正式）；新员工不能以离职类状态导入。',
  ]);
  notes.addRow([]);
  notes.addRow(['部门', '班组代码', '班组']).font = { bold: true };
  for (const t of org.teams)
    notes.addRow([org.departments.find((d) => d.id === t.department_id)?.name ?? '', t.code, t.name]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** RFC 6266 / 5987: an ASCII fallback name and the UTF-8 Chinese one. */
export const attachment = (asciiName: string, name: string) =>
  `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function buildTemplate(format: TemplateFormat, departments: Org['departments'], teams: Org['teams']) {
  const org = { departments, teams: [...teams].sort((a, b) => a.code.localeCompare(b.code)) };
  return format === 'csv'
    ? {
        body: csvTemplate(org),
        contentType: 'text/csv; charset=utf-8',
        disposition: attachment('roster-template.csv', '花名册模板.csv'),
      }
    : {
        body: await xlsxTemplate(org),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        disposition: attachment('roster-template.xlsx', '花名册模板.xlsx'),
      };
}
