import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../../components/useEChart';

// The report's charts: categories along x, bars (stacked when asked) or lines. No animation, so
// the print view prints the finished chart.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  data: (number | null)[];
  type?: 'bar' | 'line';
}

export function ReportChart({
  categories,
  series,
  stacked = false,
  height = 240,
  percent = false,
  testId,
}: {
  categories: string[];
  series: ChartSeries[];
  stacked?: boolean;
  height?: number;
  /** Values are 0–1 shares: the axis reads 0–100 %. */
  percent?: boolean;
  testId?: string;
}) {
  const { el, chart } = useEChart();
  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 48, right: 16, top: 36, bottom: 28, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: categories },
        yAxis: {
          type: 'value',
          minInterval: percent ? undefined : 1,
          ...(percent ? { min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } } : {}),
        },
        series: series.map((s) => ({
          name: s.name,
          type: s.type ?? 'bar',
          data: s.data,
          stack: stacked ? 'all' : undefined,
          connectNulls: true,
        })),
      },
      true,
    );
  }, [chart, categories, series, stacked, percent]);
  return <div ref={el} style={{ width: '100%', height }} data-testid={testId} />;
}
