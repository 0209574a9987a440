import type { MonthlyReport } from '../../../../common/analytics-report.js';
import type { Locale } from '../../../../common/roles.js';
import { inLocale, tablesWorkbook, type Cell, type Pair, type Table, type XlsxFile } from '../../../lib/workbook.js';
import { criterionText, otherTables } from './report.export-sections.js';

// The monthly report as .xlsx (issue 22 item 6): one sheet per table, headers and codes in the
// reader's language, every figure with its n where it has one.

const METRIC: Record<string, Pair> = {
  qa: ['质检得分', 'QA score'],
  fcr: ['首次解决率', 'FCR'],
  aht: ['平均处理时长', 'AHT'],
  csat: ['满意度', 'CSAT'],
};
const STATUS: Record<string, Pair> = {
  open: ['待处理', 'Open'],
  closed: ['已处理', 'Actioned'],
  resolved: ['已解除', 'Resolved'],
};
const ACTION: Record<string, Pair> = {
  mentoring: ['师徒辅导', 'Mentoring'],
  retraining: ['回炉培训', 'Retraining'],
  drills: ['专项演练', 'Drills'],
  coaching: ['一对一辅导', 'Coaching'],
  other: ['其他', 'Other'],
};

export const pairOf = (map: Record<string, Pair>, code: string, locale: Locale) =>
  map[code] ? inLocale(locale, map[code]) : code;

export function reportTables(r: MonthlyReport, locale: Locale): Table[] {
  const L = (p: Pair) => inLocale(locale, p);
  const h = r.headcount;
  const headcount: Table = {
    sheetName: L(['人数与离职', 'Headcount']),
    headers: [
      L(['部门', 'Department']),
      L(['月初在职', 'At start']),
      L(['月末在职', 'At end']),
      L(['入职', 'Hired']),
      L(['培训淘汰', 'Eliminated']),
      L(['主动离职', 'Resigned']),
      L(['辞退', 'Dismissed']),
    ],
    rows: [
      ...h.byDepartment.map((d): Cell[] => [
        d.departmentName,
        d.atStart,
        d.atEnd,
        d.hires,
        d.eliminated,
        d.resigned,
        d.dismissed,
      ]),
      [
        L(['合计', 'Total']),
        h.total.atStart,
        h.total.atEnd,
        h.total.hires,
        h.total.eliminated,
        h.total.resigned,
        h.total.dismissed,
      ],
    ],
    boldRows: new Set([h.byDepartment.length]),
  };
  const criteria: Table = {
    sheetName: L(['淘汰原因', 'Elimination criteria']),
    headers: [L(['淘汰标准', 'Criterion']), L(['人数', 'People'])],
    rows: h.eliminationCriteria.map((c) => [
      c.criterion ? criterionText(locale, c.criterion) : L(['未记录', 'Not recorded']),
      c.n,
    ]),
  };
  const warnings: Table = {
    sheetName: L(['预警', 'Warnings']),
    headers: [
      L(['指标', 'Metric']),
      L(['本月新预警', 'Flagged']),
      L(['月末未解除', 'Live at end']),
      L(['本月解除', 'Resolved']),
    ],
    rows: r.warnings.byMetric.map((m) => [pairOf(METRIC, m.metric, locale), m.flagged, m.liveAtEnd, m.resolved]),
  };
  const list: Table = {
    sheetName: L(['预警明细', 'Warning list']),
    headers: [
      L(['姓名', 'Name']),
      L(['班组', 'Team']),
      L(['指标', 'Metric']),
      L(['状态', 'Status']),
      L(['下降幅度', 'Fall']),
      L(['下降 %', 'Fall %']),
      L(['预警时间', 'Flagged at']),
    ],
    rows: r.warnings.list.map((w) => [
      w.name,
      w.teamName,
      pairOf(METRIC, w.metric, locale),
      pairOf(STATUS, w.status, locale),
      w.fall,
      w.fallPercent,
      w.flaggedAt.slice(0, 10),
    ]),
  };
  const actions: Table = {
    sheetName: L(['改进措施', 'Actions']),
    headers: [
      L(['姓名', 'Name']),
      L(['指标', 'Metric']),
      L(['措施', 'Action']),
      L(['说明', 'Note']),
      L(['完成期限', 'Due']),
      L(['记录人', 'By']),
      L(['记录时间', 'At']),
    ],
    rows: r.warnings.actions.map((a) => [
      a.name,
      pairOf(METRIC, a.metric, locale),
      pairOf(ACTION, a.kind, locale),
      a.note,
      a.dueDate,
      a.createdByName,
      a.createdAt.slice(0, 10),
    ]),
  };
  return [headcount, criteria, ...otherTables(r, locale), warnings, list, actions];
}

export async function reportXlsx(r: MonthlyReport, locale: Locale): Promise<XlsxFile> {
  return {
    body: await tablesWorkbook(reportTables(r, locale)),
    fileName: inLocale(locale, [`月度培训报告-${r.month}.xlsx`, `training-report-${r.month}.xlsx`]),
    ascii: `training-report-${r.month}.xlsx`,
  };
}
