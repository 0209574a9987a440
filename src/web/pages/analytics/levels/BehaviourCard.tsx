import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Card, Table, Typography } from 'antd';
import { useEffect } from 'react';
import type { LevelThree } from '../../../../common/analytics-levels';
import { useEChart } from '../../../components/useEChart';
import { useT } from '../../../i18n';
import { Figure, num } from './Figure';

// Level 3: the program's QA in the first 30/60/90 days after it, beside the center's in the same
// months, as bars and as a table with n.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function BehaviourCard({ l3 }: { l3: LevelThree }) {
  const t = useT();
  const { el, chart } = useEChart();
  useEffect(() => {
    const label = (days: number) => t('analytics.levels.l3.window', { days });
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: l3.windows.map((w) => label(w.days)) },
        yAxis: { type: 'value', scale: true },
        series: [
          {
            name: t('analytics.levels.l3.program'),
            type: 'bar',
            data: l3.windows.map((w) => (w.score.value === null ? null : +w.score.value.toFixed(1))),
          },
          {
            name: t('analytics.levels.l3.center'),
            type: 'bar',
            data: l3.windows.map((w) => (w.center.value === null ? null : +w.center.value.toFixed(1))),
          },
        ],
      },
      { notMerge: true },
    );
  }, [l3, chart, t]);
  return (
    <Card size="small" title={t('analytics.levels.l3.title')} data-testid="levels-l3">
      <Typography.Paragraph type="secondary">{t('analytics.levels.l3.help')}</Typography.Paragraph>
      <div ref={el} style={{ height: 220 }} />
      <Table
        rowKey="days"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={l3.windows}
        columns={[
          { title: '', render: (_, w) => t('analytics.levels.l3.window', { days: w.days }) },
          { title: t('analytics.levels.l3.people'), dataIndex: 'people' },
          { title: t('analytics.levels.l3.program'), render: (_, w) => <Figure e={w.score} /> },
          { title: t('analytics.levels.l3.center'), render: (_, w) => <Figure e={w.center} /> },
          { title: t('analytics.levels.l3.difference'), render: (_, w) => num(w.difference) },
        ]}
      />
    </Card>
  );
}
