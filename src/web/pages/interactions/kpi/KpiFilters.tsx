import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { noFuture, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import type { useKpiFilters } from './useKpiData';

// AHT differs several times over between a call and an e-mail: a channel is compared with itself.
const CHANNELS = ['voice', 'chat', 'email', 'ticket'] as const;

/** Date range, business type and channel of a KPI page (and whatever picker the page puts first). */
export function KpiFilters({
  filters,
  businessTypes,
  children,
}: {
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
        onChange={(r) => {
          if (r?.[0] && r[1]) filters.set({ from: toIsoDate(r[0]), to: toIsoDate(r[1]), day: undefined });
        }}
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
      <Select
        allowClear
        placeholder={t('interactions.kpi.allChannels')}
        value={filters.channel}
        onChange={(v?: string) => filters.set({ channel: v, day: undefined })}
        options={CHANNELS.map((c) => ({ value: c, label: t(`interactions.kpi.channels.${c}`) }))}
        style={{ minWidth: 140 }}
        data-testid="kpi-channel"
      />
    </Space>
  );
}
