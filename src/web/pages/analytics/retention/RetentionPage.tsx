import { Alert, Card, Empty, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { AsOf } from '../facts/AsOf';
import { retentionApi, retentionKey, type Filter, type PeopleAsk } from './api';
import { ComparePanel } from './ComparePanel';
import { Filters } from './Filters';
import { groupName, pct } from './format';
import { PeopleDrawer } from './PeopleDrawer';
import { RetentionTable } from './RetentionTable';
import { SurvivalChart } from './SurvivalChart';

// 留存分析 (issue 22 item 1): Kaplan–Meier curves by hiring month, program, department, trainer or
// mentor with their bands and the baseline; the table of 3/6/12-month retention with n; two groups
// compared by log-rank; every figure opens the people behind it.
const CHART_GROUPS = 8;

export default function RetentionPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>({ by: 'hire_month' });
  const [ask, setAsk] = useState<PeopleAsk | null>(null);
  const q = useApiQuery(retentionKey('overview', filter), () => retentionApi.overview(filter), { keepPrevious: true });
  const data = q.data;
  const none = t('analytics.retention.none');
  // The chart shows the largest groups (the legend toggles them); the table lists every group.
  const curves = useMemo(() => {
    if (!data) return [];
    const largest = [...data.groups].sort((a, b) => b.n - a.n).slice(0, CHART_GROUPS);
    const shown = data.groups.filter((g) => largest.includes(g));
    return [
      { name: t('analytics.retention.all'), group: data.overall },
      ...shown.map((g) => ({ name: `${groupName(g, none)} (n=${g.n})`, group: g })),
    ];
  }, [data, none, t]);
  const overall = data?.overall;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <PageHeader title={t('analytics.retention.title')} extra={<AsOf />} />
      <Filters value={filter} onChange={setFilter} />
      {overall && (
        <Typography.Text data-testid="retention-summary">
          {t('analytics.retention.summary', {
            n: overall.n,
            m3: pct(overall.at[0]?.survival),
            m6: pct(overall.at[1]?.survival),
            m12: pct(overall.at[2]?.survival),
            confidence: data.confidencePercent,
          })}
        </Typography.Text>
      )}
      <Card size="small" title={t('analytics.retention.chart.title')} loading={!data && q.loading}>
        {data && data.total === 0 ? (
          <Empty description={t('analytics.retention.empty')} />
        ) : (
          <>
            {data && data.groups.length > CHART_GROUPS && (
              <Alert type="info" showIcon title={t('analytics.retention.chart.largest', { n: CHART_GROUPS })} />
            )}
            <SurvivalChart curves={curves} baseline={data?.baseline} testId="retention-chart" />
          </>
        )}
      </Card>
      {data && <RetentionTable data={data} onPeople={setAsk} />}
      {data && <ComparePanel key={filter.by} filter={filter} overview={data} />}
      <PeopleDrawer filter={filter} ask={ask} onClose={() => setAsk(null)} />
    </Space>
  );
}
