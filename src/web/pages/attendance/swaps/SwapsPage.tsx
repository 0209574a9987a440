import { Button, Card, Col, Empty, Input, List, Row, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { StaffingImpact } from '../staffing/StaffingImpact';
import { swapsApi, swapsKey, type Swap, type SwapStep } from './api';
import { ProposeCard } from './ProposeCard';
import { EntryText, SwapStatusTag } from './SwapParts';

// Shift swaps (issue 19 item 4): propose one, answer the ones a colleague asks of me, and — for a
// team lead — approve accepted swaps after seeing their effect on the day's staffing.

function Actions({ s }: { s: Swap }) {
  const t = useT();
  const [note, setNote] = useState('');
  const act = useApiMutation(
    (step: SwapStep) => swapsApi.step(s.id, step, { version: s.version, note: note || null }),
    {
      invalidates: [swapsKey()],
    },
  );
  const buttons: [SwapStep, boolean, 'primary' | 'default', boolean][] = [
    ['accept', s.can.accept, 'primary', false],
    ['decline', s.can.decline, 'default', true],
    ['approve', s.can.approve, 'primary', false],
    ['reject', s.can.approve, 'default', true],
    ['cancel', s.can.cancel, 'default', false],
  ];
  if (!buttons.some(([, on]) => on)) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {(s.can.accept || s.can.approve) && (
        <Input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('attendance.swaps.list.note')}
          data-testid="swap-note"
        />
      )}
      <Space wrap>
        {buttons
          .filter(([, on]) => on)
          .map(([step, , type, danger]) => (
            <Button
              key={step}
              type={type}
              danger={danger}
              loading={act.isPending}
              onClick={() => act.mutate(step)}
              data-testid={`swap-${step}`}
            >
              {t(`attendance.swaps.list.${step}`)}
            </Button>
          ))}
      </Space>
    </Space>
  );
}

function SwapItem({ s }: { s: Swap }) {
  const t = useT();
  return (
    <List.Item data-testid="swap-item">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <SwapStatusTag status={s.status} />
          <Typography.Text strong>
            {t('attendance.swaps.list.exchange', {
              a: s.requesterName,
              dayA: s.requesterDay,
              b: s.colleagueName,
              dayB: s.colleagueDay,
            })}
          </Typography.Text>
        </Space>
        <Space wrap>
          <EntryText e={s.requesterEntry} />
          <span>↔</span>
          <EntryText e={s.colleagueEntry} />
        </Space>
        {s.reason && <Typography.Text type="secondary">{s.reason}</Typography.Text>}
        {s.decidedByName && s.decidedAt && (
          <Typography.Text type="secondary">
            {t('attendance.swaps.list.decidedBy', {
              name: s.decidedByName,
              at: s.decidedAt.slice(0, 16).replace('T', ' '),
            })}
            {s.note ? ` · ${s.note}` : ''}
          </Typography.Text>
        )}
        {s.can.approve && <StaffingImpact kind="swap" id={s.id} />}
        <Actions s={s} />
      </Space>
    </List.Item>
  );
}

export default function SwapsPage() {
  const t = useT();
  const can = useCan();
  const lead = can('attendance.approve');
  const [scope, setScope] = useState<'mine' | 'to_decide' | 'team'>('to_decide');
  const [page, setPage] = useState(1);
  const { data, loading } = useApiQuery(
    swapsKey('list', scope, page),
    () => swapsApi.list({ scope, page, pageSize: 10 }),
    { keepPrevious: true },
  );
  const scopes = (lead ? ['to_decide', 'mine', 'team'] : ['to_decide', 'mine']) as (typeof scope)[];

  return (
    <>
      <PageHeader title={t('attendance.swaps.menu.swaps')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ProposeCard />
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={
              <Segmented
                value={scope}
                onChange={(v) => (setScope(v as typeof scope), setPage(1))}
                options={scopes.map((s) => ({ value: s, label: t(`attendance.swaps.scope.${s}`) }))}
                data-testid="swap-scope"
              />
            }
          >
            <List
              loading={loading}
              dataSource={data?.data ?? []}
              locale={{ emptyText: <Empty description={t('attendance.swaps.list.empty')} /> }}
              renderItem={(s) => <SwapItem key={s.id} s={s} />}
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
