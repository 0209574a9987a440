import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { RATE_BYS, type RateBy } from '../../../../common/analytics-rates';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { AsOf } from '../facts/AsOf';
import { ratesApi, ratesKey, type RatesFilter } from './api';
import { PeopleDrawer } from './PeopleDrawer';
import { RatesFilters } from './RatesFilters';
import { RatesTable, type Drill } from './RatesTable';
import { ReasonsChart } from './ReasonsChart';

// 考核通过率 (issue 22 item 2): pass rates of first exam attempts by program, course, exam and
// trainer (a tab each) with n and Wilson intervals drawn as whiskers, the eliminated share of each
// program and trainer, the elimination reasons as a chart, the people behind every count, and the
// table as .xlsx. Figures come from the rollups: the as-of time says how fresh they are.

export default function RatesPage() {
  const { t, locale } = useI18n();
  const [by, setBy] = useState<RateBy>('program');
  const [filter, setFilter] = useState<RatesFilter>({});
  const [drill, setDrill] = useState<Drill | null>(null);
  const rates = useApiQuery(ratesKey('table', by, filter), () => ratesApi.rates(by, filter), { keepPrevious: true });
  const reasons = useApiQuery(ratesKey('eliminations', filter), () => ratesApi.eliminations(filter), {
    keepPrevious: true,
  });
  const confidence = rates.data?.confidencePercent ?? 95;
  const onDrill = useCallback((d: Drill) => setDrill(d), []);
  return (
    <div data-testid="analytics-rates-page">
      <PageHeader title={t('analytics.rates.title')} extra={<AsOf />} />
      <Typography.Paragraph type="secondary">{t('analytics.rates.help', { confidence })}</Typography.Paragraph>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <RatesFilters value={filter} onChange={setFilter} />
        </Card>
        <Card size="small">
          <Tabs
            activeKey={by}
            onChange={(k) => setBy(k as RateBy)}
            items={RATE_BYS.map((b) => ({ key: b, label: t(`analytics.rates.by.${b}`) }))}
            tabBarExtraContent={
              <Button
                icon={<FileExcelOutlined />}
                href={ratesApi.exportUrl(by, filter, locale)}
                download
                data-testid="rates-export"
              >
                {t('analytics.rates.export')}
              </Button>
            }
            data-testid="rates-tabs"
          />
          <RatesTable
            by={by}
            rows={rates.data?.by === by ? rates.data.rows : []}
            overall={rates.data?.by === by ? rates.data.overall : undefined}
            confidence={confidence}
            loading={rates.loading}
            onDrill={onDrill}
          />
        </Card>
        <ReasonsChart data={reasons.data} loading={reasons.loading} />
      </Space>
      <PeopleDrawer by={by} filter={filter} drill={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
