import type { z } from 'zod';
import type {
  AtRiskRow,
  CertificationCheck,
  Certification,
  CohortBoard,
  CriterionResult,
  EvidenceItem,
  TraineeEvaluationData,
} from '../../../common/evaluation';
import { http, type Query } from '../../api';

// The typed endpoints of 新人评估 (issue 5 items 1–3, 6); the transport is the one client (api.ts).
export type Evaluation = TraineeEvaluationData;
export type Criterion = CriterionResult;
export type Evidence = EvidenceItem;
export type FlaggedRow = z.infer<typeof AtRiskRow>;
export type Board = z.infer<typeof CohortBoard>;
export type BoardRow = Board['rows'][number];
export type Check = z.infer<typeof CertificationCheck>;
export type CertificationRecord = z.infer<typeof Certification>;
export interface CohortBrief {
  id: string;
  name: string;
  startDate: string;
  memberCount: number;
}

const id = (s: string) => encodeURIComponent(s);

export const evaluationApi = {
  atRisk: (q: Query) => http.list<FlaggedRow>('/evaluation/at-risk', q),
  trainee: (eid: string) => http.get<Evaluation>(`/evaluation/trainees/${id(eid)}`),
  me: () => http.get<Evaluation>('/evaluation/me'),
  board: (cid: string) => http.get<Board>(`/evaluation/cohorts/${id(cid)}/board`),
  boardExportUrl: (cid: string, locale: string) =>
    `/api/evaluation/cohorts/${id(cid)}/board.xlsx?locale=${encodeURIComponent(locale)}`,
  cohorts: () => http.get<CohortBrief[]>('/training/cohorts'),
  certification: (eid: string) => http.get<Check>(`/evaluation/trainees/${id(eid)}/certification`),
  certify: (eid: string, body: { step: 'shadowing' | 'regular'; effectiveDate?: string; note: string }) =>
    http.post<CertificationRecord>(`/evaluation/trainees/${id(eid)}/certify`, body),
};
