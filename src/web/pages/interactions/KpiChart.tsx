import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useEChart } from '../../components/useEChart';

// The one ECharts wrapper of the KPI pages: days along x, one or two y axes, bars or lines.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  /** 1 puts the series on a second y axis on the right. */
  axis?: 0 | 1;
  format?: (v: number) => string;
  /** Its axis ticks on multiples of this (60: whole minutes of a duration in seconds). */
  step?: number;
  /** Its axis from..to whatever the data (a rate 0–100, a score 1–5), so two axes do not look alike. */
  range?: [number, number];
}

/** Ticks on multiples of `step`, about five of them, from 0 to just above the largest value. */
function stepAxis(values: (number | null)[], step: number) {
  const top = Math.max(step, ...values.filter((v): v is number => v !== null));
  const interval = Math.ceil(top / 5 / step) * step;
  return { min: 0, interval, max: Math.ceil(top / interval) * interval };
}

export function KpiChart({
  days,
  series,
  selected,
  height = 260,
  onDayClick,
  testId,
}: {
  days: string[];
  /** The day whose interactions are listed below, marked by a line. */
  selected?: string;
  series: Series[];
  height?: number;
  onDayClick?: (day: string) => void;
  testId?: string;
}) {
  const click = useRef(onDayClick);
  click.current = onDayClick;
  const { el, chart } = useEChart((c) =>
    c.on('click', (p) => {
      if (typeof p.name === 'string') click.current?.(p.name);
    }),
  );

  useEffect(() => {
    const twoAxes = series.some((s) => s.axis === 1);
    const first = (i: number) => series.find((s) => (s.axis ?? 0) === i);
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 56, right: twoAxes ? 56 : 16, top: 36, bottom: 28 },
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: {
          type: 'category',
          data: days,
          axisTick: { alignWithLabel: true },
          axisLabel: { formatter: (d: string) => d.slice(5) },
        },
        yAxis: [0, ...(twoAxes ? [1] : [])].map((i) => {
          const s = first(i);
          return {
            type: 'value',
            splitLine: { show: i === 0 },
            axisLabel: s?.format ? { formatter: s.format } : {},
            ...(s?.range ? { min: s.range[0], max: s.range[1] } : {}),
            ...(s?.step ? stepAxis(s.data, s.step) : {}),
          };
        }),
        series: series.map((s, i) => ({
          name: s.name,
          type: s.type,
          yAxisIndex: s.axis ?? 0,
          data: s.data,
          connectNulls: false, // a day without calls is a gap, not a line through it
          showSymbol: days.length <= 31,
          markLine:
            i === 0 && selected && days.includes(selected)
              ? {
                  silent: true,
                  symbol: 'none',
                  label: { show: false },
                  lineStyle: { color: '#1677ff', type: 'dashed', width: 2 },
                  data: [{ xAxis: selected }],
                }
              : undefined,
          tooltip: s.format
            ? { valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : s.format!(v)) }
            : undefined,
        })),
      },
      { notMerge: true },
    );
  }, [chart, days, series, selected]);

  return (
    <div ref={el} style={{ width: '100%', height, cursor: onDayClick ? 'pointer' : undefined }} data-testid={testId} />
  );
}
