import { Button, Card, Col, Empty, List, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { swapsApi, swapsKey, type Overtime } from './api';
import { OvertimeForm } from './OvertimeForm';

// Overtime and time off in lieu (加班换休, issue 19 item 4): ask or record, the list with the
// lead's decision, and my open time off with the day each part lapses.

function ToilCard() {
  const t = useT();
  const { data } = useApiQuery(swapsKey('toil'), () => swapsApi.toil(), { quiet: true });
  return (
    <Card size="small" title={t('attendance.swaps.toil.title')} data-testid="toil-card">
      {!data || !data.lots.length ? (
        <Typography.Text type="secondary">{t('attendance.swaps.toil.none')}</Typography.Text>
      ) : (
        <Space direction="vertical">
          <Typography.Text strong>{t('attendance.swaps.toil.balance', { hours: data.hours })}</Typography.Text>
          {data.lots.map((l) => (
            <Typography.Text key={l.id}>
              {t('attendance.swaps.toil.lot', { hours: l.hours, earned: l.earnedOn, expires: l.expiresOn })}
            </Typography.Text>
          ))}
        </Space>
      )}
    </Card>
  );
}

function Item({ o }: { o: Overtime }) {
  const t = useT();
  const decide = useApiMutation(
    (decision: 'approve' | 'reject') => swapsApi.decideOvertime(o.id, { decision, version: o.version }),
    { invalidates: [swapsKey()] },
  );
  return (
    <List.Item data-testid="ot-item">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={{ pending: 'gold', approved: 'green', rejected: 'red' }[o.status]}>
            {t(`attendance.swaps.overtime.status.${o.status}`)}
          </Tag>
          <Typography.Text strong>
            {o.employeeName} · {o.day} {o.startTime}–{o.endTime}
          </Typography.Text>
          <Tag>{t('attendance.swaps.overtime.hours', { hours: o.hours })}</Tag>
          <Tag color={o.compensation === 'toil' ? 'cyan' : 'purple'}>
            {t(`attendance.swaps.overtime.${o.compensation}`)}
          </Tag>
          {o.recorded && <Tag>{t('attendance.swaps.overtime.recorded')}</Tag>}
        </Space>
        <Typography.Text type="secondary">{o.reason}</Typography.Text>
        {o.toilExpiresOn && (
          <Typography.Text>{t('attendance.swaps.overtime.toilExpires', { day: o.toilExpiresOn })}</Typography.Text>
        )}
        {o.canDecide && (
          <Space>
            <Button
              type="primary"
              loading={decide.isPending}
              onClick={() => decide.mutate('approve')}
              data-testid="ot-approve"
            >
              {t('attendance.swaps.overtime.approve')}
            </Button>
            <Button danger loading={decide.isPending} onClick={() => decide.mutate('reject')} data-testid="ot-reject">
              {t('attendance.swaps.overtime.reject')}
            </Button>
          </Space>
        )}
      </Space>
    </List.Item>
  );
}

export default function OvertimePage() {
  const t = useT();
  const lead = useCan()('attendance.approve');
  const [scope, setScope] = useState<'mine' | 'to_decide' | 'all'>(lead ? 'to_decide' : 'mine');
  const [page, setPage] = useState(1);
  const { data, loading } = useApiQuery(
    swapsKey('overtime', scope, page),
    () => swapsApi.overtime({ scope, page, pageSize: 10 }),
    { keepPrevious: true },
  );
  const scopes = (lead ? ['to_decide', 'mine', 'all'] : ['mine']) as (typeof scope)[];
  return (
    <>
      <PageHeader title={t('attendance.swaps.overtime.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <ToilCard />
            <OvertimeForm />
          </Space>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={
              <Segmented
                value={scope}
                onChange={(v) => (setScope(v as typeof scope), setPage(1))}
                options={scopes.map((s) => ({ value: s, label: t(`attendance.swaps.overtime.scope.${s}`) }))}
              />
            }
          >
            <List
              loading={loading}
              dataSource={data?.data ?? []}
              locale={{ emptyText: <Empty description={t('attendance.swaps.overtime.empty')} /> }}
              renderItem={(o) => <Item key={o.id} o={o} />}
              pagination={
                (data?.total ?? 0) > 10
                  ? { current: page, pageSize: 10, total: data?.total ?? 0, onChange: setPage, size: 'small' }
                  : false
              }
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
