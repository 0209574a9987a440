import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Candidate,
  PoolConfig,
  PoolConfigInput,
  PoolCriterion,
  PoolHistoryEntry,
  PoolMember,
  SelectInput,
} from '../../../../common/mentorship-pool';
import { http } from '../../../api';

// The typed endpoints of the mentor pool (/api/mentorship/pool); the transport is the one client.
export type { Candidate, PoolCriterion, PoolMember };
export type PoolHistory = z.infer<typeof PoolHistoryEntry>;
export type Config = z.infer<typeof PoolConfig>;

/** Query keys: everything under ['mentorship', 'pool'] is refreshed after a pool write. */
export const poolKey = (...parts: unknown[]): QueryKey => ['mentorship', 'pool', ...parts];
const id = (s: string) => encodeURIComponent(s);
const base = '/mentorship/pool';

export const poolApi = {
  candidates: (eligibleOnly: boolean) =>
    http.get<Candidate[]>(`${base}/candidates`, { eligibleOnly: String(eligibleOnly) }),
  members: () => http.get<PoolMember[]>(base),
  history: (employeeId?: string) => http.get<PoolHistory[]>(`${base}/history`, { employeeId }),
  config: () => http.get<Config>(`${base}/config`),
  saveConfig: (body: z.input<typeof PoolConfigInput>) => http.put<Config>(`${base}/config`, body),
  select: (body: z.input<typeof SelectInput>) => http.post<{ id: string }>(`${base}/members`, body),
  remove: (employeeId: string, reason: string) => http.post(`${base}/members/${id(employeeId)}/remove`, { reason }),
};
