import type { MonthlyReport } from '../../../../common/analytics-report.js';
import { RECORD_LABEL_TEXTS } from '../../../../common/record-labels.js';
import type { Locale } from '../../../../common/roles.js';
import { inLocale, type Cell, type Pair, type Table } from '../../../lib/workbook.js';

// The sheets of the other parts' sections (retention, pass rates, elimination reasons, levels,
// trainer effects), one per table. Rates and survival are written as fractions with a % format;
// every figure carries its n beside it.

const PCT = '0.0%';

/** An elimination criterion in the reader's language (the record catalog's wording), else its code. */
export const criterionText = (locale: Locale, code: string) =>
  (RECORD_LABEL_TEXTS[locale].values.criterion as Record<string, string>)[code] ?? code;
const round = (x: number | null, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
const none = (locale: Locale, label: string | null) => label ?? inLocale(locale, ['未记录', 'Not recorded']);

export function otherTables(r: MonthlyReport, locale: Locale): Table[] {
  const L = (p: Pair) => inLocale(locale, p);
  const at = (months: number): Pair => [`${months} 个月留存`, `${months}-month retention`];
  const ret = r.retention;
  const retention: Table = {
    sheetName: L(['入职批次留存', 'Cohort retention']),
    headers: [
      L(['入职月份', 'Hire month']),
      L(['人数', 'n']),
      L(['培训淘汰', 'Eliminated']),
      L(['主动离职', 'Resigned']),
      L(['辞退', 'Dismissed']),
      ...[3, 6, 12].flatMap((m) => [L(at(m)), L(['下限', 'Low']), L(['上限', 'High']), L(['在观察人数', 'At risk'])]),
    ],
    rows: ret.groups.map((g): Cell[] => [
      none(locale, g.label),
      g.n,
      g.exits.eliminated,
      g.exits.resigned,
      g.exits.dismissed,
      ...[3, 6, 12].flatMap((m) => {
        const x = g.at.find((a) => a.months === m);
        return [x?.survival ?? null, x?.low ?? null, x?.high ?? null, x?.atRisk ?? 0];
      }),
    ]),
    numFmt: Object.fromEntries([5, 6, 7, 9, 10, 11, 13, 14, 15].map((c) => [c, PCT])),
  };
  const rates: Table = {
    sheetName: L(['考核通过率', 'Pass rates']),
    headers: [
      L(['培训项目', 'Program']),
      L(['首考人次', 'First attempts']),
      L(['通过', 'Passed']),
      L(['通过率', 'Pass rate']),
      L(['下限', 'Low']),
      L(['上限', 'High']),
      L(['平均分', 'Mean score']),
      L(['学员', 'Trainees']),
      L(['淘汰', 'Eliminated']),
      L(['淘汰率', 'Elimination rate']),
    ],
    rows: [...r.passRates.rows, { ...r.passRates.overall, label: L(['合计', 'Total']) }].map((x): Cell[] => [
      none(locale, x.label),
      x.firstAttempts.n,
      x.firstAttempts.k,
      x.firstAttempts.rate,
      x.firstAttempts.low,
      x.firstAttempts.high,
      round(x.meanScore, 1),
      x.eliminated?.n ?? null,
      x.eliminated?.k ?? null,
      x.eliminated?.rate ?? null,
    ]),
    boldRows: new Set([r.passRates.rows.length]),
    numFmt: { 3: PCT, 4: PCT, 5: PCT, 9: PCT },
  };
  const reasons: Table = {
    sheetName: L(['本月淘汰原因', 'Elimination reasons']),
    headers: [L(['淘汰标准', 'Criterion']), L(['人数', 'People'])],
    rows: r.eliminationReasons.criteria.map((c) => [criterionText(locale, c.criterion), c.count]),
  };
  const est = (e: { n: number; value: number | null }) => [round(e.value), e.n];
  const levels: Table = {
    sheetName: L(['四级评估', 'Four levels']),
    headers: [
      L(['培训项目', 'Program']),
      L(['结束日期', 'End date']),
      L(['人数', 'People']),
      L(['一级 反应评分', 'L1 reaction']),
      L(['问卷数', 'Forms']),
      L(['二级 考试平均分', 'L2 exam score']),
      L(['考试人数', 'n']),
      L(['二级 通过率', 'L2 pass rate']),
      L(['首考人次', 'n']),
      L(['三级 结业 90 天质检', 'L3 QA 90 days']),
      L(['评估数', 'n']),
      L(['中心同期质检', 'Center QA']),
    ],
    rows: r.levels.map((x): Cell[] => [
      x.title,
      x.endDate,
      x.people,
      ...est(x.feedback),
      ...est(x.examScore),
      x.passRate.rate,
      x.passRate.n,
      ...est(x.qa90),
      round(x.center90),
    ]),
    numFmt: { 7: PCT },
  };
  const fig = (f: {
    raw: number | null;
    shrunk: number | null;
    low: number | null;
    high: number | null;
    n: number;
  }) => [round(f.raw), round(f.shrunk), round(f.low), round(f.high), f.n];
  const metric = (zh: string, en: string) => [
    L([`${zh}（原始）`, `${en} raw`]),
    L([`${zh}（收缩）`, `${en} shrunk`]),
    L(['下限', 'Low']),
    L(['上限', 'High']),
    L(['样本', 'n']),
  ];
  const effects: Table = {
    sheetName: L(['讲师效果', 'Trainer effects']),
    headers: [
      L(['讲师', 'Trainer']),
      L(['学员', 'Learners']),
      L(['质检排名', 'QA rank']),
      ...metric('质检', 'QA'),
      ...metric('首次解决率', 'FCR'),
      ...metric('处理时长', 'AHT'),
      ...metric('满意度', 'CSAT'),
      ...metric('6 个月留存', '6-month retention'),
    ],
    rows: r.trainerEffects.rows.map((x): Cell[] => [
      x.label,
      x.learners,
      x.qa.rank,
      ...fig(x.qa),
      ...fig(x.fcr),
      ...fig(x.aht),
      ...fig(x.csat),
      ...fig(x.retention),
    ]),
  };
  return [retention, rates, reasons, levels, effects];
}
