import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Drawer, Progress, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n, useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { routinesApi, routinesKey, type LeadMonth, type ReportRow } from './api';

type Figures = ReportRow['months'][number];
type Instance = LeadMonth['instances'][number];
const STATE_COLOR = { done: 'green', missed: 'red', open: 'blue' } as const;

/** 规范执行情况: completion by lead and month; a cell opens the lead's month instance by instance. */
export default function ReportPage() {
  const t = useT();
  const { locale } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(1, 'month'), dayjs()]);
  const from = range[0].format('YYYY-MM');
  const to = range[1].format('YYYY-MM');
  const { data, loading } = useApiQuery(routinesKey('report', from, to), () => routinesApi.report(from, to), {
    keepPrevious: true,
  });
  const [open, setOpen] = useState<{ employeeId: string; month: string } | null>(null);
  const months = data?.[0]?.months.map((m) => m.month) ?? [];
  const provisional = data?.flatMap((r) => r.months).find((m) => m.provisionalYear)?.provisionalYear;
  return (
    <>
      <PageHeader
        title={t('careers.routines.report.title')}
        extra={
          <Space wrap>
            <DatePicker.RangePicker
              picker="month"
              allowClear={false}
              value={range}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              data-testid="routine-report-months"
            />
            <Button
              icon={<DownloadOutlined />}
              href={routinesApi.exportUrl(from, to, locale)}
              download
              data-testid="routine-report-export"
            >
              {t('careers.routines.report.export')}
            </Button>
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{t('careers.routines.report.hint')}</Typography.Paragraph>
      {provisional && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('careers.routines.report.provisional', { year: provisional })}
        />
      )}
      <Table<ReportRow>
        rowKey="employeeId"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 300 + months.length * 140 }}
        data-testid="routine-report"
        columns={[
          { title: t('careers.routines.report.lead'), dataIndex: 'name', fixed: 'left', width: 100 },
          { title: t('careers.routines.report.team'), dataIndex: 'teamName', width: 120 },
          ...months.map((month, i) => ({
            title: month,
            key: month,
            width: 140,
            render: (_: unknown, r: ReportRow) => (
              <Cell figures={r.months[i]} onOpen={() => setOpen({ employeeId: r.employeeId, month })} />
            ),
          })),
        ]}
      />
      {open && <MonthDrawer {...open} onClose={() => setOpen(null)} />}
    </>
  );
}

function Cell({ figures, onOpen }: { figures: Figures; onOpen: () => void }) {
  const t = useT();
  if (!figures.due) return <Typography.Text type="secondary">{t('careers.routines.report.none')}</Typography.Text>;
  return (
    <a onClick={onOpen} data-testid={`routine-report-cell-${figures.month}`}>
      <Progress percent={figures.percent ?? 0} size="small" status={figures.missed ? 'exception' : 'success'} />
      <Typography.Text style={{ fontSize: 12 }}>
        {t('careers.routines.report.cell', { done: figures.done, due: figures.due })}
        {figures.missed > 0 && ` · ${t('careers.routines.report.missed', { n: figures.missed })}`}
      </Typography.Text>
    </a>
  );
}

function MonthDrawer({ employeeId, month, onClose }: { employeeId: string; month: string; onClose: () => void }) {
  const t = useT();
  const { data, loading } = useApiQuery(routinesKey('report', employeeId, month), () =>
    routinesApi.leadMonth(employeeId, month),
  );
  return (
    <Drawer
      open
      size="large"
      onClose={onClose}
      title={data ? t('careers.routines.report.detail', { name: data.name, month }) : month}
      data-testid="routine-report-drawer"
    >
      {data && (
        <Typography.Paragraph>
          {t('careers.routines.report.due')} {data.due} · {t('careers.routines.report.done')} {data.done} ·{' '}
          {t('careers.routines.report.missedLabel')} {data.missed} · {t('careers.routines.report.percent')}{' '}
          {data.percent === null ? '—' : `${data.percent}%`}
        </Typography.Paragraph>
      )}
      <Table<Instance>
        rowKey={(i) => `${i.itemId}|${i.key}`}
        size="small"
        loading={loading}
        dataSource={data?.instances ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: t('careers.routines.report.instance'),
            key: 'instance',
            width: 150,
            render: (_: unknown, i) => `${t(`careers.routines.periods.${i.period}`)} ${i.key}`,
          },
          { title: t('careers.routines.report.item'), dataIndex: 'title' },
          {
            title: t('careers.routines.report.state'),
            dataIndex: 'state',
            width: 90,
            render: (s: Instance['state']) => (
              <Tag color={STATE_COLOR[s]}>{t(`careers.routines.report.states.${s}`)}</Tag>
            ),
          },
          {
            title: t('careers.routines.report.tickNote'),
            key: 'tick',
            render: (_: unknown, i) => [i.tick?.link?.label, i.tick?.note].filter(Boolean).join(' · '),
          },
        ]}
      />
    </Drawer>
  );
}
