import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../i18n';
import { KpiChart, type Series } from '../KpiChart';
import { mmss } from '../format';
import type { DayFigures } from '../interactionsApi';

/** Trend charts of a range: handled, AHT, and FCR with CSAT; a click on a day opens its interactions. */
export function KpiCharts({
  days,
  selected,
  onDayClick,
}: {
  days: DayFigures[];
  selected?: string;
  onDayClick: (day: string) => void;
}) {
  const t = useT();
  const labels = useMemo(() => days.map((d) => d.day), [days]);
  const handled = useMemo<Series[]>(
    () => [{ name: t('interactions.kpi.charts.handledSeries'), type: 'bar', data: days.map((d) => d.handled) }],
    [days, t],
  );
  const aht = useMemo<Series[]>(
    () => [
      {
        name: t('interactions.kpi.charts.ahtSeries'),
        type: 'line',
        format: mmss,
        step: 60,
        data: days.map((d) => (d.ahtSeconds === null ? null : Math.round(d.ahtSeconds))),
      },
    ],
    [days, t],
  );
  const quality = useMemo<Series[]>(
    () => [
      {
        name: t('interactions.kpi.charts.fcr'),
        type: 'line',
        range: [0, 100],
        format: (v) => `${v.toFixed(1)}%`,
        data: days.map((d) => (d.fcrRate === null ? null : Math.round(d.fcrRate * 1000) / 10)),
      },
      {
        name: t('interactions.kpi.charts.csat'),
        type: 'line',
        axis: 1,
        range: [1, 5],
        format: (v) => v.toFixed(2),
        data: days.map((d) => (d.csatAverage === null ? null : Math.round(d.csatAverage * 100) / 100)),
      },
    ],
    [days, t],
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('interactions.kpi.charts.handled')}>
          <KpiChart
            days={labels}
            series={handled}
            selected={selected}
            onDayClick={onDayClick}
            testId="kpi-chart-handled"
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('interactions.kpi.charts.aht')}>
          <KpiChart days={labels} series={aht} selected={selected} onDayClick={onDayClick} testId="kpi-chart-aht" />
        </Card>
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('interactions.kpi.charts.quality')}>
          <KpiChart
            days={labels}
            series={quality}
            selected={selected}
            onDayClick={onDayClick}
            testId="kpi-chart-quality"
          />
        </Card>
      </Col>
    </Row>
  );
}
