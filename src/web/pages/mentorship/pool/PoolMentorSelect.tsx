import { Select } from 'antd';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { poolApi, poolKey } from './api';

/** The mentors a trainee may be given: the active pool, with their load and a low-rating flag. */
export function PoolMentorSelect({
  value,
  onChange,
  exclude,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  exclude?: string;
}) {
  const t = useT();
  const { data, loading } = useApiQuery(poolKey('members'), () => poolApi.members());
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      data-testid="pool-mentor-select"
      notFoundContent={t('mentorship.pool.empty.pool')}
      options={(data ?? [])
        .filter((m) => m.employeeId !== exclude)
        .map((m) => ({
          value: m.employeeId,
          label: [
            `${m.name} (${m.employeeNo})`,
            `${t('mentorship.pool.fields.mentees')} ${m.activeMentees}`,
            m.flagged ? t('mentorship.pool.flagged') : null,
          ]
            .filter(Boolean)
            .join(' · '),
        }))}
    />
  );
}
