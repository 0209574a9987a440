import { Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { reserveApi, reserveKey, type RoundRow } from './api';
import { RoundStatusTag } from './labels';
import { RoundActions } from './RoundActions';
import { CreateRoundModal } from './ReserveDialogs';

/** 储备竞聘 (SPEC §11): the rounds, newest first; HR creates, opens, closes, publishes, cancels. */
export default function RoundsPage() {
  const t = useT();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const { data, loading } = useApiQuery(reserveKey('rounds'), () => reserveApi.rounds());
  const columns: TableColumnsType<RoundRow> = [
    {
      title: t('careers.reserve.fields.name'),
      key: 'name',
      render: (_, r) => (
        <Link to={`/careers/reserve/${encodeURIComponent(r.id)}`} data-testid="round-link">
          {r.name}
        </Link>
      ),
    },
    {
      title: t('careers.reserve.fields.status'),
      key: 'status',
      render: (_, r) => <RoundStatusTag status={r.status} />,
    },
    {
      title: t('careers.reserve.fields.window'),
      key: 'window',
      responsive: ['md'],
      render: (_, r) => `${r.nominationsOpen} ~ ${r.nominationsClose}`,
    },
    { title: t('careers.reserve.fields.talkDay'), dataIndex: 'talkDay', key: 'talkDay', responsive: ['lg'] },
    { title: t('careers.reserve.fields.entries'), dataIndex: 'entries', key: 'entries', responsive: ['md'] },
    {
      title: t('careers.reserve.fields.shortlisted'),
      dataIndex: 'shortlisted',
      key: 'shortlisted',
      responsive: ['md'],
    },
    {
      title: t('careers.reserve.fields.actions'),
      key: 'actions',
      render: (_, r) => <RoundActions round={r} compact />,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('careers.reserve.title.rounds')}
        extra={
          can('careers.reserve.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="create-round">
              {t('careers.reserve.actions.create')}
            </Button>
          )
        }
      />
      <Table<RoundRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        scroll={{ x: true }}
        onRow={(r) => ({ 'data-testid': 'round-row', 'data-round-name': r.name }) as object}
        locale={{ emptyText: t('careers.reserve.empty.rounds') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      {creating && <CreateRoundModal onClose={() => setCreating(false)} />}
    </>
  );
}
