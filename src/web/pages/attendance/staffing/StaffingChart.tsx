import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../../components/useEChart';

// The staffing chart (issue 19 item 6): intervals along x, the people required as bars and the
// people rostered as a line (a second line for "after" in the impact view); understaffed
// intervals shaded red, overstaffed ones green.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, CanvasRenderer]);

export interface StaffingLine {
  name: string;
  data: number[];
  color: string;
  dashed?: boolean;
}

export const UNDER_COLOR = 'rgba(255, 77, 79, 0.16)';
export const OVER_COLOR = 'rgba(82, 196, 26, 0.12)';

export function StaffingChart({
  starts,
  required,
  requiredName,
  lines,
  marks,
  height = 300,
  testId,
}: {
  starts: string[];
  required: number[];
  requiredName: string;
  lines: StaffingLine[];
  /** Per interval: -1 understaffed, 1 overstaffed, 0 neither (shaded behind the bars). */
  marks: number[];
  height?: number;
  testId?: string;
}) {
  const { el, chart } = useEChart();

  useEffect(() => {
    const areas = marks.flatMap((m, i) =>
      m ? [[{ xAxis: starts[i], itemStyle: { color: m < 0 ? UNDER_COLOR : OVER_COLOR } }, { xAxis: starts[i] }]] : [],
    );
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 40, right: 16, top: 36, bottom: 28 },
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: starts, axisTick: { alignWithLabel: true } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            name: requiredName,
            type: 'bar',
            data: required,
            itemStyle: { color: '#91caff' },
            barMaxWidth: 24,
            markArea: areas.length ? { silent: true, data: areas } : undefined,
          },
          ...lines.map((l) => ({
            name: l.name,
            type: 'line',
            step: 'middle',
            data: l.data,
            showSymbol: false,
            itemStyle: { color: l.color },
            lineStyle: { color: l.color, width: 2, type: l.dashed ? 'dashed' : 'solid' },
          })),
        ],
      },
      { notMerge: true },
    );
  }, [chart, starts, required, requiredName, lines, marks]);

  return <div ref={el} style={{ width: '100%', height }} data-testid={testId} />;
}
