import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Segmented } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { EFFECT_METRICS, type EffectMetric, type EffectsResult } from '../../../../common/analytics-effects';
import { useEChart } from '../../../components/useEChart';
import { useT } from '../../../i18n';

// Raw mean against shrunk value per trainer for one metric: the hollow dot is what the learners
// scored, the filled one where the estimate lands once sample size is weighed, the bar its
// interval, the line the center. A small group's dots sit far apart; a large group's together.
echarts.use([
  BarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export function EffectsChart({ data }: { data: EffectsResult }) {
  const t = useT();
  const [metric, setMetric] = useState<EffectMetric>('qa');
  const { el, chart } = useEChart();
  const rows = useMemo(() => data.rows.filter((r) => r[metric].shrunk !== null), [data, metric]);
  useEffect(() => {
    const scale = metric === 'retention' ? 100 : 1;
    const v = (x: number | null) => (x === null ? null : +(x * scale).toFixed(2));
    const names = rows.map((r) => `${r.label} (n=${r[metric].n})`).reverse();
    const list = [...rows].reverse();
    const center = metric === 'retention' ? data.center.retention.rate : data.center[metric];
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
        legend: { top: 0, data: [t('analytics.effects.chart.raw'), t('analytics.effects.chart.shrunk')] },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', scale: true },
        yAxis: { type: 'category', data: names, axisLabel: { width: 140, overflow: 'truncate' } },
        series: [
          {
            type: 'bar',
            stack: 'ci',
            itemStyle: { color: 'transparent' },
            data: list.map((r) => v(r[metric].low)),
            tooltip: { show: false },
          },
          {
            name: t('analytics.effects.chart.interval'),
            type: 'bar',
            stack: 'ci',
            barWidth: 6,
            itemStyle: { color: '#91caff' },
            data: list.map((r) =>
              r[metric].low === null || r[metric].high === null ? null : v(r[metric].high! - r[metric].low!),
            ),
            markLine:
              center === null
                ? undefined
                : {
                    symbol: 'none',
                    data: [{ xAxis: v(center) }],
                    label: { formatter: t('analytics.effects.center', { value: String(v(center)) }) },
                  },
          },
          {
            name: t('analytics.effects.chart.raw'),
            type: 'scatter',
            symbol: 'emptyCircle',
            symbolSize: 10,
            data: list.map((r, i) => [v(r[metric].raw), names[i]]),
          },
          {
            name: t('analytics.effects.chart.shrunk'),
            type: 'scatter',
            symbolSize: 10,
            itemStyle: { color: '#0958d9' },
            data: list.map((r, i) => [v(r[metric].shrunk), names[i]]),
          },
        ],
      },
      { notMerge: true },
    );
  }, [rows, metric, data, chart, t]);
  return (
    <div data-testid="effects-chart">
      <div style={{ overflowX: 'auto' }}>
        <Segmented
          value={metric}
          onChange={(m) => setMetric(m as EffectMetric)}
          options={EFFECT_METRICS.map((m) => ({ value: m, label: t(`analytics.effects.metric.${m}`) }))}
          data-testid="effects-chart-metric"
        />
      </div>
      <div ref={el} style={{ height: Math.max(200, 36 * rows.length + 60) }} />
    </div>
  );
}
