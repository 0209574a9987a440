import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../../components/useEChart';

// The small chart of a home panel: the card builds the option, this draws it. Tooltips only —
// a click anywhere on the card opens its page, so the chart itself takes no clicks.
echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function PanelChart({
  option,
  height = 160,
  testId,
}: {
  option: echarts.EChartsCoreOption;
  height?: number;
  testId?: string;
}) {
  const { el, chart } = useEChart();
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [chart, option]);
  return <div ref={el} style={{ width: '100%', height, cursor: 'pointer' }} data-testid={testId} />;
}
