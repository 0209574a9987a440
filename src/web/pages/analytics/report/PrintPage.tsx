import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { RequireAuth, RequirePermission } from '../../../components/Guards';
import { PageSpin } from '../../../components/Results';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { reportApi, reportKey } from './api';
import { ReportView } from './ReportView';

// The report's print view (/analytics/report/print?month=): outside the app's frame (no menu or
// header), charts drawn without animation, print CSS in report.css; 打印 opens the browser's dialog.

function PrintReport() {
  const t = useT();
  const [params] = useSearchParams();
  const asked = params.get('month') ?? undefined;
  const { data, loading } = useApiQuery(reportKey(asked), () => reportApi.month(asked));
  const month = asked ?? data?.month ?? '';
  return (
    <div className="report-print" data-testid="report-print-page">
      <Space className="report-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="report-print-now">
          {t('analytics.report.printNow')}
        </Button>
      </Space>
      <Typography.Title level={3}>{t('analytics.report.title', { month })}</Typography.Title>
      {data?.asOf && <Typography.Text type="secondary">{localTime(data.asOf)}</Typography.Text>}
      {data ? <ReportView r={data} /> : loading && <PageSpin />}
    </div>
  );
}

export default function PrintPage() {
  return (
    <RequireAuth>
      <RequirePermission permission="analytics.view">
        <PrintReport />
      </RequirePermission>
    </RequireAuth>
  );
}
