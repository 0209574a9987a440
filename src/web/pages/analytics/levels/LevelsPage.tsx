import { Card, DatePicker, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { LevelsOverviewQuery, LevelsOverviewRow } from '../../../../common/analytics-levels';
import { PageHeader } from '../../../components/PageHeader';
import { useT, type MsgKey } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { AsOf } from '../facts/AsOf';
import { levelsApi, levelsKey } from './api';
import { Figure, num, RateFigure } from './Figure';

// 四级评估 (issue 22 item 3): the programs that ran, each with the headline of its four levels and
// n; a program opens its four levels (ProgramPage). Filtered by the month the program ended.

export default function LevelsPage() {
  const t = useT();
  const [q, setQ] = useState<LevelsOverviewQuery>({});
  const rows = useApiQuery(levelsKey('overview', q), () => levelsApi.overview(q), { keepPrevious: true });
  const month = (m: string | undefined) => (m ? dayjs(`${m}-01`) : null);
  return (
    <div data-testid="analytics-levels-page">
      <PageHeader title={t('analytics.levels.title')} extra={<AsOf />} />
      <Typography.Paragraph type="secondary">{t('analytics.levels.help')}</Typography.Paragraph>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <DatePicker.RangePicker
            picker="month"
            allowEmpty={[true, true]}
            value={[month(q.from), month(q.to)]}
            onChange={(r) => setQ({ from: r?.[0]?.format('YYYY-MM'), to: r?.[1]?.format('YYYY-MM') })}
            placeholder={[t('analytics.levels.filters.ended'), t('analytics.levels.filters.ended')]}
            aria-label={t('analytics.levels.filters.ended')}
            data-testid="levels-filter-ended"
          />
        </Card>
        <Card size="small">
          <Table<LevelsOverviewRow>
            rowKey="id"
            size="small"
            loading={rows.loading}
            dataSource={rows.data ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('analytics.levels.empty') }}
            data-testid="levels-table"
            columns={[
              {
                title: t('analytics.levels.columns.program'),
                dataIndex: 'title',
                render: (title: string, r) => (
                  <Link to={`/analytics/levels/${r.id}`} data-testid={`levels-open-${r.id}`}>
                    {title}
                  </Link>
                ),
              },
              {
                title: t('analytics.levels.columns.audience'),
                dataIndex: 'audience',
                render: (a: string) => t(`analytics.levels.audience.${a}` as MsgKey),
              },
              {
                title: t('analytics.levels.columns.dates'),
                render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{`${r.startDate} ~ ${r.endDate}`}</span>,
              },
              { title: t('analytics.levels.columns.people'), dataIndex: 'people' },
              { title: t('analytics.levels.columns.feedback'), render: (_, r) => <Figure e={r.feedback} digits={2} /> },
              { title: t('analytics.levels.columns.exam'), render: (_, r) => <Figure e={r.examScore} /> },
              { title: t('analytics.levels.columns.pass'), render: (_, r) => <RateFigure p={r.passRate} /> },
              { title: t('analytics.levels.columns.qa90'), render: (_, r) => <Figure e={r.qa90} /> },
              { title: t('analytics.levels.columns.center'), render: (_, r) => num(r.center90) },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
