import { ClockCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { clockApi, clockKey, type Mine } from './api';
import { hhmm } from './labels';

/** Today's shift, today's punches and the punch button; fits a phone's width. */
export function PunchCard({ mine }: { mine: Mine | null }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const punch = useApiMutation(() => clockApi.punch(), {
    invalidates: [clockKey()],
    onSuccess: (r) => void message.success(t('attendance.clock.card.punched', { time: hhmm(r.punch.at) })),
  });
  const today = mine?.today;
  return (
    <Card title={t('attendance.clock.card.title')} data-testid="punch-card" style={{ maxWidth: 480, width: '100%' }}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text strong>
          {today
            ? today.startsAt
              ? t('attendance.clock.card.shift', { start: hhmm(today.startsAt), end: hhmm(today.endsAt) })
              : t('attendance.clock.card.rest')
            : t('attendance.clock.card.noShift')}
        </Typography.Text>
        <Button
          type="primary"
          size="large"
          block
          icon={<ClockCircleOutlined />}
          loading={punch.isPending}
          onClick={() => punch.mutate(undefined)}
          data-testid="punch-button"
        >
          {t('attendance.clock.card.punch')}
        </Button>
        <div>
          <Typography.Text type="secondary">{t('attendance.clock.card.punchesToday')}：</Typography.Text>
          {mine?.punchesToday.length ? (
            mine.punchesToday.map((p) => (
              <Tag key={p} data-testid="punch-today">
                {hhmm(p)}
              </Tag>
            ))
          ) : (
            <Typography.Text type="secondary">{t('attendance.clock.card.none')}</Typography.Text>
          )}
        </div>
      </Space>
    </Card>
  );
}
