import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Mark these keys (prefixes) stale and refetch the ones on screen. */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    (...keys: QueryKey[]) =>
      Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }))).then(() => undefined),
    [client],
  );
}

export interface ApiMutationOptions<R> {
  /** The reads this write changes; refreshed after it succeeds. */
  invalidates: QueryKey[];
  /** The caller shows the error itself (on a form field): no error message. */
  quiet?: boolean;
  onSuccess?: (result: R) => void;
}

/**
 * A write. After it succeeds the keys it names are invalidated, so lists refresh without a
 * manual reload; a failure is shown the one way unless `quiet` (mutateAsync still rejects).
 */
export function useApiMutation<A, R>(write: (args: A) => Promise<R>, opts: ApiMutationOptions<R>) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: write,
    meta: { quiet: opts.quiet },
    onSuccess: async (result) => {
      // Any write may do or make someone's work: the home list, the menu counts and the bell follow.
      await invalidate(...opts.invalidates, ['home'], ['notifications']);
      opts.onSuccess?.(result);
    },
  });
}
