import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../api';

/**
 * The filters of a KPI page in the URL (from, to, businessType, channel, and the day clicked in a chart),
 * so a page opened from another keeps them. The range defaults to the last 30 days.
 */
export function useKpiFilters() {
  const [params, setParams] = useSearchParams();
  const to = params.get('to') ?? dayjs().format('YYYY-MM-DD');
  const from = params.get('from') ?? dayjs(to).subtract(29, 'day').format('YYYY-MM-DD');
  const businessType = params.get('businessType') ?? undefined;
  const channel = params.get('channel') ?? undefined;
  const day = params.get('day') ?? undefined;
  const set = useCallback((patch: Record<string, string | undefined>) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    }, { replace: true });
  }, [setParams]);
  /** What the KPI endpoints and the interaction list are asked with. */
  const query = { from, to, businessType, channel };
  return { from, to, businessType, channel, day, query, set, search: params.toString() };
}

/** Loads with the latest `load` whenever `key` changes; keeps the ApiError (403, 404) for the page. */
export function useLoad<T>(load: (() => Promise<T>) | null, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const ref = useRef(load);
  ref.current = load;
  const quiet = useRef(false);

  useEffect(() => {
    if (!ref.current) { setData(null); setError(null); return; }
    let live = true;
    if (!quiet.current) setLoading(true);
    quiet.current = false;
    ref.current()
      .then((d) => { if (live) { setData(d); setError(null); } })
      .catch((err) => { if (live) { setData(null); setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err))); } })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  /** Loads again without the spinner (a figure that is still moving, not a user's request). */
  const refresh = useCallback(() => { quiet.current = true; setTick((n) => n + 1); }, []);
  return { data, error, loading, reload, refresh };
}

/** Calls `refresh` every `ms` while `pending`, and once more when it ends: a service-level
 *  recount's notice moves on, and every figure on the page changes to the new threshold when it is
 *  done, without the user reloading the page. */
export function useRefreshWhile(pending: boolean, refresh: () => void, ms = 5_000) {
  const was = useRef(pending);
  useEffect(() => {
    if (was.current && !pending) refresh(); // what was loaded beside the last check may predate the end
    was.current = pending;
    if (!pending) return undefined;
    const timer = setInterval(refresh, ms);
    return () => clearInterval(timer);
  }, [pending, refresh, ms]);
}
