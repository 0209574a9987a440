import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  LeaveBalancesView,
  LeaveDecision,
  LeaveKindInput,
  LeaveKindPatch,
  LeaveKindView,
  LeavePreview,
  LeavePreviewQuery,
  LeaveRequestInput,
  LeaveRequestView,
} from '../../../../common/attendance-leave';
import { http, type Query } from '../../../api';

// The typed endpoints of the leave part (/api/attendance/leave); the transport is the one client.
export type LeaveKind = LeaveKindView;
export type LeaveRequest = LeaveRequestView;
export type Balances = LeaveBalancesView;
export type Preview = z.infer<typeof LeavePreview>;

/** Query keys: everything under ['attendance', 'leave'] is refreshed after a leave write. */
export const leaveKey = (...parts: unknown[]): QueryKey => ['attendance', 'leave', ...parts];
const id = (s: string) => encodeURIComponent(s);
const base = '/attendance/leave';

export const leaveApi = {
  kinds: () => http.get<LeaveKind[]>(`${base}/kinds`),
  createKind: (body: z.input<typeof LeaveKindInput>) => http.post<LeaveKind>(`${base}/kinds`, body),
  updateKind: (kid: string, body: z.input<typeof LeaveKindPatch>) =>
    http.patch<LeaveKind>(`${base}/kinds/${id(kid)}`, body),
  deleteKind: (kid: string) => http.del(`${base}/kinds/${id(kid)}`),
  balances: (employeeId?: string) => http.get<Balances>(`${base}/balances`, { employeeId }),
  requests: (q: Query) => http.list<LeaveRequest>(`${base}/requests`, q),
  /** One request; the person opening their answered request reads its answer (home page). */
  detail: (rid: string) => http.get<LeaveRequest>(`${base}/requests/${id(rid)}`),
  preview: (body: z.input<typeof LeavePreviewQuery>) => http.post<Preview>(`${base}/requests/preview`, body),
  file: (body: z.input<typeof LeaveRequestInput>) =>
    http.post<{ id: string; days: number; chain: string[] }>(`${base}/requests`, body),
  decide: (rid: string, body: z.input<typeof LeaveDecision>) =>
    http.post<{ status: string }>(`${base}/requests/${id(rid)}/decide`, body),
  cancel: (rid: string) => http.post(`${base}/requests/${id(rid)}/cancel`, {}),
  attach: (rid: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.post(`${base}/requests/${id(rid)}/attachments`, form);
  },
  fileUrl: (fid: string) => `/api${base}/attachments/${id(fid)}`,
};
