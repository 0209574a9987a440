import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { noFuture, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import type { useKpiFilters } from './useKpiData';

/** Date range and business type of a KPI page (and whatever picker the page puts first). */
export function KpiFilters({ filters, businessTypes, children }: {
  filters: ReturnType<typeof useKpiFilters>;
  businessTypes: string[];
  children?: ReactNode;
}) {
  const t = useT();
  const types = new Set(businessTypes);
  if (filters.businessType) types.add(filters.businessType);
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {children}
      <DatePicker.RangePicker
        allowClear={false}
        disabledDate={noFuture}
        value={[dayjs(filters.from), dayjs(filters.to)]}
        onChange={(r) => { if (r?.[0] && r[1]) filters.set({ from: toIsoDate(r[0]), to: toIsoDate(r[1]), day: undefined }); }}
        data-testid="kpi-range"
      />
      <Select
        allowClear
        placeholder={t('interactions.kpi.allBusinessTypes')}
        value={filters.businessType}
        onChange={(v?: string) => filters.set({ businessType: v, day: undefined })}
        options={[...types].map((b) => ({ value: b, label: b }))}
        style={{ minWidth: 180 }}
        data-testid="kpi-business-type"
      />
    </Space>
  );
}
