import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formsApi } from '../forms/formsApi';
import { showError } from '../../../feedback';

interface Option { value: string; label: string }

/** A working agent by name or number (GET /api/quality/agents): evaluators name whom they sat
 *  beside, or the strong agent to sit beside, even when the people list shows them only themselves. */
export function AgentSelect({ value, onChange, placeholder, testId, exclude }: {
  value?: string | null; onChange: (id: string | null) => void; placeholder?: string; testId?: string; exclude?: string | null;
}) {
  const [options, setOptions] = useState<Option[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(async () => {
      try {
        const hits = await formsApi.agents(q.trim() || undefined);
        setOptions(hits.filter((h) => h.id !== exclude).map((h) => ({ value: h.id, label: `${h.name} · ${h.employeeNo} · ${h.teamName}` })));
      } catch (err) { showError(err); }
    }, 250);
  };
  // The first options once, on opening the page.
  useEffect(() => { search(''); return () => window.clearTimeout(timer.current); }, []);
  return (
    <Select showSearch allowClear filterOption={false} value={value ?? undefined} options={options} placeholder={placeholder}
      onSearch={search} onChange={(v) => onChange(v ?? null)} style={{ minWidth: 260 }} data-testid={testId} />
  );
}
