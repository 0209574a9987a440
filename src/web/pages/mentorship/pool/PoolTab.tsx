import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { poolApi, poolKey, type PoolMember } from './api';
import { CriteriaTags } from './CriteriaTags';
import { RemoveModal } from './PoolDialogs';

/** The active mentors with their ratings by trainees and by results. */
export function PoolTab() {
  const t = useT();
  const can = useCan();
  const [removing, setRemoving] = useState<PoolMember | null>(null);
  const { data, loading } = useApiQuery(poolKey('members'), () => poolApi.members());
  const columns: TableColumnsType<PoolMember> = [
    {
      title: t('mentorship.pool.fields.person'),
      key: 'person',
      render: (_, m) => (
        <Space orientation="vertical" size={0}>
          <span>
            {m.name} <Tag>{m.employeeNo}</Tag>
          </span>
          <Typography.Text type="secondary">{m.teamName}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('mentorship.pool.fields.criteria'),
      key: 'criteria',
      responsive: ['md'],
      render: (_, m) => <CriteriaTags criteria={m.criteria} />,
    },
    {
      title: t('mentorship.pool.fields.ratings'),
      key: 'ratings',
      render: (_, m) => (
        <Space size={4} wrap data-testid={`pool-rating-${m.employeeNo}`}>
          {m.ratingAverage === null
            ? t('mentorship.pool.noRating')
            : t('mentorship.pool.rating', { avg: m.ratingAverage, n: m.ratingCount })}
          {m.flagged && <Tag color="red">{t('mentorship.pool.flagged')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('mentorship.pool.fields.results'),
      key: 'results',
      render: (_, { results: r }) =>
        r.trainees + r.qaCount === 0 ? (
          t('mentorship.pool.results.none')
        ) : (
          <Space orientation="vertical" size={0}>
            <span>
              {t('mentorship.pool.results.certified', {
                certified: r.certified,
                decided: r.certified + r.left,
                inTraining: r.inTraining,
              })}
              {r.certifiedRate !== null && ` · ${t('mentorship.pool.results.rate', { rate: r.certifiedRate })}`}
            </span>
            <Tooltip title={r.qaExcluded ? t('mentorship.pool.results.excluded', { n: r.qaExcluded }) : undefined}>
              <Typography.Text type="secondary">
                {r.qaAverage === null
                  ? t('mentorship.pool.results.qaNone')
                  : t('mentorship.pool.results.qa', { avg: r.qaAverage, n: r.qaCount })}
              </Typography.Text>
            </Tooltip>
          </Space>
        ),
    },
    { title: t('mentorship.pool.fields.mentees'), dataIndex: 'activeMentees', key: 'mentees', align: 'right' },
    {
      title: t('mentorship.pool.fields.selectedAt'),
      key: 'selected',
      responsive: ['lg'],
      render: (_, m) => (
        <Space orientation="vertical" size={0}>
          <span>
            {localTime(m.selectedAt)} {m.selectedByName ?? ''}
          </span>
          {m.overrideReason && (
            <Typography.Text type="warning">
              {t('mentorship.pool.fields.overrideReason')}：{m.overrideReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(can('training.manage')
      ? [
          {
            title: t('mentorship.pool.fields.actions'),
            key: 'actions',
            render: (_: unknown, m: PoolMember) => (
              <Button size="small" danger data-testid={`pool-remove-${m.employeeNo}`} onClick={() => setRemoving(m)}>
                {t('mentorship.pool.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<PoolMember>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        scroll={{ x: true }}
        locale={{ emptyText: t('mentorship.pool.empty.pool') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      {removing && <RemoveModal person={removing} onClose={() => setRemoving(null)} />}
    </>
  );
}
