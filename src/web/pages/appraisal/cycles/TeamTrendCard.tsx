import { Card } from 'antd';
import { useMemo } from 'react';
import type { TeamTrendsData } from '../../../../common/appraisal-results';
import { http } from '../../../api';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalKey } from '../appraisalApi';
import { AppraisalChart, type ChartSeries } from '../charts/AppraisalChart';

/** 团队趋势: each team the reader sees, its average total per published cycle (one line a team).
 *  Shown to those who run or review cycles; hidden until there is a trend (two cycles). */
export function TeamTrendCard() {
  const t = useT();
  const can = useCan();
  const shown = can('appraisal.cycles') || can('appraisal.review');
  const { data } = useApiQuery(
    appraisalKey('trends', 'teams'),
    () => http.get<TeamTrendsData>('/appraisal/trends/teams'),
    { enabled: shown },
  );
  const series = useMemo<ChartSeries[]>(
    () =>
      (data?.teams ?? []).map((team) => {
        const byCycle = new Map(team.points.map((p) => [p.cycleId, p.averageTotal]));
        return {
          name: team.teamName,
          type: 'line',
          data: (data?.cycles ?? []).map((c) => byCycle.get(c.cycleId) ?? null),
        };
      }),
    [data],
  );
  if (!shown || !data || data.cycles.length < 2 || !series.length) return null;
  return (
    <Card size="small" title={t('appraisal.cycles.teamTrend')} style={{ marginBottom: 16 }}>
      <AppraisalChart
        categories={data.cycles.map((c) => c.cycleName)}
        series={series}
        yMax={100}
        height={260}
        testId="team-trend"
      />
    </Card>
  );
}
