import { Segmented, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { feedbackApi, type Dispute } from '../feedback/feedbackApi';

/** 申诉: the disputes the caller may see; a direct supervisor switches to those waiting for their decision. */
export default function DisputesPage() {
  const t = useT();
  const can = useCan();
  const [view, setView] = useState<'toReview' | 'all'>(can('quality.review') ? 'toReview' : 'all');
  const rows = useApiQuery(keys.quality('disputes', view), () =>
    feedbackApi.disputes(view === 'toReview' ? { toReview: 'true' } : {}),
  ).data;
  const columns: TableColumnsType<Dispute> = [
    {
      title: t('quality.feedback.columns.agent'),
      key: 'agent',
      render: (_, r) => <Link to={`/quality/disputes/${r.id}`}>{r.agentName}</Link>,
    },
    { title: t('quality.feedback.dispute.openedAt'), dataIndex: 'openedAt', render: (v: string) => localTime(v) },
    {
      title: t('quality.feedback.dispute.scope'),
      dataIndex: 'scope',
      render: (v: 'whole' | 'items', r) =>
        `${t(`quality.feedback.dispute.scopes.${v}`)}${r.items.length ? ` (${r.items.length})` : ''}`,
    },
    { title: t('quality.feedback.dispute.reason'), dataIndex: 'reason', ellipsis: true },
    { title: t('quality.feedback.dispute.reviewer'), dataIndex: 'reviewerName' },
    {
      title: t('quality.feedback.columns.state'),
      key: 'status',
      render: (_, r) => (
        <Tag color={r.status === 'open' ? 'orange' : 'green'}>{t(`quality.feedback.dispute.status.${r.status}`)}</Tag>
      ),
    },
    {
      title: t('quality.feedback.columns.score'),
      key: 'score',
      render: (_, r) => (r.finalScore === null ? r.scoreBefore : `${r.scoreBefore} → ${r.finalScore}`),
    },
  ];
  return (
    <>
      <PageHeader title={t('quality.feedback.dispute.title')} />
      {can('quality.review') && (
        <Space style={{ marginBottom: 12 }}>
          <Segmented
            value={view}
            onChange={(v) => setView(v as typeof view)}
            data-testid="dispute-view"
            options={[
              { value: 'toReview', label: t('quality.feedback.dispute.toReview') },
              { value: 'all', label: t('quality.feedback.views.all') },
            ]}
          />
        </Space>
      )}
      <Table<Dispute>
        rowKey="id"
        loading={!rows}
        dataSource={rows ?? []}
        columns={columns}
        data-testid="dispute-list"
      />
    </>
  );
}
