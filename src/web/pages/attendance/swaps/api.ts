import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  OvertimeDecisionInput,
  OvertimeInput,
  OvertimeViewDto,
  SwapInput,
  SwapOptions,
  SwapStepInput,
  SwapViewDto,
  ToilBalanceView,
} from '../../../../common/attendance-swaps';
import { http, type Query } from '../../../api';

// The typed endpoints of the swaps part (/api/attendance/swaps, /overtime, /toil); the one client.
export type Swap = SwapViewDto;
export type Overtime = OvertimeViewDto;
export type Options = z.infer<typeof SwapOptions>;
export type Toil = z.infer<typeof ToilBalanceView>;
export type SwapStep = 'accept' | 'decline' | 'approve' | 'reject' | 'cancel';

/** Query keys: everything under ['attendance', 'swaps'] is refreshed after a swap or overtime write. */
export const swapsKey = (...parts: unknown[]): QueryKey => ['attendance', 'swaps', ...parts];
const id = (s: string) => encodeURIComponent(s);

export const swapsApi = {
  list: (q: Query) => http.list<Swap>('/attendance/swaps', q),
  options: (requesterDay: string, colleagueDay?: string) =>
    http.get<Options>('/attendance/swaps/options', { requesterDay, colleagueDay }),
  propose: (body: z.input<typeof SwapInput>) => http.post<{ id: string }>('/attendance/swaps', body),
  step: (sid: string, step: SwapStep, body: z.input<typeof SwapStepInput>) =>
    http.post<Swap>(`/attendance/swaps/${id(sid)}/${step}`, body),
  overtime: (q: Query) => http.list<Overtime>('/attendance/overtime', q),
  askOvertime: (body: z.input<typeof OvertimeInput>) => http.post<{ id: string }>('/attendance/overtime', body),
  decideOvertime: (oid: string, body: z.input<typeof OvertimeDecisionInput>) =>
    http.post<Overtime>(`/attendance/overtime/${id(oid)}/decide`, body),
  toil: (employeeId?: string) => http.get<Toil>('/attendance/toil', { employeeId }),
};
