import { Button, Col, Input, List, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { StaffingImpact } from '../staffing/StaffingImpact';
import { swapsApi, swapsKey, type Swap, type SwapStep } from './api';
import { ProposeCard } from './ProposeCard';
import { ScopedList } from './ScopedList';
import { EntryText, SwapStatusTag } from './SwapParts';
import { LINKED_STYLE, useLinked } from '../leave/useLinked';

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
  const linked = useLinked('swap');
  const mine = s.id === linked.id;
  return (
    <List.Item data-testid="swap-item" data-id={s.id}>
      <Space
        direction="vertical"
        ref={mine ? linked.ref : undefined}
        style={{ width: '100%', ...(mine ? { ...LINKED_STYLE, padding: 8 } : {}) }}
      >
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
  const scopes: ('mine' | 'to_decide' | 'team')[] = lead ? ['to_decide', 'mine', 'team'] : ['to_decide', 'mine'];

  return (
    <>
      <PageHeader title={t('attendance.swaps.menu.swaps')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ProposeCard />
        </Col>
        <Col xs={24} lg={14}>
          <ScopedList
            name="list"
            scopes={scopes}
            initial="to_decide"
            label={(s) => t(`attendance.swaps.scope.${s}`)}
            load={swapsApi.list}
            empty={t('attendance.swaps.list.empty')}
            renderItem={(s: Swap) => <SwapItem key={s.id} s={s} />}
            testId="swap-scope"
          />
        </Col>
      </Row>
    </>
  );
}
