import { TeamSelect } from '../../../components/OrgPickers';
import { Alert, Card, Checkbox, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { StaffingIntervalData } from '../../../../common/attendance-staffing';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { staffingApi, staffingKey } from './api';
import { StaffingChart } from './StaffingChart';

// 人力需求 (issue 19 item 6): one center day, its forecast per interval sized by Erlang C against
// the people rostered, under- and over-staffed intervals marked on the chart and in the table.

const mark = (diff: number) => (diff < 0 ? -1 : diff > 0 ? 1 : 0);

export default function StaffingPage() {
  const t = useT();
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [businessType, setBusinessType] = useState<string | undefined>();
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [onlyShort, setOnlyShort] = useState(false);
  const { departments } = useDepartments();
  const filter = { day: toIsoDate(day), businessType, teamIds };
  const { data, loading } = useApiQuery(staffingKey('day', filter), () => staffingApi.day(filter), {
    keepPrevious: true,
  });

  const intervals = useMemo(() => data?.intervals ?? [], [data]);
  // Hours with neither demand nor people are left off (a center closed at night).
  const shown = useMemo(() => intervals.filter((i) => i.required || i.rostered), [intervals]);
  const chart = useMemo(
    () => ({
      starts: shown.map((i) => i.start),
      required: shown.map((i) => i.required),
      lines: [{ name: t('attendance.staffing.rostered'), data: shown.map((i) => i.rostered), color: '#1677ff' }],
      marks: shown.map((i) => mark(i.diff)),
    }),
    [shown, t],
  );
  const under = shown.filter((i) => i.diff < 0).length;
  const over = shown.filter((i) => i.diff > 0).length;

  const columns: ColumnsType<StaffingIntervalData> = [
    { title: t('attendance.staffing.start'), dataIndex: 'start', width: 90 },
    { title: t('attendance.staffing.contacts'), dataIndex: 'contacts', align: 'right' },
    { title: t('attendance.staffing.aht'), dataIndex: 'ahtSeconds', align: 'right', responsive: ['md'] },
    { title: t('attendance.staffing.agents'), dataIndex: 'agents', align: 'right', responsive: ['md'] },
    { title: t('attendance.staffing.required'), dataIndex: 'required', align: 'right' },
    { title: t('attendance.staffing.rostered'), dataIndex: 'rostered', align: 'right' },
    {
      title: t('attendance.staffing.diff'),
      dataIndex: 'diff',
      align: 'right',
      render: (diff: number) =>
        diff < 0 ? (
          <Tag color="red">
            {diff} {t('attendance.staffing.under')}
          </Tag>
        ) : diff > 0 ? (
          <Tag color="green">
            +{diff} {t('attendance.staffing.over')}
          </Tag>
        ) : (
          <Tag>0</Tag>
        ),
    },
  ];

  return (
    <div data-testid="staffing-page">
      <PageHeader title={t('attendance.staffing.title')} />
      <Typography.Paragraph type="secondary">{t('attendance.staffing.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker
          value={day}
          allowClear={false}
          onChange={(d) => d && setDay(d)}
          aria-label={t('attendance.staffing.day')}
          data-testid="staffing-day"
        />
        <Select
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('attendance.staffing.allTypes')}
          value={businessType}
          onChange={setBusinessType}
          options={(data?.businessTypes ?? []).map((b) => ({ label: b, value: b }))}
          data-testid="staffing-type"
        />
        <TeamSelect
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('attendance.staffing.allTeams')}
          value={teamIds}
          onChange={setTeamIds}
          departments={departments}
          data-testid="staffing-teams"
        />
      </Space>
      {data && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Typography.Text>
            {t('attendance.staffing.target', {
              percent: data.serviceLevel.percent,
              seconds: data.serviceLevel.seconds,
              shrinkage: data.shrinkagePercent,
            })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('attendance.staffing.basis', {
              weeks: data.forecast.weeks,
              days: data.forecast.days.join(', '),
              withData: data.forecast.daysWithData.length,
            })}
          </Typography.Text>
          {!data.forecast.daysWithData.length && (
            <Alert type="info" showIcon title={t('attendance.staffing.noHistory')} />
          )}
        </Space>
      )}
      <Card size="small" title={t('attendance.staffing.summary', { under, over })} style={{ marginBottom: 16 }}>
        <StaffingChart
          starts={chart.starts}
          required={chart.required}
          requiredName={t('attendance.staffing.required')}
          lines={chart.lines}
          marks={chart.marks}
          testId="staffing-chart"
        />
      </Card>
      <Checkbox checked={onlyShort} onChange={(e) => setOnlyShort(e.target.checked)} style={{ marginBottom: 8 }}>
        {t('attendance.staffing.onlyShortfall')}
      </Checkbox>
      <Table
        rowKey="start"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={onlyShort ? shown.filter((i) => i.diff < 0) : shown}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="staffing-table"
      />
    </div>
  );
}
