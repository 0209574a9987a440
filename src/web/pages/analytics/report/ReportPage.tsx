import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { PageSpin } from '../../../components/Results';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { AsOf } from '../facts/AsOf';
import { reportApi, reportKey } from './api';
import { ReportView } from './ReportView';

// 月度培训报告 (issue 22 item 6): pick a month (last month by default), read it on the page with
// its charts, download it as .xlsx (one sheet per table, the reader's language) or open the
// print view a manager sends upward.

export default function ReportPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month') ?? undefined;
  const { data, loading } = useApiQuery(reportKey(asked), () => reportApi.month(asked), { keepPrevious: true });
  const month = asked ?? data?.month;
  return (
    <div data-testid="analytics-report-page">
      <PageHeader title={t('analytics.report.title', { month: month ?? '' })} extra={<AsOf />} />
      <Typography.Paragraph type="secondary">{t('analytics.report.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={month ? dayjs(`${month}-01`) : null}
          disabledDate={(d: Dayjs) => d.isAfter(dayjs(), 'month')}
          onChange={(m) => m && setParams({ month: m.format('YYYY-MM') }, { replace: true })}
          aria-label={t('analytics.report.month')}
          data-testid="report-month"
        />
        <Button
          icon={<FileExcelOutlined />}
          href={month && reportApi.xlsxUrl(month, locale)}
          download
          data-testid="report-download"
        >
          {t('analytics.report.download')}
        </Button>
        <Button
          icon={<PrinterOutlined />}
          href={month && reportApi.printPath(month)}
          target="_blank"
          data-testid="report-print"
        >
          {t('analytics.report.print')}
        </Button>
      </Space>
      {data ? <ReportView r={data} /> : loading && <PageSpin />}
    </div>
  );
}
