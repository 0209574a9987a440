import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Card, Segmented, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { KPIS, type Kpi, type KpiEffect, type LevelFour } from '../../../../common/analytics-levels';
import { useEChart } from '../../../components/useEChart';
import { useT } from '../../../i18n';
import { Figure, num } from './Figure';

// Level 4: per KPI the trained and the comparison group before and after, and the difference in
// differences with its interval and n; the chart draws the two groups' lines for one KPI, so a
// gap that opens after the course is seen at a glance.
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function ResultsCard({ l4 }: { l4: LevelFour }) {
  const t = useT();
  const [kpi, setKpi] = useState<Kpi>('qa');
  const { el, chart } = useEChart();
  useEffect(() => {
    const k = l4.kpis.find((x) => x.kpi === kpi);
    if (!k) return;
    const round = (x: number | null) => (x === null ? null : +x.toFixed(2));
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: [t('analytics.levels.l4.beforeLabel'), t('analytics.levels.l4.afterLabel')] },
        yAxis: { type: 'value', scale: true, name: t(`analytics.levels.kpi.${kpi}`) },
        series: [
          {
            name: t('analytics.levels.l4.trained'),
            type: 'line',
            data: [round(k.trainedBefore), round(k.trainedAfter)],
          },
          {
            name: t('analytics.levels.l4.comparison'),
            type: 'line',
            lineStyle: { type: 'dashed' },
            data: [round(k.comparisonBefore), round(k.comparisonAfter)],
          },
        ],
      },
      { notMerge: true },
    );
  }, [l4, kpi, chart, t]);
  const arrow = (a: number | null, b: number | null) => `${num(a)} → ${num(b)}`;
  return (
    <Card size="small" title={t('analytics.levels.l4.title')} data-testid="levels-l4">
      <Typography.Paragraph type="secondary">
        {t('analytics.levels.l4.help', {
          before: `${l4.before.from} ~ ${l4.before.to}`,
          after: `${l4.after.from} ~ ${l4.after.to}`,
        })}
      </Typography.Paragraph>
      <div style={{ overflowX: 'auto' }}>
        <Segmented
          value={kpi}
          onChange={(v) => setKpi(v as Kpi)}
          options={KPIS.map((k) => ({ value: k, label: t(`analytics.levels.kpi.${k}`) }))}
          data-testid="levels-l4-kpi"
        />
      </div>
      <div ref={el} style={{ height: 220 }} />
      <Table<KpiEffect>
        rowKey="kpi"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={l4.kpis}
        columns={[
          {
            title: t('analytics.levels.l4.kpi'),
            render: (_, r) => (
              <span title={t(`analytics.levels.l4.better.${r.better}`)}>{t(`analytics.levels.kpi.${r.kpi}`)}</span>
            ),
          },
          { title: t('analytics.levels.l4.trained'), render: (_, r) => arrow(r.trainedBefore, r.trainedAfter) },
          {
            title: t('analytics.levels.l4.comparison'),
            render: (_, r) => arrow(r.comparisonBefore, r.comparisonAfter),
          },
          {
            title: t('analytics.levels.l4.effect'),
            render: (_, r) => (
              <span>
                <Figure e={r.effect} testId={`levels-l4-effect-${r.kpi}`} />
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('analytics.levels.l4.nBoth', { t: r.trainedChange.n, c: r.comparisonChange.n })}
                </Typography.Text>
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
