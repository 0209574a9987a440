import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api';
import { showError } from '../../../feedback';

/**
 * Data that is not a paged table (a detail, a week of sessions, a summary): loaded when `key`
 * changes, again on reload(); a failure is kept for the page to show (403/404) and, unless
 * `quiet`, shown as the one error message.
 */
export function useLoad<T>(load: () => Promise<T>, key: unknown[], { quiet = false } = {}) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let live = true;
    setLoading(true);
    loadRef.current()
      .then((d) => { if (live) { setData(d); setError(null); } })
      .catch((err) => {
        if (!live) return;
        setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err)));
        if (!quiet) showError(err);
      })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
  }, [...key, tick]); // `key` stands for what `load` reads

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
