import { Table } from 'antd';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { reserveApi, reserveKey, type ShortlistEntry } from './api';

/** A round's published shortlist: name, team, department and statement — what the whole center sees. */
export function ShortlistTable({ roundId }: { roundId: string }) {
  const t = useT();
  const { data, loading } = useApiQuery(reserveKey('shortlist', roundId), () => reserveApi.shortlist(roundId));
  return (
    <Table<ShortlistEntry>
      rowKey="nominationId"
      size="small"
      loading={loading}
      dataSource={data ?? []}
      data-testid="shortlist"
      onRow={(r) => ({ 'data-testid': 'shortlist-row', 'data-name': r.name }) as object}
      columns={[
        { title: t('careers.reserve.fields.person'), dataIndex: 'name', key: 'name' },
        { title: t('careers.reserve.fields.team'), dataIndex: 'teamName', key: 'team' },
        { title: t('careers.reserve.fields.department'), dataIndex: 'departmentName', key: 'dep', responsive: ['md'] },
        { title: t('careers.reserve.fields.statement'), dataIndex: 'statement', key: 'statement' },
      ]}
      scroll={{ x: true }}
      locale={{ emptyText: t('careers.reserve.empty.shortlist') }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
    />
  );
}
