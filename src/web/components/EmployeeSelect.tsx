import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { showError } from '../feedback';

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
  const [options, setOptions] = useState<Option[]>(initial ? [toOption(initial)] : []);
  const [loading, setLoading] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(async () => {
      setLoading(true);
      try {
        const page = await api.employees.list({ q: q.trim() || undefined, pageSize: 20 });
        setOptions(page.data.map(toOption));
      } catch (err) {
        showError(err);
      } finally {
        setLoading(false);
      }
    }, 250);
  };

  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      onOpenChange={(open) => {
        if (open && options.length <= 1) search('');
      }}
      options={options}
      placeholder={placeholder}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      {...rest}
    />
  );
}
