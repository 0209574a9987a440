import type { z } from 'zod';
import type {
  DailySummaryDto,
  DecisionInput,
  DisputeDto,
  EvaluationFollowUpDto,
  EvaluatorFeedbackCount,
  FeedbackDto,
  FollowupDto,
  GiveFeedbackInput,
  MentorFigureDto,
  OpenDisputeInput,
  RedLineDto,
  RedLineInput,
  RulingInput,
  SummaryActionInput,
} from '../../../../common/quality-feedback';
import { http, type Query } from '../../../api';

// The typed endpoints of feedback, disputes, the daily summary and the red-line list (issue 7
// items 5–7); the transport is the one client (api.ts).
export type Feedback = z.infer<typeof FeedbackDto>;
export type EvaluatorCount = z.infer<typeof EvaluatorFeedbackCount>;
export type EvaluationFollowUp = z.infer<typeof EvaluationFollowUpDto>;
export type Dispute = z.infer<typeof DisputeDto>;
export type DailySummary = z.infer<typeof DailySummaryDto>;
export type Problem = DailySummary['problems'][number];
export type Followup = z.infer<typeof FollowupDto>;
export type MentorFigure = z.infer<typeof MentorFigureDto>;
export type RedLine = z.infer<typeof RedLineDto>;

const id = (s: string) => encodeURIComponent(s);

export const feedbackApi = {
  list: (q: Query) => http.list<Feedback>('/quality/feedback', q),
  byEvaluator: () => http.get<EvaluatorCount[]>('/quality/feedback/by-evaluator'),
  panel: (eid: string) => http.get<EvaluationFollowUp>(`/quality/evaluations/${id(eid)}/feedback`),
  give: (eid: string, body: z.input<typeof GiveFeedbackInput>) =>
    http.post(`/quality/evaluations/${id(eid)}/feedback`, body),
  acknowledge: (eid: string) => http.post<{ acknowledgedAt: string }>(`/quality/evaluations/${id(eid)}/acknowledge`),
  disputes: (q: Query = {}) => http.get<Dispute[]>('/quality/disputes', q),
  dispute: (did: string) => http.get<Dispute>(`/quality/disputes/${id(did)}`),
  openDispute: (eid: string, body: z.input<typeof OpenDisputeInput>) =>
    http.post<{ id: string }>(`/quality/evaluations/${id(eid)}/disputes`, body),
  decide: (did: string, body: z.input<typeof DecisionInput>) =>
    http.post<Dispute>(`/quality/disputes/${id(did)}/decision`, body),
  daily: (q: Query) => http.get<DailySummary>('/quality/summary/daily', q),
  planAction: (body: z.input<typeof SummaryActionInput>) => http.post<{ id: string }>('/quality/summary/actions', body),
  mentors: (q: Query) => http.get<MentorFigure[]>('/quality/summary/mentors', q),
  followups: (q: Query = {}) => http.list<Followup>('/quality/followups', q),
  setHandling: (fid: string, handling: string, note?: string | null) =>
    http.post(`/quality/followups/${id(fid)}/handling`, { handling, note }),
  redLines: () => http.get<RedLine[]>('/quality/red-lines'),
  createRedLine: (body: z.input<typeof RedLineInput>) => http.post<{ id: string }>('/quality/red-lines', body),
  updateRedLine: (rid: string, body: z.input<typeof RedLineInput> & { version: number }) =>
    http.put(`/quality/red-lines/${id(rid)}`, body),
  deleteRedLine: (rid: string) => http.del(`/quality/red-lines/${id(rid)}`),
  rule: (eid: string, body: z.input<typeof RulingInput>) =>
    http.post(`/quality/evaluations/${id(eid)}/red-line-ruling`, body),
};
