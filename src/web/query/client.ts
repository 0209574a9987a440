import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, onWrite } from '../api';
import { showError } from '../feedback';

// One cache for every read of server data. A failed read is shown once, the one way errors are
// shown (showError), unless the query says `meta: { quiet: true }` because its page shows the
// 403/404 itself. A 401 is handled where every request goes (api.ts sends the user to sign in).

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    queryMeta: { quiet?: boolean };
    mutationMeta: { quiet?: boolean };
  }
}

/** A client error (4xx) will not change by asking again; a network blip or a 5xx may. */
const retry = (failures: number, err: unknown) =>
  !(err instanceof ApiError && err.status >= 400 && err.status < 500) && failures < 1;

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (!query.meta?.quiet) showError(err);
      },
    }),
    mutationCache: new MutationCache({
      onError: (err, _vars, _ctx, mutation) => {
        if (!mutation.meta?.quiet) showError(err);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();

// Any write may change what other pages show: mark every cached read stale (without refetching
// now) so the next page that mounts asks again. What is on screen is refreshed by the
// invalidations a mutation names (useApiMutation / useInvalidate).
onWrite(() => {
  void queryClient.invalidateQueries({ refetchType: 'none' });
});
