import { ExcelJS } from '../../lib/workbook.js';
import type { CohortBoardData } from './board.service.js';
import { formatRecordLabel, recordLabel } from '../../../common/record-labels.js';
import type { Locale } from '../../../common/roles.js';

// The cohort board as an .xlsx sheet, headers in the reader's language (zh-CN by default): one
// row per trainee with each exam's score, each period's daily score, attendance, mentoring,
// status and the criteria met or at risk.

type Pair = readonly [string, string];
const HEAD: Record<string, Pair> = {
  no: ['工号', 'Employee no.'],
  name: ['姓名', 'Name'],
  status: ['状态', 'Status'],
  dailyAvg: ['日常表现平均', 'Daily average'],
  attendance: ['考勤得分(30)', 'Attendance (30)'],
  mode: ['带教阶段', 'Mentoring phase'],
  hours: ['跟听小时', 'Live hours'],
  risk: ['风险', 'Risk'],
  theory: ['理论', 'Theory'],
  practical: ['实践', 'Practical'],
  daily: ['日常', 'Daily'],
};
const WORDS: Record<string, Pair> = {
  met: ['已触发', 'met'],
  atRisk: ['预警', 'at risk'],
  none: ['正常', 'ok'],
  trainee: ['培训期', 'trainee'],
  probation: ['试用期/跟听', 'probation'],
  regular: ['正式', 'regular'],
  eliminated: ['已淘汰', 'eliminated'],
  resigned: ['离职', 'resigned'],
  dismissed: ['辞退', 'dismissed'],
  one_to_one: ['一对一', 'one to one'],
  one_to_five: ['一对五', 'one to five'],
  coaching: ['辅导带教', 'coaching'],
  theory_fails: ['理论连续不及格', 'theory fails'],
  practical_fails: ['实践连续不及格', 'practical fails'],
  daily_below: ['日常表现低于标准', 'daily below'],
  attendance_breaches: ['违纪（迟到/早退/缺勤）', 'attendance breaches'],
};

/** The download's file name: the cohort's own name, then the word for board in the reader's language. */
export const boardFileName = (locale: Locale, cohortName: string) =>
  `${cohortName}-${locale === 'en-US' ? 'board' : '看板'}.xlsx`;

export async function boardWorkbook(board: CohortBoardData, locale: Locale): Promise<Buffer> {
  const i = locale === 'en-US' ? 1 : 0;
  const h = (k: string) => HEAD[k][i];
  const w = (k: string | null) => (k ? (WORDS[k]?.[i] ?? k) : '');
  // One column per exam and attempt, in the order first seen, so a column holds one sitting; a
  // retake is worded in the reader's language like on the record.
  type Cell = CohortBoardData['rows'][number]['theory'][number];
  const key = (c: Cell) => `${c.attempt ?? 1}\u0000${c.title}`;
  const titles = (kind: 'theory' | 'practical') => [
    ...new Map(board.rows.flatMap((r) => r[kind].map((c) => [key(c), c] as const))).values(),
  ];
  const named = (c: Cell) =>
    (c.attempt ?? 1) > 1
      ? formatRecordLabel(locale, recordLabel('theory.retake', { title: c.title, n: c.attempt! }))
      : c.title;
  const theory = titles('theory');
  const practical = titles('practical');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const ws = wb.addWorksheet(board.cohort.name.slice(0, 31) || 'board');
  const headers = [
    h('no'),
    h('name'),
    h('status'),
    ...theory.map((t) => `${h('theory')}: ${named(t)}`),
    ...practical.map((t) => `${h('practical')}: ${named(t)}`),
    ...board.periods.map((p) => `${h('daily')} ${p}`),
    h('dailyAvg'),
    h('attendance'),
    h('mode'),
    h('hours'),
    h('risk'),
  ];
  ws.addRow(headers).font = { bold: true };
  for (const r of board.rows) {
    const last = (cells: typeof r.theory, t: Cell) => cells.filter((c) => key(c) === key(t)).at(-1)?.score ?? '';
    const flagged = r.criteria
      .filter((c) => c.met || c.atRisk)
      .map((c) => `${w(c.code)}(${w(c.met ? 'met' : 'atRisk')})`);
    ws.addRow([
      r.employeeNo,
      r.name,
      w(r.status),
      ...theory.map((t) => last(r.theory, t)),
      ...practical.map((t) => last(r.practical, t)),
      ...board.periods.map((p) => r.daily[p] ?? ''),
      r.dailyAverage ?? '',
      r.attendance ?? '',
      w(r.mentoring.mode),
      r.mentoring.hours,
      flagged.length ? flagged.join('; ') : w('none'),
    ]);
  }
  ws.columns.forEach((c, n) => {
    c.width = Math.min(40, Math.max(10, headers[n].length * 2 + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
