import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Popconfirm, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { routinesApi, routinesKey, type ChecklistLine, type ChecklistPeriod } from './api';
import { TickModal } from './TickModal';

/** 班组长工作规范: the signed-in lead's checklist for today, this week, month, half-year and year. */
export default function ChecklistPage() {
  const t = useT();
  const { data, loading, error } = useApiQuery(routinesKey('mine'), () => routinesApi.mine(), { quiet: true });
  const [ticking, setTicking] = useState<ChecklistLine | null>(null);
  if (error?.errorCode === 'ROUTINE_NO_TEAM')
    return <Alert type="info" title={t('careers.routines.checklist.noTeam')} />;
  return (
    <>
      <PageHeader
        title={t('careers.routines.checklist.title')}
        extra={
          data && (
            <Typography.Text type="secondary">
              {t('careers.routines.checklist.today', { day: data.today })}
            </Typography.Text>
          )
        }
      />
      <Spin spinning={loading}>
        {data && (
          <Tabs
            data-testid="routines-periods"
            items={data.periods.map((p) => ({
              key: p.period,
              label: `${t(`careers.routines.periods.${p.period}`)} ${p.done}/${p.total}`,
              children: <PeriodLines period={p} onTick={setTicking} />,
            }))}
          />
        )}
      </Spin>
      {ticking && <TickModal line={ticking} onClose={() => setTicking(null)} />}
    </>
  );
}

function PeriodLines({ period, onTick }: { period: ChecklistPeriod; onTick: (l: ChecklistLine) => void }) {
  const t = useT();
  if (!period.lines.length) return <Empty description={t('careers.routines.checklist.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      <Typography.Text type="secondary">
        {period.start === period.end ? period.key : `${period.key} · ${period.start} ~ ${period.end}`} ·{' '}
        {t('careers.routines.checklist.progress', { done: period.done, total: period.total })}
      </Typography.Text>
      {period.lines.map((l) => (
        <LineCard key={l.item.id} line={l} onTick={() => onTick(l)} />
      ))}
    </Space>
  );
}

function LineCard({ line, onTick }: { line: ChecklistLine; onTick: () => void }) {
  const t = useT();
  const { item, tick } = line;
  const untick = useApiMutation((id: string) => routinesApi.untick(id), {
    invalidates: [routinesKey()],
    onSuccess: () => showSuccess(t('careers.routines.checklist.removed')),
  });
  return (
    <Card size="small" data-testid={`routine-line-${item.id}`}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong>
            {tick && <CheckCircleFilled style={{ color: '#52c41a', marginRight: 6 }} />}
            {item.title}
          </Typography.Text>
          <div>
            {item.expectedMinutes && <Tag>{t('careers.routines.checklist.minutes', { n: item.expectedMinutes })}</Tag>}
            {item.targetCount && <Tag>{t('careers.routines.checklist.count', { n: item.targetCount })}</Tag>}
            {item.linkKind !== 'none' && <Tag color="blue">{t(`careers.routines.linkKinds.${item.linkKind}`)}</Tag>}
          </div>
          {item.guidance && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
              {item.guidance}
            </Typography.Paragraph>
          )}
          {tick && (tick.note || tick.link || tick.count !== null) && (
            <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 13 }}>
              {[tick.count !== null ? `×${tick.count}` : null, tick.link?.label, tick.note].filter(Boolean).join(' · ')}
            </Typography.Paragraph>
          )}
        </div>
        {tick ? (
          <Popconfirm title={t('careers.routines.checklist.untickConfirm')} onConfirm={() => untick.mutate(tick.id)}>
            <Button size="small" loading={untick.isPending} data-testid={`routine-untick-${item.id}`}>
              {t('careers.routines.checklist.untick')}
            </Button>
          </Popconfirm>
        ) : (
          <Button type="primary" size="small" onClick={onTick} data-testid={`routine-tick-${item.id}`}>
            {t('careers.routines.checklist.tick')}
          </Button>
        )}
      </div>
    </Card>
  );
}
