import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../../components/useEChart';

// The one ECharts wrapper of the appraisal pages: categories along x (grades, cycles), bars or
// lines. Kept apart from the KPI pages' chart because those plot days on two axes.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  /** Bars of several series stand on each other (a team's share of a grade in the center). */
  stack?: string;
  color?: string;
  /** One colour per category (each grade its own colour in a single series). */
  itemColors?: string[];
}

export function AppraisalChart({
  categories,
  series,
  height = 280,
  yMax,
  testId,
}: {
  categories: string[];
  series: ChartSeries[];
  height?: number;
  /** A fixed top of the y axis (100 for a score). */
  yMax?: number;
  testId?: string;
}) {
  const { el, chart } = useEChart();

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        // Every category is named (a team is never skipped); many of them lean to fit.
        grid: { left: 16, right: 16, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
        legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
        tooltip: { trigger: 'axis' },
        xAxis: {
          type: 'category',
          data: categories,
          axisTick: { alignWithLabel: true },
          axisLabel: { interval: 0, rotate: categories.length > 5 ? 30 : 0 },
        },
        yAxis: { type: 'value', minInterval: 1, ...(yMax !== undefined ? { min: 0, max: yMax } : {}) },
        series: series.map((s) => ({
          name: s.name,
          type: s.type,
          data: s.itemColors ? s.data.map((value, i) => ({ value, itemStyle: { color: s.itemColors![i] } })) : s.data,
          stack: s.stack,
          barMaxWidth: 56,
          itemStyle: s.color ? { color: s.color } : undefined,
          connectNulls: false,
          label: s.type === 'bar' && !s.stack ? { show: true, position: 'top' } : undefined,
        })),
      },
      { notMerge: true },
    );
  }, [chart, categories, series, yMax]);

  return <div ref={el} style={{ width: '100%', height }} data-testid={testId} />;
}
