import { Button, Card, Empty, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { StaffingImpact } from '../staffing/StaffingImpact';
import { leaveApi, leaveKey, type LeaveRequest } from './api';
import { LINKED_STYLE, useLinked } from './useLinked';
import { ChainTags, Files, Period, StatusTag, useKindName } from './labels';

function PersonBalance({ r }: { r: LeaveRequest }) {
  const { t } = useI18n();
  const { data } = useApiQuery(leaveKey('balances', r.employeeId), () => leaveApi.balances(r.employeeId), {
    quiet: true,
  });
  if (!data) return null;
  return (
    <Typography.Text type="secondary" data-testid="leave-person-balance">
      {t('attendance.leave.approvals.balanceOf', { name: r.employeeName, ...data.annual })}
    </Typography.Text>
  );
}

function Decide({ r }: { r: LeaveRequest }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const decide = useApiMutation(
    (decision: 'approve' | 'reject') => leaveApi.decide(r.id, { decision, note: note || null }),
    { invalidates: [leaveKey()] },
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('attendance.leave.approvals.notePlaceholder')}
        aria-label={t('attendance.leave.approvals.note')}
        data-testid="leave-note"
      />
      <Space>
        <Button
          type="primary"
          loading={decide.isPending}
          onClick={() => decide.mutate('approve')}
          data-testid="leave-approve"
        >
          {t('attendance.leave.approvals.approve')}
        </Button>
        <Button danger loading={decide.isPending} onClick={() => decide.mutate('reject')} data-testid="leave-reject">
          {t('attendance.leave.approvals.reject')}
        </Button>
      </Space>
    </Space>
  );
}

/** Requests waiting for a step the reader decides: the person's balance and chain, the staffing
 *  effect, and approve/reject with a note. "Show all" lists every request in sight. */
export default function ApprovalsPage() {
  const { t } = useI18n();
  const kindName = useKindName();
  const [scope, setScope] = useState<'to_decide' | 'all'>('to_decide');
  const [page, setPage] = useState(1);
  const linked = useLinked('request');
  const { data: kinds } = useApiQuery(leaveKey('kinds'), leaveApi.kinds);
  const { data, loading } = useApiQuery(
    leaveKey('requests', scope, page),
    () => leaveApi.requests({ scope, page, pageSize: 10 }),
    { keepPrevious: true },
  );

  return (
    <>
      <PageHeader
        title={t('attendance.leave.approvals.title')}
        extra={
          <Segmented
            value={scope}
            onChange={(v) => (setScope(v as 'to_decide' | 'all'), setPage(1))}
            options={[
              { value: 'to_decide', label: t('attendance.leave.approvals.mineOnly') },
              { value: 'all', label: t('attendance.leave.approvals.showAll') },
            ]}
          />
        }
      />
      <List<LeaveRequest>
        loading={loading}
        dataSource={data?.data ?? []}
        locale={{ emptyText: <Empty description={t('attendance.leave.approvals.empty')} /> }}
        pagination={{ current: page, total: data?.total ?? 0, pageSize: 10, onChange: setPage }}
        data-testid="leave-approvals"
        renderItem={(r) => (
          <List.Item key={r.id}>
            <Card
              size="small"
              ref={r.id === linked.id ? linked.ref : undefined}
              style={{ width: '100%', ...(r.id === linked.id ? LINKED_STYLE : {}) }}
              data-testid="leave-approval"
              data-id={r.id}
            >
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>
                    {r.employeeName} ({r.employeeNo}) · {r.teamName}
                  </Typography.Text>
                  <Tag>{kindName(kinds, r.kindCode)}</Tag>
                  <Period r={r} />
                  <Tag color="blue">
                    {r.days} {t('attendance.leave.balances.days')}
                  </Tag>
                  <StatusTag status={r.status} />
                  {r.afterTheFact && <Tag color="orange">{t('attendance.leave.list.afterTheFact')}</Tag>}
                  {r.evidenceRequired && !r.files.length && (
                    <Tag color="red">{t('attendance.leave.list.evidenceNeeded')}</Tag>
                  )}
                </Space>
                <Typography.Paragraph style={{ margin: 0 }}>{r.reason}</Typography.Paragraph>
                <ChainTags steps={r.steps} />
                <Files files={r.files} />
                <PersonBalance r={r} />
                {r.canDecide && (
                  <>
                    <Typography.Text type="secondary">{t('attendance.leave.approvals.impact')}</Typography.Text>
                    <StaffingImpact kind="leave" id={r.id} employeeId={r.employeeId} day={r.startDay} />
                    <Decide r={r} />
                  </>
                )}
              </Space>
            </Card>
          </List.Item>
        )}
      />
    </>
  );
}
