import { Typography } from 'antd';
import { useMemo } from 'react';
import type { HomePanels, QaWeek } from '../../../../common/home-panels';
import { useT } from '../../../i18n';
import { PanelCard } from './PanelCard';
import { PanelChart } from './PanelChart';

type Qa = NonNullable<HomePanels['qa']>;

// Scores are 0–100: the band is drawn inside that range even where the margin reaches past it.
const clamp = (v: number | null) => (v === null ? null : Math.min(100, Math.max(0, v)));

/** The weekly mean QA score with its confidence band; an agent's next to their team's mean. */
export function QaTrendCard({ qa, self }: { qa: Qa; self: boolean }) {
  const t = useT();
  const option = useMemo(() => {
    const mineName = t(self ? 'home.panels.series.me' : 'home.panels.series.people');
    const teamName = t('home.panels.series.team');
    const low = qa.mine.map((w) => clamp(w.low));
    const width = qa.mine.map((w, i) => (w.high === null || low[i] === null ? null : clamp(w.high)! - low[i]!));
    const line = (name: string, w: QaWeek | undefined) => {
      if (!w || w.mean === null) return t('home.panels.qa.none', { name });
      if (w.low === null) return t('home.panels.qa.line', { name, mean: w.mean, n: w.n });
      return t('home.panels.qa.lineMargin', { name, mean: w.mean, n: w.n, low: w.low, high: w.high ?? '' });
    };
    return {
      grid: { left: 32, right: 8, top: qa.team ? 24 : 8, bottom: 20 },
      legend: qa.team ? { top: 0, data: [mineName, teamName] } : undefined,
      tooltip: {
        trigger: 'axis',
        formatter: (ps: { dataIndex: number }[]) => {
          const i = ps[0]?.dataIndex ?? 0;
          const rows = [t('home.panels.qa.week', { week: qa.mine[i].week }), line(mineName, qa.mine[i])];
          if (qa.team) rows.push(line(teamName, qa.team[i]));
          return rows.join('<br/>');
        },
      },
      xAxis: { type: 'category', data: qa.mine.map((w) => w.week.slice(5)), boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25 },
      series: [
        { type: 'line', stack: 'band', data: low, lineStyle: { opacity: 0 }, symbol: 'none', silent: true },
        {
          type: 'line',
          stack: 'band',
          data: width,
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
          areaStyle: { color: '#1f6feb', opacity: 0.15 },
        },
        { name: mineName, type: 'line', data: qa.mine.map((w) => w.mean), connectNulls: false, color: '#1f6feb' },
        ...(qa.team
          ? [
              {
                name: teamName,
                type: 'line',
                data: qa.team.map((w) => w.mean),
                color: '#8c8c8c',
                lineStyle: { type: 'dashed' },
              },
            ]
          : []),
      ],
    };
  }, [qa, self, t]);

  return (
    <PanelCard title={t('home.panels.qa.title')} path={qa.path} testId="home-panel-qa">
      <PanelChart option={option} testId="home-panel-qa-chart" />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('home.panels.qa.hint', { level: qa.confidencePercent })}
      </Typography.Text>
    </PanelCard>
  );
}
