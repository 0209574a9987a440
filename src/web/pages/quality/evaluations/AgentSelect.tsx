import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formsApi, type AgentHit } from '../forms/formsApi';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';

interface Option {
  value: string;
  label: string;
}
const toOption = (h: Pick<AgentHit, 'id' | 'name' | 'employeeNo' | 'teamName'>): Option => ({
  value: h.id,
  label: `${h.name} · ${h.employeeNo} · ${h.teamName}`,
});

/** A working agent by name or number (GET /api/quality/agents): evaluators name whom they sat
 *  beside, or the strong agent to sit beside, even when the people list shows them only themselves.
 *  `current`: the chosen agent's facts when known (e.g. a filter restored from the address), so the
 *  field shows their name even when the first search does not list them. */
export function AgentSelect({
  value,
  onChange,
  placeholder,
  testId,
  exclude,
  current,
}: {
  value?: string | null;
  onChange: (id: string | null) => void;
  placeholder?: string;
  testId?: string;
  exclude?: string | null;
  current?: Pick<AgentHit, 'id' | 'name' | 'employeeNo' | 'teamName'> | null;
}) {
  const [q, setQ] = useState('');
  const hits = useApiQuery(keys.quality('agents', q), () => formsApi.agents(q || undefined), { keepPrevious: true });
  const options = (hits.data ?? []).filter((h) => h.id !== exclude).map(toOption);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []); // a pending keystroke must not fire after unmount
  const search = (text: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setQ(text.trim()), 250);
  };
  const shown =
    current && current.id === value && !options.some((o) => o.value === value)
      ? [toOption(current), ...options]
      : options;
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      options={shown}
      placeholder={placeholder}
      onSearch={search}
      onChange={(v) => onChange(v ?? null)}
      style={{ minWidth: 260 }}
      data-testid={testId}
    />
  );
}
