import { Typography } from 'antd';
import { useMemo } from 'react';
import type { HomePanels } from '../../../../common/home-panels';
import { useT } from '../../../i18n';
import { PanelCard } from './PanelCard';
import { PanelChart } from './PanelChart';

type Kpi = NonNullable<HomePanels['kpi']>;

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}%`);

/** FCR and CSAT this month as bars against their targets (diamonds); AHT as a line of text under them. */
export function KpiCard({ kpi, self }: { kpi: Kpi; self: boolean }) {
  const t = useT();
  const option = useMemo(() => {
    const names = {
      mine: t(self ? 'home.panels.series.me' : 'home.panels.series.people'),
      team: t('home.panels.series.team'),
      target: t('home.panels.series.target'),
    };
    const bar = (name: string, f: Kpi['mine'], color: string) => ({
      name,
      type: 'bar',
      barMaxWidth: 28,
      color,
      data: [f.fcrPercent, f.csatPercent],
      label: { show: true, position: 'top', formatter: (p: { value: number | null }) => pct(p.value), fontSize: 11 },
    });
    return {
      grid: { left: 32, right: 8, top: 28, bottom: 20 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => pct(v) },
      xAxis: { type: 'category', data: ['FCR', 'CSAT'] },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25 },
      series: [
        bar(names.mine, kpi.mine, '#1f6feb'),
        ...(kpi.team ? [bar(names.team, kpi.team, '#8c8c8c')] : []),
        {
          name: names.target,
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 12,
          color: '#fa541c',
          data: [kpi.targets.fcrPercent, kpi.targets.csatPercent],
        },
      ],
    };
  }, [kpi, self, t]);

  const none = !kpi.mine.handled && !kpi.team?.handled;
  return (
    <PanelCard title={t('home.panels.kpi.title')} path={kpi.path} testId="home-panel-kpi">
      {none ? (
        <Typography.Paragraph type="secondary" style={{ margin: 8 }}>
          {t('home.panels.kpi.none')}
        </Typography.Paragraph>
      ) : (
        <PanelChart option={option} testId="home-panel-kpi-chart" />
      )}
      <Typography.Text style={{ fontSize: 12 }} data-testid="home-panel-kpi-aht">
        {t('home.panels.kpi.aht', { value: kpi.mine.ahtSeconds ?? '—', target: kpi.targets.ahtSeconds })}
        {kpi.team && t('home.panels.kpi.ahtTeam', { value: kpi.team.ahtSeconds ?? '—' })}
        {` · ${t('home.panels.kpi.handled', { count: kpi.mine.handled })}`}
      </Typography.Text>
    </PanelCard>
  );
}
