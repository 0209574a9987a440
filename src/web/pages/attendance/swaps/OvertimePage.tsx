import { Button, Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { swapsApi, swapsKey, type Overtime } from './api';
import { OvertimeForm } from './OvertimeForm';
import { ScopedList } from './ScopedList';

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
  const scopes: ('mine' | 'to_decide' | 'all')[] = lead ? ['to_decide', 'mine', 'all'] : ['mine'];
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
          <ScopedList
            name="overtime"
            scopes={scopes}
            initial={scopes[0]!}
            label={(s) => t(`attendance.swaps.overtime.scope.${s}`)}
            load={swapsApi.overtime}
            empty={t('attendance.swaps.overtime.empty')}
            renderItem={(o: Overtime) => <Item key={o.id} o={o} />}
          />
        </Col>
      </Row>
    </>
  );
}
