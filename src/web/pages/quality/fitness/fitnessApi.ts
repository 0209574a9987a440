import type { AnswersShape as Answers } from '../../../../common/quality';
import type { Fitness } from '../../../../common/quality-fitness';
import { http } from '../../../api';

// Evaluator fitness (issue 17 item 3): suspend, reinstate, an evaluator's figure, and the
// re-review of an evaluation marked by a suspension.
export type { Fitness };
const id = (s: string) => encodeURIComponent(s);

export const fitnessApi = {
  fitness: (uid: string) => http.get<Fitness>(`/quality/evaluators/${id(uid)}/fitness`),
  suspend: (uid: string, reason: string) =>
    http.post<{ flagId: string; marked: number; released: number }>(`/quality/evaluators/${id(uid)}/suspend`, {
      reason,
    }),
  reinstate: (uid: string, body: { reason: string; sessionId: string }) =>
    http.post<{ deviation: number }>(`/quality/evaluators/${id(uid)}/reinstate`, body),
  review: (
    evaluationId: string,
    body: { action: 'confirm'; reason: string } | { action: 'rescore'; reason: string; answers: Answers },
  ) =>
    http.post<{ state: string; finalScore: number | null }>(
      `/quality/evaluations/${id(evaluationId)}/fitness-review`,
      body,
    ),
};
