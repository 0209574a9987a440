import { Segmented, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { TRAINEE_HANDLING } from '../../../../common/quality-feedback';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { feedbackApi, type Followup } from '../feedback/feedbackApi';

/** Agents under follow-up monitoring until a later evaluation passes the item; a trainee's error
 *  gets its handling (recitation, re-test, improvement plan) here. Paged on the server, with the total. */
export function FollowupsTable() {
  const t = useT();
  const can = useCan();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const page = useApiQuery(
    keys.quality('followups', status, paging),
    () => feedbackApi.followups({ status, ...paging }),
    { keepPrevious: true },
  ).data;
  const data = page && { rows: page.data, total: page.total };
  const setHandling = useApiMutation(
    ({ f, handling }: { f: Followup; handling: string }) => feedbackApi.setHandling(f.id, handling),
    {
      invalidates: [keys.quality('followups')],
    },
  );
  const handle = (f: Followup, handling: string) => setHandling.mutate({ f, handling });
  const columns: TableColumnsType<Followup> = [
    {
      title: t('quality.feedback.columns.agent'),
      dataIndex: 'agentName',
      render: (v: string, f) => (
        <Space>
          {v}
          {f.trainee && <Tag color="gold">{t('quality.feedback.summary.trainee')}</Tag>}
        </Space>
      ),
    },
    { title: t('quality.feedback.summary.problem'), dataIndex: 'itemLabel' },
    {
      title: t('quality.feedback.followups.opened'),
      key: 'opened',
      render: (_, f) => <Link to={`/quality/evaluations/${f.openedEvaluationId}`}>{f.openedDay}</Link>,
    },
    {
      title: t('quality.feedback.followups.closed'),
      key: 'closed',
      render: (_, f) =>
        f.closedEvaluationId ? <Link to={`/quality/evaluations/${f.closedEvaluationId}`}>{f.closedDay}</Link> : '—',
    },
    {
      title: t('quality.feedback.followups.handling'),
      key: 'handling',
      render: (_, f) =>
        f.trainee ? (
          <Select
            size="small"
            style={{ width: 140 }}
            value={f.handling ?? undefined}
            disabled={!can('quality.review')}
            placeholder="—"
            onChange={(v) => handle(f, v)}
            options={TRAINEE_HANDLING.map((h) => ({ value: h, label: t(`quality.feedback.actions.${h}`) }))}
          />
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as typeof status);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        style={{ marginBottom: 12 }}
        options={[
          { value: 'open', label: t('quality.feedback.followups.open') },
          { value: 'closed', label: t('quality.feedback.followups.closedTab') },
        ]}
      />
      <Table<Followup>
        rowKey="id"
        loading={!data}
        dataSource={data?.rows ?? []}
        columns={columns}
        data-testid="followups"
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.table.total', { total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </>
  );
}
