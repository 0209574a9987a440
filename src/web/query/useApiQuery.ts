import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiError } from '../api';

export interface ApiQueryOptions<T = unknown> {
  /** The page shows the error itself (a 403 or 404 result): no error message. */
  quiet?: boolean;
  /** false: do not load (yet); data stays null. */
  enabled?: boolean;
  /** Keep showing the last data while another key loads (a filter or page change). */
  keepPrevious?: boolean;
  /** Always ask the server when the page mounts and keep nothing after it leaves: for a read
   *  that must be exactly what the server holds now (an exam attempt being resumed). */
  fresh?: boolean;
  /** Ask again every this many milliseconds while mounted; a function decides from the last
   *  answer (and whether the last ask failed), e.g. poll only while a job runs. */
  refetchInterval?: number | false | ((data: T | undefined, failed: boolean) => number | false);
}

const asApiError = (err: unknown) =>
  err === null || err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err));

/**
 * Read server data through the cache. `key` names what is read (see keys.ts); `load` reads it.
 * `loading` is true while a request is in flight; `reload` asks again with the spinner,
 * `refresh` without it (a figure that is still moving, not a user's request).
 */
export function useApiQuery<T>(key: QueryKey, load: () => Promise<T>, opts: ApiQueryOptions<T> = {}) {
  const every = opts.refetchInterval;
  const q = useQuery({
    queryKey: key,
    queryFn: load,
    enabled: opts.enabled ?? true,
    meta: { quiet: opts.quiet },
    placeholderData: opts.keepPrevious ? keepPreviousData : undefined,
    ...(opts.fresh ? { staleTime: 0, gcTime: 0 } : {}),
    refetchInterval: typeof every === 'function' ? (q) => every(q.state.data, q.state.status === 'error') : every,
  });
  const { refetch } = q;
  const enabled = opts.enabled ?? true;
  const [quietly, setQuietly] = useState(false);
  // refetch() would ask even when the query is disabled; a disabled read has nothing to ask.
  const reload = useCallback(() => {
    if (enabled) {
      setQuietly(false);
      void refetch();
    }
  }, [enabled, refetch]);
  const refresh = useCallback(() => {
    if (!enabled) return;
    setQuietly(true);
    void refetch().finally(() => setQuietly(false));
  }, [enabled, refetch]);
  return {
    data: (q.data ?? null) as T | null,
    error: asApiError(q.error),
    loading: q.isFetching && !(quietly && q.data !== undefined),
    reload,
    refresh,
    query: q,
  };
}
