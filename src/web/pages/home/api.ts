import type { QueryKey } from '@tanstack/react-query';
import type { WorkList } from '../../../common/home';
import { http } from '../../api';

// The typed endpoints of the home page (/api/home); the transport is the one client.
/** Every home read sits under ['home']: any write refreshes it (query/useApiMutation.ts). */
export const homeKey = (...parts: unknown[]): QueryKey => ['home', ...parts];

export const homeApi = {
  work: () => http.get<WorkList>('/home/work'),
};
