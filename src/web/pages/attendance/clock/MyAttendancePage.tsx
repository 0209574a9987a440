import { DatePicker, Grid, List, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { clockApi, clockKey, type Day } from './api';
import { hhmm, OutcomeTag, ResolutionTag } from './labels';
import { PunchCard } from './PunchCard';

/** My attendance: the punch card and my month of matched days (a list on a phone, a table wider). */
export default function MyAttendancePage() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('month'));
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const { data, loading } = useApiQuery(clockKey('mine', from, to), () => clockApi.mine(from, to), {
    keepPrevious: true,
  });
  const days = data?.days ?? [];
  const minutes = (d: Day) =>
    [
      d.lateMinutes ? t('attendance.clock.my.lateMin', { n: d.lateMinutes }) : null,
      d.earlyMinutes ? t('attendance.clock.my.earlyMin', { n: d.earlyMinutes }) : null,
    ]
      .filter(Boolean)
      .join('，');

  return (
    <>
      <PageHeader title={t('attendance.clock.my.title')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <PunchCard mine={data} />
        <DatePicker
          picker="month"
          value={month}
          allowClear={false}
          onChange={(m) => m && setMonth(m)}
          aria-label={t('attendance.clock.my.month')}
          data-testid="my-attendance-month"
        />
        {screens.md ? (
          <Table<Day>
            rowKey="day"
            size="small"
            loading={loading}
            dataSource={days}
            pagination={false}
            locale={{ emptyText: t('attendance.clock.my.empty') }}
            data-testid="my-attendance-table"
            columns={[
              { title: t('attendance.clock.my.day'), dataIndex: 'day' },
              {
                title: t('attendance.clock.my.shift'),
                render: (_, d) => (d.scheduledStart ? `${hhmm(d.scheduledStart)}–${hhmm(d.scheduledEnd)}` : '—'),
              },
              { title: t('attendance.clock.my.in'), render: (_, d) => hhmm(d.firstIn, d.day) },
              { title: t('attendance.clock.my.out'), render: (_, d) => hhmm(d.lastOut, d.day) },
              {
                title: t('attendance.clock.my.outcome'),
                render: (_, d) => (
                  <Space size={4} wrap>
                    <OutcomeTag outcome={d.outcome} />
                    <ResolutionTag resolution={d.resolution} />
                    <Typography.Text type="secondary">{minutes(d)}</Typography.Text>
                  </Space>
                ),
              },
            ]}
          />
        ) : (
          <List<Day>
            loading={loading}
            dataSource={days}
            locale={{ emptyText: t('attendance.clock.my.empty') }}
            data-testid="my-attendance-list"
            renderItem={(d) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space size={4} wrap>
                      {d.day}
                      <OutcomeTag outcome={d.outcome} />
                      <ResolutionTag resolution={d.resolution} />
                    </Space>
                  }
                  description={
                    d.scheduledStart
                      ? `${hhmm(d.scheduledStart)}–${hhmm(d.scheduledEnd)} · ${hhmm(d.firstIn, d.day)} / ${hhmm(d.lastOut, d.day)} ${minutes(d)}`
                      : null
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Space>
    </>
  );
}
