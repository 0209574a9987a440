import { Cascader, Select, type SelectProps } from 'antd';
import type { Department } from '../types';

type TestId = { 'data-testid'?: string };

/** Pick a team (or several, with mode="multiple"), grouped by department; the value is the team id. Any Select prop passes through (allowClear, placeholder, aria-label…). */
export function TeamSelect<V extends string | string[] = string>({
  departments,
  ...rest
}: { departments: Department[] } & Omit<SelectProps<V>, 'options' | 'showSearch'> & TestId) {
  const options = departments.map((d) => ({
    label: d.name,
    title: d.name,
    options: d.teams.map((team) => ({ label: team.name, value: team.id })),
  }));
  return <Select<V> showSearch={{ optionFilterProp: 'label' }} options={options} {...rest} />;
}

/** Filter by a department, or a team inside it. */
export function OrgCascader({
  departments,
  departmentId,
  teamId,
  onChange,
  placeholder,
  ...rest
}: {
  departments: Department[];
  departmentId?: string;
  teamId?: string;
  onChange: (departmentId?: string, teamId?: string) => void;
  placeholder?: string;
} & TestId) {
  const options = departments.map((d) => ({
    label: d.name,
    value: d.id,
    children: d.teams.map((team) => ({ label: team.name, value: team.id })),
  }));
  const value = departmentId ? (teamId ? [departmentId, teamId] : [departmentId]) : undefined;
  return (
    <Cascader
      changeOnSelect
      allowClear
      options={options}
      value={value}
      placeholder={placeholder}
      onChange={(path) => onChange(path?.[0] as string | undefined, path?.[1] as string | undefined)}
      style={{ minWidth: 220 }}
      {...rest}
    />
  );
}
