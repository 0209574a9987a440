import type { SummaryRowView, SummaryView } from '../../../../common/attendance-summary.js';
import type { Locale } from '../../../../common/roles.js';
import { inLocale, tableWorkbook, type Cell, type Pair, type XlsxFile } from '../../../lib/workbook.js';

// The monthly summary as an .xlsx for payroll, made the way the appraisal's exports are (one
// sheet, bold frozen header in the reader's language): the summary's columns, one per leave kind
// that occurs, then overtime and time off in lieu. Numbers stay numbers (days to 0.5, hours to 0.01).

const COLUMNS: Array<[Pair, (r: SummaryRowView) => Cell]> = [
  [['工号', 'Employee no.'], (r) => r.employeeNo],
  [['姓名', 'Name'], (r) => r.name],
  [['班组', 'Team'], (r) => r.teamName],
  [['排班天数', 'Scheduled days'], (r) => r.scheduledDays],
  [['排班工时', 'Scheduled hours'], (r) => r.scheduledHours],
  [['出勤工时', 'Worked hours'], (r) => r.workedHours],
  [['迟到次数', 'Late (times)'], (r) => r.lateCount],
  [['迟到分钟', 'Late (minutes)'], (r) => r.lateMinutes],
  [['早退次数', 'Early leave (times)'], (r) => r.earlyCount],
  [['早退分钟', 'Early leave (minutes)'], (r) => r.earlyMinutes],
  [['旷工天数', 'Absent days'], (r) => r.absentDays],
  [['缺卡次数', 'Missing punches'], (r) => r.missingPunches],
  [['已免责', 'Excused'], (r) => r.excusedDays],
];
const TAIL: Array<[Pair, (r: SummaryRowView) => Cell]> = [
  [['请假合计（天）', 'Leave total (days)'], (r) => r.leaveTotal],
  [['加班工时（计薪）', 'Overtime paid (hours)'], (r) => r.overtimePaidHours],
  [['加班工时（调休）', 'Overtime as time off (hours)'], (r) => r.overtimeToilHours],
  [['剩余调休（小时）', 'Time off in lieu left (hours)'], (r) => r.toilLeftHours],
];

export async function summaryFile(s: SummaryView, teamName: string | null, locale: Locale): Promise<XlsxFile> {
  const leave = s.leaveKinds.map((k) => ({
    header: inLocale(locale, [`${k.nameZh}（天）`, `${k.nameEn} (days)`]),
    cell: (r: SummaryRowView) => r.leaveDays[k.code] ?? 0,
  }));
  const headers = [
    ...COLUMNS.map(([h]) => inLocale(locale, h)),
    ...leave.map((l) => l.header),
    ...TAIL.map(([h]) => inLocale(locale, h)),
  ];
  const rows = s.rows.map((r) => [
    ...COLUMNS.map(([, f]) => f(r)),
    ...leave.map((l) => l.cell(r)),
    ...TAIL.map(([, f]) => f(r)),
  ]);
  const title = inLocale(locale, [`考勤月报 ${s.month}`, `Attendance ${s.month}`]);
  const body = await tableWorkbook({ sheetName: title, headers, rows });
  const suffix = teamName ? ` ${teamName}` : '';
  return { body, fileName: `${title}${suffix}.xlsx`, ascii: `attendance-${s.month}.xlsx` };
}
