import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Card, Empty, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { EliminationReasons } from '../../../../common/analytics-rates';
import { useEChart } from '../../../components/useEChart';
import { useT, type MsgKey } from '../../../i18n';

// Elimination reasons as a bar chart: one bar per criterion (most frequent at the top), stacked by
// program so a program whose trainees fail one way stands out; the total n in the title. The
// chart's box stays mounted while loading: the ECharts instance is made once, on the first render.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function ReasonsChart({ data, loading }: { data: EliminationReasons | null | undefined; loading: boolean }) {
  const t = useT();
  const { el, chart } = useEChart();
  // ECharts draws the first category at the bottom.
  const criteria = useMemo(() => [...(data?.criteria ?? [])].reverse(), [data]);
  useEffect(() => {
    if (!data) return;
    const label = (c: string) => t(`elimination.criteria.${c}` as MsgKey);
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 40, bottom: 32, containLabel: true },
        legend: { top: 0, type: 'scroll' },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: {
          type: 'value',
          minInterval: 1,
          name: t('analytics.rates.reasons.count'),
          nameLocation: 'middle',
          nameGap: 24,
        },
        yAxis: {
          type: 'category',
          data: criteria.map((c) => label(c.criterion)),
          axisLabel: { width: 160, overflow: 'truncate' },
        },
        series: data.programs.map((p) => ({
          name: p.label ?? t('analytics.rates.none'),
          type: 'bar',
          stack: 'all',
          data: criteria.map((c) => p.byCriterion[c.criterion] ?? 0),
        })),
      },
      { notMerge: true },
    );
  }, [data, criteria, chart, t]);
  const empty = !loading && (data?.total ?? 0) === 0;
  return (
    <Card
      size="small"
      title={t('analytics.rates.reasons.title')}
      extra={data ? t('analytics.rates.reasons.total', { total: data.total }) : null}
      data-testid="rates-reasons"
    >
      <Typography.Paragraph type="secondary">{t('analytics.rates.reasons.help')}</Typography.Paragraph>
      {loading && !data && <Spin />}
      {empty && <Empty description={t('analytics.rates.reasons.empty')} />}
      <div ref={el} style={{ height: Math.max(160, 48 * criteria.length + 60), display: empty ? 'none' : 'block' }} />
    </Card>
  );
}
