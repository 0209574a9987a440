import { Drawer, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { translateMaybe, useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { retentionApi, retentionKey, type Filter, type PeopleAsk, type RetentionPerson } from './api';

// The people behind a figure: a group's members, its exits of a kind, or those still followed at
// a month. Names come from the server's identities; paged on the server.
const PAGE = 20;

export function PeopleDrawer({ filter, ask, onClose }: { filter: Filter; ask: PeopleAsk | null; onClose: () => void }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState(ask);
  if (ask !== shown) {
    setShown(ask);
    setPage(1);
  }
  const q = useApiQuery(
    retentionKey('people', filter, ask, page),
    () => retentionApi.people(filter, ask!, page, PAGE),
    { enabled: !!ask, keepPrevious: true },
  );
  const columns: ColumnsType<RetentionPerson> = [
    { title: t('analytics.retention.people.name'), dataIndex: 'name', fixed: 'left' },
    { title: t('analytics.retention.people.no'), dataIndex: 'employeeNo' },
    { title: t('analytics.retention.people.team'), dataIndex: 'teamName' },
    { title: t('analytics.retention.people.hired'), dataIndex: 'hireDate' },
    { title: t('analytics.retention.people.exit'), dataIndex: 'exitDate', render: (v) => v ?? '—' },
    {
      title: t('analytics.retention.people.kind'),
      dataIndex: 'exitKind',
      render: (v: string | null) => (v ? t(`analytics.retention.kinds.${v as 'resigned'}`) : '—'),
    },
    {
      title: t('analytics.retention.people.criterion'),
      dataIndex: 'exitCriterion',
      render: (v: string | null) => (v ? (translateMaybe(`elimination.criteria.${v}`) ?? v) : '—'),
    },
    { title: t('analytics.retention.people.days'), dataIndex: 'days', align: 'right' },
  ];
  return (
    <Drawer
      open={!!ask}
      onClose={onClose}
      title={ask?.title}
      size={Math.min(760, window.innerWidth)}
      data-testid="retention-people-drawer"
    >
      <Table
        rowKey="employeeId"
        size="small"
        loading={q.loading}
        columns={columns}
        dataSource={q.data?.data ?? []}
        scroll={{ x: 720 }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: q.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('analytics.retention.people.total', { n }),
        }}
      />
    </Drawer>
  );
}
