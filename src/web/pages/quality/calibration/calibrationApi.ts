import type { z } from 'zod';
import type {
  AgentScores,
  CalibrationCreate,
  CalibrationDetail,
  CoscoreForm,
  CalibrationReport,
  CalibrationSummary,
  EvaluatorDetail,
  EvaluatorList,
  EvaluatorRow,
  ReviewInput,
  TestInput,
} from '../../../../common/quality-calibration';
import type { AnswersShape } from '../../../../common/quality';
import { http, type Query } from '../../../api';

// The typed endpoints of calibration, evaluator oversight and agent scores (issue 7 items
// 8–10). Errors are shown the one way (feedback.tsx showError → errors.<errorCode>).
export type {
  AgentScores,
  CalibrationDetail,
  CoscoreForm,
  CalibrationReport,
  CalibrationSummary,
  EvaluatorDetail,
  EvaluatorList,
  EvaluatorRow,
};

const id = (s: string) => encodeURIComponent(s);
type Scored = { interactionId: string; score: number; criticalFailure: string };

export const calibrationApi = {
  sessions: (q: Query) => http.list<CalibrationSummary>('/quality/calibrations', q),
  session: (sid: string) => http.get<CalibrationDetail>(`/quality/calibrations/${id(sid)}`),
  create: (body: z.input<typeof CalibrationCreate>) => http.post<CalibrationDetail>('/quality/calibrations', body),
  score: (sid: string, interactionId: string, answers: AnswersShape) =>
    http.post<Scored>(`/quality/calibrations/${id(sid)}/scores`, { interactionId, answers }),
  close: (sid: string) => http.post<CalibrationDetail>(`/quality/calibrations/${id(sid)}/close`),
  consensus: (sid: string, interactionId: string, answers: AnswersShape, reason?: string) =>
    http.put<Scored>(`/quality/calibrations/${id(sid)}/consensus`, {
      interactionId,
      answers,
      reason: reason || undefined,
    }),
  report: (sid: string) => http.get<CalibrationReport>(`/quality/calibrations/${id(sid)}/report`),

  evaluators: (q: Query = {}) => http.get<EvaluatorList>('/quality/evaluators', q),
  evaluator: (uid: string) => http.get<EvaluatorDetail>(`/quality/evaluators/${id(uid)}`),
  register: (uid: string, body: { mentorUserId?: string | null; reason: string }) =>
    http.post(`/quality/evaluators/${id(uid)}/register`, body),
  recordTest: (uid: string, body: z.input<typeof TestInput>) =>
    http.post<{ passed: boolean; score: number }>(`/quality/evaluators/${id(uid)}/test`, body),
  coscoreForm: (uid: string, evaluationId: string) =>
    http.get<CoscoreForm>(`/quality/evaluators/${id(uid)}/coscore-form`, { evaluationId }),
  coscore: (uid: string, evaluationId: string, answers: AnswersShape) =>
    http.post<{ id: string; score: number; referenceScore: number; deviation: number }>(
      `/quality/evaluators/${id(uid)}/coscores`,
      { evaluationId, answers },
    ),
  certify: (uid: string, reason: string) => http.post(`/quality/evaluators/${id(uid)}/certify`, { reason }),
  pause: (uid: string, reason: string) => http.post(`/quality/evaluators/${id(uid)}/pause`, { reason }),
  resume: (uid: string, reason: string) => http.post(`/quality/evaluators/${id(uid)}/resume`, { reason }),
  review: (uid: string, body: z.input<typeof ReviewInput>) =>
    http.post<{ id: string }>(`/quality/evaluators/${id(uid)}/reviews`, body),

  agentScores: (q: Query) => http.get<AgentScores>('/quality/agent-scores', q),
};
