import { Button, Card, Col, Popconfirm, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { leaveApi, leaveKey, type LeaveRequest } from './api';
import { ChainTags, Files, Period, StatusTag, useKindName } from './labels';
import { RequestModal } from './RequestModal';
import { LINKED_STYLE, useLinked } from './useLinked';

/** My balances (annual leave, time off in lieu), my requests with their chain, and the request form. */
export default function MyLeavePage() {
  const { t } = useI18n();
  const kindName = useKindName();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(1);
  const { data: kinds } = useApiQuery(leaveKey('kinds'), leaveApi.kinds);
  const { data: bal } = useApiQuery(leaveKey('balances', 'me'), () => leaveApi.balances());
  const { data, loading } = useApiQuery(
    leaveKey('requests', 'mine', page),
    () => leaveApi.requests({ scope: 'mine', page, pageSize: 20 }),
    { keepPrevious: true },
  );
  const cancel = useApiMutation((id: string) => leaveApi.cancel(id), { invalidates: [leaveKey()] });
  // Opened from the home page or the bell (?request=<id>): reading the request reads its answer,
  // so the home list and the bell are refreshed once it is loaded.
  const linked = useLinked('request');
  const invalidate = useInvalidate();
  const { data: opened } = useApiQuery(leaveKey('one', linked.id), () => leaveApi.detail(linked.id!), {
    enabled: !!linked.id,
  });
  useEffect(() => {
    if (opened) void invalidate(['home'], ['notifications']);
  }, [opened, invalidate]);

  return (
    <>
      <PageHeader
        title={t('attendance.leave.my.title')}
        extra={
          <Button type="primary" onClick={() => setOpen(true)} data-testid="leave-new">
            {t('attendance.leave.my.newRequest')}
          </Button>
        }
      />
      {bal && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={12}>
            <Card
              size="small"
              title={t('attendance.leave.balances.annual', { year: bal.year })}
              data-testid="balance-annual"
            >
              <Statistic
                title={t('attendance.leave.balances.left')}
                value={bal.annual.left}
                suffix={t('attendance.leave.balances.days')}
              />
              <Typography.Text type="secondary">
                {t('attendance.leave.balances.entitlement', { days: bal.annual.entitlement, years: bal.yearsOfWork })}
                <br />
                {t('attendance.leave.balances.usedPending', { used: bal.annual.used, pending: bal.annual.pending })}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" title={t('attendance.leave.balances.toil')} data-testid="balance-toil">
              <Statistic
                value={
                  // "about 0 days" reads as "none left": under a day, the hours alone say it.
                  bal.toil.daysLeft > 0
                    ? t('attendance.leave.balances.toilHours', { hours: bal.toil.hoursLeft, days: bal.toil.daysLeft })
                    : t('attendance.leave.balances.toilHoursOnly', { hours: bal.toil.hoursLeft })
                }
              />
              {bal.toil.lots.map((l) => (
                <Tag key={`${l.expiresOn}-${l.hoursLeft}`}>
                  {t('attendance.leave.balances.expires', { hours: l.hoursLeft, day: l.expiresOn })}
                </Tag>
              ))}
            </Card>
          </Col>
        </Row>
      )}
      <Table<LeaveRequest>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.data ?? []}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('attendance.leave.my.empty') }}
        pagination={{ current: page, total: data?.total ?? 0, pageSize: 20, onChange: setPage }}
        data-testid="leave-mine"
        onRow={(r) =>
          r.id === linked.id ? { ref: linked.ref, style: LINKED_STYLE, 'data-linked': 'true' } : { 'data-id': r.id }
        }
        columns={[
          { title: t('attendance.leave.list.kind'), render: (_, r) => kindName(kinds, r.kindCode) },
          { title: t('attendance.leave.list.period'), render: (_, r) => <Period r={r} /> },
          { title: t('attendance.leave.list.days'), dataIndex: 'days', width: 70 },
          {
            title: t('attendance.leave.list.status'),
            render: (_, r) => (
              <>
                <StatusTag status={r.status} />
                {r.afterTheFact && <Tag>{t('attendance.leave.list.afterTheFact')}</Tag>}
              </>
            ),
          },
          { title: t('attendance.leave.list.chain'), render: (_, r) => <ChainTags steps={r.steps} /> },
          { title: t('attendance.leave.list.files'), render: (_, r) => <Files files={r.files} /> },
          {
            title: t('attendance.leave.list.actions'),
            render: (_, r) =>
              r.canCancel && (
                <Popconfirm title={t('attendance.leave.my.cancelAsk')} onConfirm={() => cancel.mutate(r.id)}>
                  <Button size="small" danger data-testid="leave-cancel">
                    {t('attendance.leave.my.cancel')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <RequestModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
