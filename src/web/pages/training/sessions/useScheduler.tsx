import { useState } from 'react';
import { SessionFormModal, type SessionPreset } from './SessionFormModal';

/**
 * The "new session" dialog of a page: open(preset) shows it; with "keep going" ticked a save
 * opens a fresh one for the next working day. `modal` goes in the page's tree.
 */
export function useScheduler(onSaved: () => void) {
  // n < 0 marks "continuing": the close that follows a save keeps the dialog open.
  const [form, setForm] = useState<{ preset: SessionPreset; n: number } | null>(null);
  const open = (preset: SessionPreset) => setForm((f) => ({ preset, n: Math.abs(f?.n ?? 0) + 1 }));
  const modal = form && (
    <SessionFormModal
      key={Math.abs(form.n)}
      open
      preset={form.preset}
      onClose={() => setForm((f) => (f && f.n < 0 ? { ...f, n: -f.n } : null))}
      onSaved={(_, next) => {
        onSaved();
        setForm((f) => (next && f ? { preset: next, n: -(Math.abs(f.n) + 1) } : f));
      }}
    />
  );
  return { open, modal };
}
