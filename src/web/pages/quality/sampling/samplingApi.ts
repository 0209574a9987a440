import type { z } from 'zod';
import type {
  ChangeEventCreate,
  ChangeEventDto,
  DrawCreate,
  DrawDetail,
  DrawDto,
  EvaluatorQuota,
  MethodProgress,
  QueueDto,
  QuotaPut,
  Reassign,
  SampleDto,
  SampleReasonShape,
} from '../../../../common/quality-sampling';
import { http, type Query } from '../../../api';
import { translateMaybe, type Vars } from '../../../i18n';

// The typed endpoints of sampling, queues and quotas (issue 7 items 2–3). Errors are shown the
// one way (feedback.tsx showError → errors.<errorCode>).

export type ChangeEvent = z.infer<typeof ChangeEventDto>;
export type Draw = z.infer<typeof DrawDto>;
export type DrawWithAgents = z.infer<typeof DrawDetail>;
export type Sample = z.infer<typeof SampleDto>;
export type Queue = z.infer<typeof QueueDto>;
export type Progress = z.infer<typeof MethodProgress>;
export type EvaluatorRow = z.infer<typeof EvaluatorQuota>;

const id = (s: string) => encodeURIComponent(s);

export const samplingApi = {
  settings: () => http.get<Record<string, number>>('/quality/sampling/settings'),
  events: (q: Query = {}) => http.get<ChangeEvent[]>('/quality/change-events', q),
  addEvent: (body: z.input<typeof ChangeEventCreate>) => http.post<{ id: string }>('/quality/change-events', body),
  removeEvent: (eid: string) => http.del(`/quality/change-events/${id(eid)}`),
  draws: (weekStart?: string) => http.get<Draw[]>('/quality/draws', { weekStart }),
  draw: (did: string) => http.get<DrawWithAgents>(`/quality/draws/${id(did)}`),
  runDraw: (body: z.input<typeof DrawCreate>) => http.post<DrawWithAgents>('/quality/draws', body),
  samples: (q: Query) => http.list<Sample>('/quality/samples', q),
  queue: (q: Query) => http.get<Queue>('/quality/queue', q),
  skip: (sid: string, reason: string) => http.post(`/quality/samples/${id(sid)}/skip`, { reason }),
  reassign: (body: z.input<typeof Reassign>) => http.post<{ moved: number }>('/quality/samples/reassign', body),
  quotas: () => http.get<EvaluatorRow[]>('/quality/quotas'),
  putQuota: (uid: string, body: z.input<typeof QuotaPut>) => http.put(`/quality/quotas/${id(uid)}`, body),
};

/** Why a sample was picked, in the reader's language. */
export const reasonText = (r: SampleReasonShape) =>
  translateMaybe(
    `quality.sampling.reasons.${r.kind}`,
    Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Vars,
  ) ?? r.kind;
