import dayjs from 'dayjs';
import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

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
  const set = useCallback(
    (patch: Record<string, string | undefined>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  /** What the KPI endpoints and the interaction list are asked with. */
  const query = { from, to, businessType, channel };
  return { from, to, businessType, channel, day, query, set, search: params.toString() };
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
