import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../access';
import { PageHeader } from '../../components/PageHeader';
import { showSuccess } from '../../feedback';
import { useI18n, useT } from '../../i18n';
import { keys } from '../../query/keys';
import { useApiMutation, useInvalidate } from '../../query/useApiMutation';
import { useApiQuery } from '../../query/useApiQuery';
import { calendarApi } from './calendarApi';
import { CountCard } from './CountCard';
import { DayModal } from './DayModal';
import { ImportModal } from './ImportModal';
import { NextYearAlert } from './NextYearAlert';
import { YearGrid } from './YearGrid';
import './calendar.css';

// The working-day calendar every "within N working days" rule counts on; administrators correct
// it and enter the years the chinese-days package does not cover yet.
export default function CalendarPage() {
  const t = useT();
  const manage = useCan()('calendar.manage');
  const { locale } = useI18n();
  // The year is in the address, so the home page's warning can link straight to the missing one.
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || dayjs().year();
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });
  const [importing, setImporting] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  const view = useApiQuery(keys.calendar('year', year), () => calendarApi.year(year)).data;
  const years = useApiQuery(keys.calendar('years'), () => calendarApi.years()).data;
  // A year imported, confirmed or a day changed: the year, the list of years, the status alert
  // and the working-day count all read again.
  const invalidate = useInvalidate();
  const changed = () => {
    void invalidate(keys.calendar());
  };
  const confirmYear = useApiMutation((why: string) => calendarApi.confirmYear(year, why), {
    invalidates: [keys.calendar()],
    onSuccess: () => showSuccess(t('calendar.confirmed', { year })),
  });

  const known = years?.years.map((y) => y.year) ?? [];
  const choices = [...new Set([...known, dayjs().year(), dayjs().year() + 1, year])].sort((a, b) => b - a);
  const lastPackaged = years?.packageYears.at(-1);

  const confirm = () => confirmYear.mutate(reason);

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        extra={
          <Space wrap>
            <Select
              value={year}
              onChange={setYear}
              options={choices.map((y) => ({ value: y, label: t('calendar.year', { year: y }) }))}
              style={{ width: 120 }}
              data-testid="calendar-year"
            />
            {manage && (
              <Button
                type="primary"
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="calendar-import"
              >
                {t('calendar.files.import')}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              href={calendarApi.exportUrl(year, 'csv')}
              data-testid="calendar-export-csv"
            >
              {t('calendar.files.exportCsv')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={calendarApi.exportUrl(year, 'ics')}
              data-testid="calendar-export-ics"
            >
              {t('calendar.files.exportIcs')}
            </Button>
            {manage && (
              <a href={calendarApi.templateUrl(locale === 'zh-CN' ? 'zh' : 'en')} data-testid="calendar-template">
                {t('calendar.files.template')}
              </a>
            )}
          </Space>
        }
      />
      <NextYearAlert viewing={year} />
      {view && !view.known && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="calendar-missing"
          title={t('calendar.missingTitle', { year })}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>{t('calendar.missingText', { year })}</span>
              {manage && (
                <Space wrap>
                  <Input
                    placeholder={t('calendar.confirmReason')}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    style={{ width: 260 }}
                    data-testid="calendar-confirm-reason"
                  />
                  <Popconfirm
                    title={t('calendar.confirm', { year })}
                    onConfirm={confirm}
                    okText={t('common.actions.ok')}
                    cancelText={t('common.actions.cancel')}
                  >
                    <Button type="primary" danger disabled={reason.trim().length < 2} data-testid="calendar-confirm">
                      {t('calendar.confirm', { year })}
                    </Button>
                  </Popconfirm>
                </Space>
              )}
            </Space>
          }
        />
      )}
      {view?.known && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            view.source === 'package'
              ? t('calendar.packageNote', { last: lastPackaged ?? '' })
              : t('calendar.adminEntered')
          }
        />
      )}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <CountCard />
        {view && (
          <Card size="small">
            <Space size={16} style={{ marginBottom: 12 }}>
              <span>
                <span className="sw-cal-key is-holiday" /> {t('calendar.kindNames.holiday')}
              </span>
              <span>
                <span className="sw-cal-key is-workday" /> {t('calendar.kindNames.workday')}
              </span>
            </Space>
            <YearGrid year={year} days={view.days} onPick={manage ? setPicked : undefined} />
          </Card>
        )}
        {view && (
          <Card size="small" title={t('calendar.list.title')}>
            <Table
              rowKey="day"
              size="small"
              pagination={false}
              dataSource={view.days}
              data-testid="calendar-days"
              locale={{ emptyText: t('calendar.list.empty') }}
              onRow={(d) => ({ onClick: manage ? () => setPicked(d.day) : undefined })}
              columns={[
                { title: t('calendar.list.day'), dataIndex: 'day', key: 'day' },
                { title: t('calendar.list.weekday'), key: 'weekday', render: (_, d) => dayjs(d.day).format('ddd') },
                {
                  title: t('calendar.list.kind'),
                  dataIndex: 'kind',
                  key: 'kind',
                  render: (k: 'holiday' | 'workday') => (
                    <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`calendar.kindNames.${k}`)}</Tag>
                  ),
                },
                { title: t('calendar.list.name'), dataIndex: 'name', key: 'name' },
                {
                  title: t('calendar.list.source'),
                  dataIndex: 'source',
                  key: 'source',
                  render: (s: 'package' | 'admin') => t(`calendar.source.${s}`),
                },
              ]}
            />
          </Card>
        )}
      </Space>
      <ImportModal year={year} open={importing} onClose={() => setImporting(false)} onDone={changed} />
      <DayModal
        day={picked}
        current={view?.days.find((d) => d.day === picked)}
        onClose={() => setPicked(null)}
        onSaved={changed}
      />
    </>
  );
}
