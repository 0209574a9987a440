import { Alert, Empty, Spin } from 'antd';
import { useT } from '../../../i18n';
import { KpiCards } from '../KpiCards';
import type { DailyKpis } from '../interactionsApi';
import { KpiCharts } from './KpiCharts';

/** Cards and charts of a loaded range, or the empty state when nothing happened in it. */
export function KpiBody({
  data,
  loading,
  day,
  onDayClick,
}: {
  data: DailyKpis | null;
  loading: boolean;
  day?: string;
  onDayClick: (day: string) => void;
}) {
  const t = useT();
  if (!data)
    return (
      <Spin spinning={loading}>
        <div style={{ minHeight: 200 }} />
      </Spin>
    );
  return (
    <Spin spinning={loading}>
      {data.serviceLevelRecount && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="kpi-sl-recount"
          message={t('interactions.kpi.slRecount', {
            s: data.serviceLevelRecount.seconds,
            progress:
              data.serviceLevelRecount.daysTotal === null
                ? t('interactions.kpi.slRecountWaiting')
                : t('interactions.kpi.slRecountDays', {
                    done: data.serviceLevelRecount.daysDone,
                    total: data.serviceLevelRecount.daysTotal,
                  }),
          })}
        />
      )}
      <KpiCards total={data.total} serviceLevelSeconds={data.serviceLevelSeconds} />
      {data.total.offered === 0 ? (
        <Empty description={t('interactions.kpi.noData')} data-testid="kpi-empty" />
      ) : (
        <KpiCharts days={data.days} selected={day} onDayClick={onDayClick} />
      )}
    </Spin>
  );
}
