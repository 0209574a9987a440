import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../../components/useEChart';

// Minutes practised per person over the chosen days (团队演练), one bar each, most first, with the
// goal for the whole range (daily goal × days) as a line.
echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export function MinutesChart(props: { names: string[]; minutes: number[]; goal: number; seriesName: string }) {
  const { names, minutes, goal, seriesName } = props;
  const { el, chart } = useEChart();
  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 40, right: 16, top: 16, bottom: 60 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: names, axisLabel: { rotate: names.length > 8 ? 45 : 0, interval: 0 } },
        yAxis: { type: 'value' },
        series: [
          {
            name: seriesName,
            type: 'bar',
            data: minutes,
            itemStyle: { color: '#69b1ff' },
            markLine: {
              symbol: 'none',
              lineStyle: { color: '#52c41a' },
              label: { position: 'insideEndTop' },
              data: [{ yAxis: goal }],
            },
          },
        ],
      },
      true,
    );
  }, [chart, names, minutes, goal, seriesName]);
  return <div ref={el} style={{ width: '100%', height: 280 }} data-testid="team-minutes-chart" />;
}
