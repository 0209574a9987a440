import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../../components/useEChart';
import { useT } from '../../../i18n';
import type { GroupRetention } from './api';
import { DAYS_PER_MONTH, pct, toMonths } from './format';

// Kaplan–Meier curves as step lines (months since hire along x, share still employed up y), each
// with its confidence band shaded (a transparent lower line and the band's height stacked on
// it), and the baseline as dashed lines: its share across, its month down.
echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

const MAX_MONTHS = 36;
const PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];

export interface Curve {
  name: string;
  group: GroupRetention;
}

interface Point {
  value: [number, number];
  low: number;
  high: number;
  atRisk: number;
  days: number;
}

function points(g: GroupRetention): Point[] {
  const first = g.curve[0]?.atRisk ?? g.n;
  const out: Point[] = [{ value: [0, 1], low: 1, high: 1, atRisk: first, days: 0 }];
  for (const s of g.curve)
    out.push({
      value: [s.time / DAYS_PER_MONTH, s.survival],
      low: s.low,
      high: s.high,
      atRisk: s.atRisk,
      days: s.time,
    });
  return out;
}

export function SurvivalChart({
  curves,
  baseline,
  height = 320,
  testId,
}: {
  curves: Curve[];
  baseline?: { percent: number; months: number };
  height?: number;
  testId?: string;
}) {
  const t = useT();
  const { el, chart } = useEChart();

  useEffect(() => {
    const series = curves.flatMap((c, i) => {
      const color = PALETTE[i % PALETTE.length];
      const pts = points(c.group);
      const step = 'end' as const;
      const stack = `band-${i}`;
      return [
        {
          name: c.name,
          type: 'line' as const,
          step,
          data: pts,
          symbol: 'none',
          color,
          lineStyle: { width: 2 },
          z: 3,
          ...(i === 0 && baseline
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { type: 'dashed' as const, color: '#888' },
                  label: { formatter: t('analytics.retention.chart.baseline', baseline) },
                  data: [{ yAxis: baseline.percent / 100, label: { show: false } }, { xAxis: baseline.months }],
                },
              }
            : {}),
        },
        {
          name: c.name,
          type: 'line' as const,
          step,
          stack,
          data: pts.map((p) => [p.value[0], p.low]),
          symbol: 'none',
          lineStyle: { opacity: 0 },
          tooltip: { show: false },
          silent: true,
        },
        {
          name: c.name,
          type: 'line' as const,
          step,
          stack,
          data: pts.map((p) => [p.value[0], p.high - p.low]),
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color, opacity: 0.15 },
          tooltip: { show: false },
          silent: true,
        },
      ];
    });
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 48, right: 16, top: 48, bottom: 40 },
        legend: { top: 0, type: 'scroll', data: curves.map((c) => c.name) },
        tooltip: {
          trigger: 'item',
          formatter: (p: { seriesName: string; data: Point }) =>
            t('analytics.retention.chart.tooltip', {
              name: p.seriesName,
              months: toMonths(p.data.days),
              days: p.data.days,
              survival: pct(p.data.value[1]),
              low: pct(p.data.low),
              high: pct(p.data.high),
              atRisk: p.data.atRisk,
            }),
        },
        xAxis: {
          type: 'value',
          min: 0,
          // The first three years: later steps are long-serving staff, not what training changed.
          max: (v: { max: number }) => Math.min(MAX_MONTHS, Math.max(3, Math.ceil(v.max / 3) * 3)),
          name: t('analytics.retention.chart.months'),
          nameLocation: 'middle',
          nameGap: 26,
          interval: 3,
        },
        yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
        series,
      },
      { notMerge: true },
    );
  }, [chart, curves, baseline, t]);

  return <div ref={el} style={{ width: '100%', height }} data-testid={testId} />;
}
