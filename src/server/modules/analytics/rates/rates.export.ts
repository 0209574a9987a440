import type { Proportion } from '../../../../common/analytics.js';
import type { RateBy, RateRow, RatesView } from '../../../../common/analytics-rates.js';
import type { Locale } from '../../../../common/roles.js';
import { inLocale, tableWorkbook, type Cell, type Pair, type XlsxFile } from '../../../lib/workbook.js';

// The pass-rate table as an .xlsx, one sheet in the reader's language: a row per group and a bold
// total, rates and bounds as percentages (0.0), counts as counts, so the figures can be re-checked.

const DIMENSION: Record<RateBy, Pair> = {
  program: ['培训项目', 'Program'],
  course: ['课程', 'Course'],
  exam: ['考试', 'Exam'],
  trainer: ['讲师', 'Trainer'],
};

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const proportion = (p: Proportion | null): Cell[] =>
  p ? [p.n, p.k, pct(p.rate), pct(p.low), pct(p.high)] : [null, null, null, null, null];

export async function ratesFile(view: RatesView, locale: Locale): Promise<XlsxFile> {
  const conf = view.confidencePercent;
  const withExits = view.by === 'program' || view.by === 'trainer';
  const headers: Pair[] = [
    DIMENSION[view.by],
    ['首考人次', 'First attempts'],
    ['首考通过', 'Passed'],
    ['通过率 %', 'Pass rate %'],
    [`${conf}% 下限 %`, `${conf}% low %`],
    [`${conf}% 上限 %`, `${conf}% high %`],
    ['首考平均分', 'Mean first score'],
    ['参考人数', 'People'],
    ...(withExits
      ? ([
          ['学员数', 'Trainees'],
          ['淘汰', 'Eliminated'],
          ['淘汰率 %', 'Eliminated %'],
          [`${conf}% 下限 %`, `${conf}% low %`],
          [`${conf}% 上限 %`, `${conf}% high %`],
        ] as Pair[])
      : []),
  ];
  const line = (r: RateRow, label: string): Cell[] => [
    label,
    ...proportion(r.firstAttempts),
    r.meanScore === null ? null : Math.round(r.meanScore * 10) / 10,
    r.people,
    ...(withExits ? proportion(r.eliminated) : []),
  ];
  const none = inLocale(locale, ['（无）', '(none)']);
  const rows = [
    ...view.rows.map((r) => line(r, r.label ?? none)),
    line(view.overall, inLocale(locale, ['合计', 'All'])),
  ];
  const title = inLocale(locale, [
    `考核通过率（按${DIMENSION[view.by][0]}）`,
    `Pass rates by ${DIMENSION[view.by][1].toLowerCase()}`,
  ]);
  const body = await tableWorkbook({
    sheetName: title,
    headers: headers.map((h) => inLocale(locale, h)),
    rows,
    boldRows: new Set([rows.length - 1]),
  });
  return { body, fileName: `${title}.xlsx`, ascii: `pass-rates-${view.by}.xlsx` };
}
