import { Button, DatePicker, List, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { rostersApi, rostersKey, type MyDay } from './api';

const SPAN = 14;

/** My published schedule, two weeks at a time: one line per day, readable on a phone. */
export default function MySchedulePage() {
  const { t } = useI18n();
  const [start, setStart] = useState<Dayjs>(() => dayjs().startOf('day'));
  const from = start.format('YYYY-MM-DD');
  const to = start.add(SPAN - 1, 'day').format('YYYY-MM-DD');
  const { data, loading } = useApiQuery(rostersKey('mine', from, to), () => rostersApi.mine(from, to), {
    keepPrevious: true,
  });
  const byDay = new Map((data ?? []).map((d) => [d.day, d]));
  const days = Array.from({ length: SPAN }, (_, i) => start.add(i, 'day').format('YYYY-MM-DD'));
  const today = dayjs().format('YYYY-MM-DD');
  const hasAny = (data ?? []).length > 0;

  const line = (d: MyDay | undefined) => {
    if (!d) return <Typography.Text type="secondary">—</Typography.Text>;
    if (!d.shiftId) return <Tag>{t('attendance.rosters.my.rest')}</Tag>;
    return (
      <Space size={4} wrap>
        <Tag color={d.color ?? 'blue'} title={d.code ?? undefined}>
          {d.name}
        </Tag>
        <Typography.Text strong>
          {d.startTime}–{d.endTime}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('attendance.rosters.my.hours', { h: +(d.workMinutes / 60).toFixed(1) })}
        </Typography.Text>
      </Space>
    );
  };

  return (
    <>
      <PageHeader title={t('attendance.rosters.my.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={() => setStart(start.subtract(SPAN, 'day'))} aria-label="previous">
          ‹
        </Button>
        <DatePicker
          value={start}
          allowClear={false}
          onChange={(d) => d && setStart(d.startOf('day'))}
          aria-label={t('attendance.rosters.my.from')}
          data-testid="my-schedule-from"
          inputReadOnly
        />
        <Button onClick={() => setStart(start.add(SPAN, 'day'))} aria-label="next">
          ›
        </Button>
        <Button onClick={() => setStart(dayjs().startOf('day'))}>{t('attendance.rosters.my.today')}</Button>
      </Space>
      <List
        loading={loading}
        dataSource={hasAny ? days : []}
        locale={{ emptyText: t('attendance.rosters.my.empty') }}
        data-testid="my-schedule-list"
        renderItem={(day) => (
          <List.Item style={day === today ? { background: 'rgba(22,119,255,0.06)' } : undefined}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text strong={day === today}>{dayjs(day).format('MM-DD dddd')}</Typography.Text>
              {line(byDay.get(day))}
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}
