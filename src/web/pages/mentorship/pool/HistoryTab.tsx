import { Table, Tag, type TableColumnsType } from 'antd';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { poolApi, poolKey, type PoolHistory } from './api';

/** Every selection and removal, newest first. */
export function HistoryTab() {
  const t = useT();
  const { data, loading } = useApiQuery(poolKey('history'), () => poolApi.history());
  const columns: TableColumnsType<PoolHistory> = [
    { title: t('mentorship.pool.fields.person'), dataIndex: 'name', key: 'name' },
    {
      title: t('mentorship.pool.fields.status'),
      key: 'status',
      render: (_, h) => (
        <Tag color={h.status === 'active' ? 'green' : 'default'}>{t(`mentorship.pool.historyStatus.${h.status}`)}</Tag>
      ),
    },
    {
      title: t('mentorship.pool.fields.selectedAt'),
      key: 'selected',
      render: (_, h) => `${localTime(h.selectedAt)} ${h.selectedByName ?? ''}`,
    },
    {
      title: t('mentorship.pool.fields.overrideReason'),
      dataIndex: 'overrideReason',
      key: 'override',
      responsive: ['md'],
    },
    {
      title: t('mentorship.pool.fields.removedAt'),
      key: 'removed',
      responsive: ['md'],
      render: (_, h) => (h.removedAt ? `${localTime(h.removedAt)} ${h.removedByName ?? ''}` : ''),
    },
    { title: t('mentorship.pool.fields.removeReason'), dataIndex: 'removeReason', key: 'reason' },
  ];
  return (
    <Table<PoolHistory>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data ?? []}
      columns={columns}
      scroll={{ x: true }}
      locale={{ emptyText: t('mentorship.pool.empty.history') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
    />
  );
}
