import type { z } from 'zod';
import type {
  DraftSave,
  EvaluationCreate,
  EvaluationDetail,
  EvaluationRow,
  FormCreate,
  FormDetail,
  FormSummary,
  InteractionFactsShape,
  ScoreResultDto,
} from '../../../../common/quality-forms';
import type { AnswersShape, ScorecardContentShape } from '../../../../common/quality';
import { http, type Query } from '../../../api';

// The typed endpoints of scorecards and evaluations (issue 7 items 1 and 4); the transport is
// the one client (api.ts).
export type { EvaluationDetail, EvaluationRow, FormDetail, FormSummary, InteractionFactsShape as InteractionFacts };
export type Content = ScorecardContentShape;
export type Answers = AnswersShape;
export type ScoreResult = z.infer<typeof ScoreResultDto>;
export interface AgentHit {
  id: string;
  name: string;
  employeeNo: string;
  teamName: string;
  status: string;
}
export interface InteractionRow {
  id: string;
  agentName: string;
  startedAt: string;
  channel: string;
  direction: string;
  businessType: string;
  talkSeconds: number;
  recordingUrl: string | null;
  transcriptUrl: string | null;
}

const id = (s: string) => encodeURIComponent(s);

export const formsApi = {
  forms: (q: Query = {}) => http.get<FormSummary[]>('/quality/forms', q),
  form: (fid: string) => http.get<FormDetail>(`/quality/forms/${id(fid)}`),
  create: (body: z.input<typeof FormCreate>) => http.post<{ id: string; versionId: string }>('/quality/forms', body),
  saveDraft: (fid: string, body: z.input<typeof DraftSave>) =>
    http.put<{ draftVersionId: string; version: number }>(`/quality/forms/${id(fid)}/draft`, body),
  publish: (fid: string, version: number) =>
    http.post<{ number: number; version: number }>(`/quality/forms/${id(fid)}/publish`, { version }),
  archive: (fid: string, archived: boolean, version: number) =>
    http.post(`/quality/forms/${id(fid)}/archive`, { archived, version }),
  evaluations: (q: Query) => http.list<EvaluationRow>('/quality/evaluations', q),
  evaluation: (eid: string) => http.get<EvaluationDetail>(`/quality/evaluations/${id(eid)}`),
  score: (body: z.input<typeof EvaluationCreate>) =>
    http.post<{ id: string; score: number; passed: boolean; criticalFailure: string }>('/quality/evaluations', body),
  context: (iid: string) => http.get<InteractionFactsShape>(`/quality/interactions/${id(iid)}/context`),
  agents: (q?: string) => http.get<AgentHit[]>('/quality/agents', { q }),
  interactions: (q: Query) => http.list<InteractionRow>('/interactions', q),
};
