import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DisciplineDecisionInput,
  DisciplineDetailData,
  DisciplineEventData,
  DisciplineInput,
  DisciplineKindName,
  DisciplineResponseInput,
  DisciplineSummaryData,
} from '../../../common/discipline';
import { http, type Query } from '../../api';

// The typed endpoints of 纪律记录 (/api/discipline); the transport is the one client (api.ts).
export type DisciplineSummary = DisciplineSummaryData;
export type DisciplineDetail = DisciplineDetailData;
export type PersonEvent = DisciplineEventData & { recordId: string; recordKind: DisciplineKindName };
const id = (s: string) => encodeURIComponent(s);
const base = (rid: string) => `/discipline/records/${id(rid)}`;

/** The cache keys of this area: every read starts with 'discipline', so a write refreshes them all. */
export const disciplineKey = (...parts: unknown[]): QueryKey => ['discipline', ...parts];

export const disciplineApi = {
  list: (q: Query) => http.list<DisciplineSummary>('/discipline/records', q),
  get: (rid: string) => http.get<DisciplineDetail>(base(rid)),
  create: (body: z.input<typeof DisciplineInput>) => http.post<{ id: string }>('/discipline/records', body),
  respond: (rid: string, body: z.input<typeof DisciplineResponseInput>) => http.post(`${base(rid)}/response`, body),
  decide: (rid: string, body: z.input<typeof DisciplineDecisionInput>) => http.post(`${base(rid)}/decision`, body),
  attach: (rid: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.post(`${base(rid)}/attachments`, form);
  },
  attachmentUrl: (aid: string) => `/api/discipline/attachments/${id(aid)}`,
  personEvents: (employeeId: string) => http.get<PersonEvent[]>(`/discipline/people/${id(employeeId)}/events`),
};
