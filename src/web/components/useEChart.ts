import * as echarts from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * An ECharts instance on a div for the life of the component, resized with its box and disposed
 * when it goes. `onInit` runs once on the new instance (event handlers); each chart registers its
 * own parts with echarts.use and calls chart.current?.setOption when its data changes.
 */
export function useEChart(onInit?: (chart: echarts.ECharts) => void) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const init = useRef(onInit);
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current);
    chart.current = c;
    init.current?.(c);
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  return { el, chart };
}
