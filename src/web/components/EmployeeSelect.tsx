import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { keys } from '../query/keys';
import { useApiQuery } from '../query/useApiQuery';

interface Option {
  value: string;
  label: string;
}
const toOption = (e: { id: string; name: string; employeeNo?: string }): Option => ({
  value: e.id,
  label: e.employeeNo ? `${e.name} · ${e.employeeNo}` : e.name,
});

/** A person picked by searching name or employee number (GET /api/employees?q=). */
export function EmployeeSelect({
  value,
  onChange,
  initial,
  placeholder,
  ...rest
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The person already chosen, so the field shows a name before any search. */
  initial?: { id: string; name: string; employeeNo?: string } | null;
  placeholder?: string;
  'data-testid'?: string;
}) {
  // null: not asked yet (the list loads when the field first opens).
  const [q, setQ] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Option | null>(null);
  const hits = useApiQuery(keys.people('pick', q), () => api.employees.list({ q: q || undefined, pageSize: 20 }), {
    enabled: q !== null,
    keepPrevious: true,
  });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []); // a pending keystroke must not fire after unmount

  const search = (text: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setQ(text.trim()), 250);
  };
  // The chosen person keeps their name when a later search does not list them.
  const pinned = chosen?.value === value ? chosen : initial?.id === value && initial ? toOption(initial) : null;
  const found = (hits.data?.data ?? []).map(toOption);
  const options = pinned && !found.some((o) => o.value === pinned.value) ? [pinned, ...found] : found;

  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      value={value ?? undefined}
      onChange={(v) => {
        setChosen(options.find((o) => o.value === v) ?? null);
        onChange?.(v ?? null);
      }}
      onOpenChange={(open) => {
        if (open && q === null) setQ('');
      }}
      options={options}
      placeholder={placeholder}
      notFoundContent={hits.loading ? <Spin size="small" /> : undefined}
      {...rest}
    />
  );
}
