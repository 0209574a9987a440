import { Space, Typography } from 'antd';
import { useT } from '../../../i18n';
import type { MonthlyReport } from './api';
import { HeadcountSection } from './HeadcountSection';
import { OtherSections } from './OtherSections';
import { WarningsSection } from './WarningsSection';
import './report.css';

/** The report's sections in order, the same on the page and in the print view. */
export function ReportView({ r }: { r: MonthlyReport }) {
  const t = useT();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="report-view">
      <Typography.Text type="secondary">{t('analytics.report.period', { from: r.from, to: r.to })}</Typography.Text>
      <HeadcountSection r={r} />
      <OtherSections r={r} />
      <WarningsSection r={r} />
    </Space>
  );
}
