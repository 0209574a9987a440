import type { QueryKey } from '@tanstack/react-query';
import type { FactsState } from '../../../../common/analytics-facts';
import { http } from '../../../api';

// The typed endpoints of the facts part (/api/analytics/facts); the transport is the one client.
/** Every analytics read sits under ['analytics']: a rebuild of the rollups refreshes them all. */
export const analyticsKey = (...parts: unknown[]): QueryKey => ['analytics', ...parts];
export const factsKey = (...parts: unknown[]): QueryKey => analyticsKey('facts', ...parts);

export const factsApi = {
  state: () => http.get<FactsState | null>('/analytics/facts/state'),
  refresh: () => http.post<FactsState>('/analytics/facts/refresh', {}),
};
