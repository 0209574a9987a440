import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useDepartments } from '../../../components/useDepartments';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { ratesApi, ratesKey, type RatesFilter } from './api';

// The page's filters: hiring months, program, department, trainer, and the exam days. Programs and
// trainers to choose from are those with figures in the reader's scope.

export function RatesFilters({ value, onChange }: { value: RatesFilter; onChange: (f: RatesFilter) => void }) {
  const t = useT();
  const { departments } = useDepartments();
  const programs = useApiQuery(ratesKey('options', 'program'), () => ratesApi.rates('program', {}));
  const trainers = useApiQuery(ratesKey('options', 'trainer'), () => ratesApi.rates('trainer', {}));
  const options = (rows: { key: string; label: string | null }[] | undefined) =>
    (rows ?? []).filter((r) => r.label !== null).map((r) => ({ value: r.key, label: r.label! }));
  const set = (patch: Partial<RatesFilter>) => onChange({ ...value, ...patch });
  const month = (m: string | undefined) => (m ? dayjs(`${m}-01`) : null);
  const day = (d: string | undefined) => (d ? dayjs(d) : null);
  return (
    <Space wrap>
      <DatePicker.RangePicker
        picker="month"
        allowEmpty={[true, true]}
        value={[month(value.hiredFrom), month(value.hiredTo)]}
        onChange={(r) => set({ hiredFrom: r?.[0]?.format('YYYY-MM'), hiredTo: r?.[1]?.format('YYYY-MM') })}
        placeholder={[t('analytics.rates.filters.hired'), t('analytics.rates.filters.hired')]}
        aria-label={t('analytics.rates.filters.hired')}
        data-testid="rates-filter-hired"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 180 }}
        placeholder={t('analytics.rates.filters.allPrograms')}
        options={options(programs.data?.rows)}
        value={value.programId}
        onChange={(v?: string) => set({ programId: v })}
        aria-label={t('analytics.rates.filters.program')}
        data-testid="rates-filter-program"
      />
      <Select
        allowClear
        style={{ minWidth: 160 }}
        placeholder={t('analytics.rates.filters.allDepartments')}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        value={value.departmentId}
        onChange={(v?: string) => set({ departmentId: v })}
        aria-label={t('analytics.rates.filters.department')}
        data-testid="rates-filter-department"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 160 }}
        placeholder={t('analytics.rates.filters.allTrainers')}
        options={options(trainers.data?.rows)}
        value={value.trainerId}
        onChange={(v?: string) => set({ trainerId: v })}
        aria-label={t('analytics.rates.filters.trainer')}
        data-testid="rates-filter-trainer"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        value={[day(value.from), day(value.to)]}
        onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        placeholder={[t('analytics.rates.filters.attempts'), t('analytics.rates.filters.attempts')]}
        aria-label={t('analytics.rates.filters.attempts')}
        data-testid="rates-filter-days"
      />
    </Space>
  );
}
