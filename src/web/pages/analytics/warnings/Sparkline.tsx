import { Tooltip } from 'antd';
import type { WeekValue } from '../../../../common/analytics-warnings';
import { useT } from '../../../i18n';

/**
 * The weekly values of a warning as a small line (SVG: a table of warnings draws dozens of them,
 * one ECharts instance each would be heavy). A week with too few evaluations or contacts is a gap.
 */
export function Sparkline({ weeks, width = 96, height = 28 }: { weeks: WeekValue[]; width?: number; height?: number }) {
  const t = useT();
  const values = weeks.map((w) => w.value).filter((v): v is number => v !== null);
  if (!values.length) return null;
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const x = (i: number) => 4 + (i * (width - 8)) / Math.max(1, weeks.length - 1);
  const y = (v: number) => (hi === lo ? height / 2 : 4 + ((hi - v) * (height - 8)) / (hi - lo));
  const points = weeks.flatMap((w, i) => (w.value === null ? [] : [`${x(i)},${y(w.value)}`]));
  const tip = weeks
    .map((w) =>
      t('analytics.warnings.weekTip', { week: w.week, value: w.value ?? t('analytics.warnings.noValue'), n: w.n }),
    )
    .join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{tip}</span>}>
      <svg width={width} height={height} role="img" aria-label={tip} data-testid="warning-sparkline">
        <polyline points={points.join(' ')} fill="none" stroke="#cf1322" strokeWidth={1.5} />
        {weeks.map((w, i) =>
          w.value === null ? null : <circle key={w.week} cx={x(i)} cy={y(w.value)} r={2} fill="#cf1322" />,
        )}
      </svg>
    </Tooltip>
  );
}
