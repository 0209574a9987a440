import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { Select, Space, Tag } from 'antd';
import { useState, type CSSProperties } from 'react';
import { api } from '../../../api';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { showError } from '../../../feedback';
import { useT } from '../../../i18n';
import { trainingApi } from './trainingApi';

// Selects for the training forms, each loading its own short list.

type Value = string | string[] | null;
type PickProps = {
  value?: Value;
  onChange?: (v: Value) => void;
  multiple?: boolean;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
};

/** A searchable select over options loaded once; one value, or several with `multiple`. */
function Pick({
  options,
  value,
  onChange,
  multiple = false,
  ...rest
}: PickProps & { options: { value: string; label: string }[] }) {
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      {...rest}
    />
  );
}

export function CourseSelect(props: PickProps) {
  const { data } = useApiQuery(keys.training('courses', 'list'), () => trainingApi.courses.list());
  return <Pick options={(data?.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))} {...props} />;
}

export function TrainerSelect(props: PickProps) {
  const t = useT();
  const { data } = useApiQuery(keys.training('trainers', 'list', 'active'), () =>
    trainingApi.trainers.list({ activeOnly: 'true' }),
  );
  return (
    <Pick
      options={(data?.data ?? []).map((x) => ({
        value: x.id,
        label: `${x.name} · ${t(`training.enums.trainerKind.${x.kind}`)}`,
      }))}
      {...props}
    />
  );
}

export function PlanSelect(props: PickProps) {
  const { data } = useApiQuery(keys.training('plans', 'list'), () => trainingApi.plans.list());
  return (
    <Pick
      options={(data?.data ?? []).filter((p) => p.status !== 'cancelled').map((p) => ({ value: p.id, label: p.title }))}
      {...props}
    />
  );
}

export function CohortSelect(props: PickProps) {
  const t = useT();
  const { data } = useApiQuery(keys.training('cohorts', 'list'), () => trainingApi.cohorts.list());
  return (
    <Pick
      options={(data ?? []).map((c) => ({
        value: c.id,
        label: `${c.name}（${t('training.common.people', { n: c.memberCount })}）`,
      }))}
      {...props}
    />
  );
}

export function SurveySelect(props: PickProps) {
  const { data } = useApiQuery(keys.training('surveys', 'list'), () => trainingApi.surveys.list());
  return <Pick options={(data?.data ?? []).map((x) => ({ value: x.id, label: x.title }))} {...props} />;
}

export interface PersonPick {
  id: string;
  name: string;
}

/** Several people, picked one at a time with the app's person search. */
export function PeoplePicker({
  value = [],
  onChange,
  placeholder,
  ...rest
}: {
  value?: PersonPick[];
  onChange?: (v: PersonPick[]) => void;
  placeholder?: string;
  'data-testid'?: string;
}) {
  const [picking, setPicking] = useState<string | null>(null);
  const add = async (id: string | null) => {
    setPicking(null);
    if (!id || value.some((p) => p.id === id)) return;
    try {
      const person = await api.employees.get(id);
      onChange?.([...value, { id, name: person.name }]);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <EmployeeSelect
        value={picking}
        placeholder={placeholder}
        onChange={(id) => {
          void add(id);
        }}
        {...rest}
      />
      <div>
        {value.map((p) => (
          <Tag
            key={p.id}
            closable
            onClose={() => onChange?.(value.filter((x) => x.id !== p.id))}
            data-testid="picked-person"
          >
            {p.name}
          </Tag>
        ))}
      </div>
    </Space>
  );
}
