import { TeamSelect } from '../../../components/OrgPickers';
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { SummaryRowView } from '../../../../common/attendance-summary';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { useI18n, type MsgKey } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { summaryApi, summaryKey } from './api';

// 考勤月报 (issue 19 item 5): the month per person the reader may see (a lead their team, HR
// everyone, an agent themself), optionally one team; the same table downloads as .xlsx for payroll.

const num = (n: number) => (n ? n : <Typography.Text type="secondary">0</Typography.Text>);

export default function SummaryPage() {
  const { t, locale } = useI18n();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().subtract(1, 'month'));
  const [teamId, setTeamId] = useState<string | undefined>();
  const { departments } = useDepartments();
  const q = { month: month.format('YYYY-MM'), teamId };
  const { data, loading } = useApiQuery(summaryKey('month', q), () => summaryApi.month(q), { keepPrevious: true });

  const columns = useMemo<ColumnsType<SummaryRowView>>(() => {
    const k = (key: string) => t(`attendance.summary.columns.${key}` as MsgKey);
    const figure = (key: keyof SummaryRowView, md = false): ColumnsType<SummaryRowView>[number] => ({
      title: k(key),
      dataIndex: key,
      align: 'right',
      width: 90,
      responsive: md ? ['md'] : undefined,
      render: (n: number) => num(n),
    });
    return [
      { title: k('employeeNo'), dataIndex: 'employeeNo', width: 100, fixed: 'left', responsive: ['sm'] },
      { title: k('name'), dataIndex: 'name', width: 100, fixed: 'left' },
      { title: k('team'), dataIndex: 'teamName', width: 120, responsive: ['lg'] },
      figure('scheduledDays'),
      figure('scheduledHours', true),
      figure('workedHours'),
      {
        title: k('late'),
        key: 'late',
        align: 'right',
        width: 110,
        render: (_: unknown, r) =>
          r.lateCount ? t('attendance.summary.timesMinutes', { count: r.lateCount, minutes: r.lateMinutes }) : num(0),
      },
      {
        title: k('early'),
        key: 'early',
        align: 'right',
        width: 110,
        render: (_: unknown, r) =>
          r.earlyCount
            ? t('attendance.summary.timesMinutes', { count: r.earlyCount, minutes: r.earlyMinutes })
            : num(0),
      },
      figure('absentDays'),
      figure('missingPunches'),
      figure('excusedDays', true),
      ...(data?.leaveKinds ?? []).map((kind): ColumnsType<SummaryRowView>[number] => ({
        title: locale === 'en-US' ? kind.nameEn : kind.nameZh,
        key: `leave-${kind.code}`,
        align: 'right',
        width: 90,
        responsive: ['md'],
        render: (_: unknown, r) => num(r.leaveDays[kind.code] ?? 0),
      })),
      figure('leaveTotal'),
      figure('overtimePaidHours', true),
      figure('overtimeToilHours', true),
      figure('toilLeftHours', true),
    ];
  }, [t, locale, data?.leaveKinds]);

  return (
    <div data-testid="attendance-summary-page">
      <PageHeader title={t('attendance.summary.title')} />
      <Typography.Paragraph type="secondary">{t('attendance.summary.help')}</Typography.Paragraph>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <DatePicker
            picker="month"
            allowClear={false}
            value={month}
            onChange={(m) => m && setMonth(m)}
            aria-label={t('attendance.summary.month')}
            data-testid="summary-month"
          />
          <TeamSelect
            allowClear
            style={{ minWidth: 220 }}
            placeholder={t('attendance.summary.allTeams')}
            departments={departments}
            value={teamId}
            onChange={setTeamId}
            aria-label={t('attendance.summary.team')}
            data-testid="summary-team"
          />
          <Button
            icon={<FileExcelOutlined />}
            href={summaryApi.exportUrl(q, locale)}
            download
            data-testid="summary-export"
          >
            {t('attendance.summary.export')}
          </Button>
        </Space>
        <Table<SummaryRowView>
          size="small"
          rowKey="employeeId"
          loading={loading}
          columns={columns}
          dataSource={data?.rows ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('attendance.summary.empty') }}
        />
      </Card>
    </div>
  );
}
