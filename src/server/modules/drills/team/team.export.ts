import type { Locale } from '../../../../common/roles.js';
import type { TeamPersonRowView, TeamViewData } from '../../../../common/drills-team.js';
import { inLocale, tableWorkbook, type Cell, type Pair, type XlsxFile } from '../../../lib/workbook.js';

// The team view as an .xlsx (团队演练), headers in the reader's language: one row per person.

const COLUMNS: [Pair, (r: TeamPersonRowView) => Cell][] = [
  [['工号', 'Employee no.'], (r) => r.employeeNo],
  [['姓名', 'Name'], (r) => r.name],
  [['班组', 'Team'], (r) => r.teamName],
  [['练习分钟', 'Minutes practised'], (r) => r.minutes],
  [['达标天数', 'Days at goal'], (r) => r.goalDays],
  [['复习次数', 'Reviews'], (r) => r.reviews],
  [['待复习', 'Due now'], (r) => r.dueNow],
  [['逾期', 'Overdue'], (r) => r.overdue],
  [['掌握率(%)', 'Mastery (%)'], (r) => r.masteryPercent],
  [['最近小测日', 'Last quiz day'], (r) => r.lastQuizDay],
  [['最近小测得分(%)', 'Last quiz (%)'], (r) => r.lastQuizPercent],
];

export async function teamFile(v: TeamViewData, teamName: string | null, locale: Locale): Promise<XlsxFile> {
  const title = inLocale(locale, [`团队演练 ${v.from}~${v.to}`, `Team drills ${v.from}~${v.to}`]);
  const body = await tableWorkbook({
    sheetName: inLocale(locale, ['团队演练', 'Team drills']),
    headers: COLUMNS.map(([h]) => inLocale(locale, h)),
    rows: v.people.map((r) => COLUMNS.map(([, f]) => f(r))),
    numFmt: { 3: '0.0' },
  });
  return {
    body,
    fileName: `${title}${teamName ? ` ${teamName}` : ''}.xlsx`,
    ascii: `drills-team-${v.from}-${v.to}.xlsx`,
  };
}
