import type { z } from 'zod';
import type {
  AppealAnswerInput,
  AppealInput,
  CaseDetailData,
  CaseSummaryData,
  DecisionInput,
  ExitTalkInput,
  InterviewInput,
  NoticeInput,
  OffboardingInput,
  OpenCaseInput,
} from '../../../../common/elimination';
import { http, type Query } from '../../../api';

// The typed endpoints of 淘汰流程 (/api/elimination); the transport is the one client (api.ts).
export type CaseSummary = CaseSummaryData;
export type CaseDetail = CaseDetailData;
const id = (s: string) => encodeURIComponent(s);
const base = (cid: string) => `/elimination/cases/${id(cid)}`;

export const casesApi = {
  list: (q: Query) => http.list<CaseSummary>('/elimination/cases', q),
  get: (cid: string) => http.get<CaseDetail>(base(cid)),
  open: (body: z.input<typeof OpenCaseInput>) => http.post<{ id: string }>('/elimination/cases', body),
  attach: (cid: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.post(`${base(cid)}/attachments`, form);
  },
  attachmentUrl: (aid: string) => `/api/elimination/attachments/${id(aid)}`,
  interview: (cid: string, body: z.input<typeof InterviewInput>) => http.post(`${base(cid)}/interview`, body),
  notice: (cid: string, body: z.input<typeof NoticeInput>) =>
    http.post<{ publishedOn: string; endsOn: string; endsAt: string }>(`${base(cid)}/notice`, body),
  appeal: (cid: string, body: z.input<typeof AppealInput>) => http.post<{ id: string }>(`${base(cid)}/appeals`, body),
  answer: (aid: string, body: z.input<typeof AppealAnswerInput>) =>
    http.post(`/elimination/appeals/${id(aid)}/answer`, body),
  decide: (cid: string, body: z.input<typeof DecisionInput>) => http.post(`${base(cid)}/decision`, body),
  offboard: (cid: string, body: z.input<typeof OffboardingInput>) => http.post(`${base(cid)}/offboarding`, body),
  exitTalk: (cid: string, body: z.input<typeof ExitTalkInput>) => http.post(`${base(cid)}/exit-talk`, body),
};
