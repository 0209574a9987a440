import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { GROUP_BYS, type GroupBy } from '../../../../common/analytics';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { retentionApi, retentionKey, type Filter } from './api';

// The filters every retention figure takes (hiring months, program, department, trainer, mentor)
// and the grouping. The choices are the groups the viewer's own people fall in (GET …/options).
type Pick = 'programId' | 'departmentId' | 'trainerId' | 'mentorId';
const PICKS: [Pick, 'program' | 'department' | 'trainer' | 'mentor'][] = [
  ['programId', 'program'],
  ['departmentId', 'department'],
  ['trainerId', 'trainer'],
  ['mentorId', 'mentor'],
];

export function Filters({ value, onChange }: { value: Filter; onChange: (f: Filter) => void }) {
  const t = useT();
  const options = useApiQuery(retentionKey('options'), retentionApi.options);
  const months: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    value.hiredFrom ? dayjs(value.hiredFrom) : null,
    value.hiredTo ? dayjs(value.hiredTo) : null,
  ];
  return (
    <Space wrap>
      <DatePicker.RangePicker
        picker="month"
        value={months}
        allowEmpty={[true, true]}
        placeholder={[t('analytics.retention.filters.hiredFrom'), t('analytics.retention.filters.hiredTo')]}
        onChange={(v) =>
          onChange({ ...value, hiredFrom: v?.[0]?.format('YYYY-MM'), hiredTo: v?.[1]?.format('YYYY-MM') })
        }
        data-testid="retention-filter-hired"
      />
      {PICKS.map(([field, kind]) => (
        <Select
          key={field}
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 160 }}
          placeholder={t(`analytics.retention.filters.${kind}`)}
          value={value[field]}
          options={(options.data?.[kind] ?? []).map((o) => ({ value: o.key, label: `${o.label ?? o.key} (${o.n})` }))}
          onChange={(v: string | undefined) => onChange({ ...value, [field]: v })}
          data-testid={`retention-filter-${kind}`}
        />
      ))}
      <Select
        style={{ minWidth: 140 }}
        value={value.by}
        options={GROUP_BYS.map((by) => ({ value: by, label: t(`analytics.retention.by.${by}`) }))}
        onChange={(by: GroupBy) => onChange({ ...value, by })}
        data-testid="retention-group-by"
        prefix={t('analytics.retention.filters.by')}
      />
    </Space>
  );
}
