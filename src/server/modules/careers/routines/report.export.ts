import type { ReportRow } from '../../../../common/careers-routines.js';
import type { Locale } from '../../../../common/roles.js';
import { inLocale, tableWorkbook, type Pair, type XlsxFile } from '../../../lib/workbook.js';

// Completion by lead and month as an .xlsx, headers in the reader's language: per month the
// instances due, done, missed and the percent, as on the report page.

const HEAD: Record<string, Pair> = {
  lead: ['班组长', 'Team lead'],
  team: ['班组', 'Team'],
  department: ['部门', 'Department'],
  due: ['应完成', 'due'],
  done: ['已完成', 'done'],
  missed: ['未完成', 'missed'],
  percent: ['完成率%', 'completion %'],
  sheet: ['规范执行情况', 'Routine completion'],
};

export async function reportFile(rows: ReportRow[], months: string[], locale: Locale): Promise<XlsxFile> {
  const h = (k: string) => inLocale(locale, HEAD[k]);
  const headers = [h('lead'), h('team'), h('department')];
  for (const m of months) headers.push(...['due', 'done', 'missed', 'percent'].map((k) => `${m} ${h(k)}`));
  const body = await tableWorkbook({
    sheetName: h('sheet'),
    headers,
    rows: rows.map((r) => [
      r.name,
      r.teamName,
      r.departmentName,
      ...r.months.flatMap((m) => [m.due, m.done, m.missed, m.percent]),
    ]),
  });
  const span = `${months[0]}_${months[months.length - 1]}`;
  return { body, fileName: `${h('sheet')}-${span}.xlsx`, ascii: `routine-completion-${span}.xlsx` };
}
