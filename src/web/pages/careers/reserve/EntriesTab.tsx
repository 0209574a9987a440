import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { reserveApi, reserveKey, type Nomination, type Round } from './api';
import { CriteriaTags, EntryStatusTag } from './labels';
import { ScreenModal } from './ReserveDialogs';

/** The round's entries (HR all, a lead their people's) with the eligibility at entry; HR screens. */
export function EntriesTab({ round }: { round: Round }) {
  const t = useT();
  const can = useCan();
  const [screening, setScreening] = useState<{ entry: Nomination; decision: 'shortlist' | 'decline' } | null>(null);
  const { data, loading } = useApiQuery(reserveKey('nominations', round.id), () => reserveApi.nominations(round.id));
  const mayScreen = can('careers.reserve.manage') && round.status === 'screening';
  const columns: TableColumnsType<Nomination> = [
    {
      title: t('careers.reserve.fields.person'),
      key: 'person',
      render: (_, n) => (
        <span>
          {n.name} <Tag>{n.employeeNo}</Tag>
        </span>
      ),
    },
    { title: t('careers.reserve.fields.team'), dataIndex: 'teamName', key: 'team', responsive: ['md'] },
    {
      title: t('careers.reserve.fields.source'),
      key: 'source',
      responsive: ['md'],
      render: (_, n) => t(`careers.reserve.source.${n.source}`),
    },
    {
      title: t('careers.reserve.fields.statement'),
      key: 'statement',
      render: (_, n) => (
        <Space orientation="vertical" size={2}>
          {n.statement && (
            <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>
              {n.statement}
            </Typography.Paragraph>
          )}
          {n.recommendation && (
            <Typography.Text type="secondary">
              {t('careers.reserve.fields.recommendation')}（{n.recommendedByName}）：{n.recommendation}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('careers.reserve.fields.criteria'),
      key: 'criteria',
      responsive: ['lg'],
      render: (_, n) => <CriteriaTags criteria={n.eligibility.criteria} />,
    },
    {
      title: t('careers.reserve.fields.status'),
      key: 'status',
      render: (_, n) => (
        <Space orientation="vertical" size={2}>
          <EntryStatusTag status={n.status} />
          {n.screeningReason && <Typography.Text type="secondary">{n.screeningReason}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('careers.reserve.fields.actions'),
      key: 'actions',
      render: (_, n) =>
        mayScreen &&
        n.status !== 'withdrawn' && (
          <Space wrap size={4}>
            <Button
              size="small"
              type={n.status === 'shortlisted' ? 'primary' : 'default'}
              onClick={() => setScreening({ entry: n, decision: 'shortlist' })}
              data-testid="screen-shortlist"
            >
              {t('careers.reserve.actions.shortlist')}
            </Button>
            <Button
              size="small"
              danger={n.status === 'declined'}
              onClick={() => setScreening({ entry: n, decision: 'decline' })}
              data-testid="screen-decline"
            >
              {t('careers.reserve.actions.decline')}
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <>
      <Table<Nomination>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        scroll={{ x: true }}
        onRow={(n) =>
          ({
            'data-testid': 'entry-row',
            'data-employee-no': n.employeeNo,
            'data-name': n.name,
            'data-status': n.status,
          }) as object
        }
        locale={{ emptyText: t('careers.reserve.empty.entries') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
      {screening && (
        <ScreenModal entry={screening.entry} decision={screening.decision} onClose={() => setScreening(null)} />
      )}
    </>
  );
}
