import { Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { warningsApi, warningsKey, type ActionHistoryRow } from './api';
import { StatusTag } from './labels';

/** The actions leads recorded on warnings of the reader's people, newest first. */
export function ActionHistory() {
  const t = useT();
  const [page, setPage] = useState(1);
  const q = { page, pageSize: 20 };
  const { data, loading } = useApiQuery(warningsKey('history', q), () => warningsApi.history(q), {
    keepPrevious: true,
  });
  const c = (k: 'at' | 'name' | 'metric' | 'kind' | 'note' | 'due' | 'by') =>
    t(`analytics.warnings.historyColumns.${k}`);
  return (
    <Card size="small">
      <Table<ActionHistoryRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.data ?? []}
        scroll={{ x: 800 }}
        pagination={{ current: page, total: data?.total ?? 0, pageSize: 20, onChange: setPage }}
        data-testid="warnings-history"
        columns={[
          { title: c('at'), width: 150, render: (_, r) => localTime(r.createdAt) },
          { title: c('name'), dataIndex: 'name', width: 100 },
          {
            title: c('metric'),
            width: 120,
            render: (_, r) => (
              <>
                {t(`analytics.warnings.metrics.${r.metric}`)} <StatusTag status={r.status} />
              </>
            ),
          },
          {
            title: c('kind'),
            width: 100,
            render: (_, r) => <Tag>{t(`analytics.warnings.action.kinds.${r.kind}`)}</Tag>,
          },
          { title: c('note'), dataIndex: 'note' },
          { title: c('due'), dataIndex: 'dueDate', width: 110, responsive: ['md'] },
          { title: c('by'), dataIndex: 'createdByName', width: 100, responsive: ['md'] },
        ]}
      />
    </Card>
  );
}
