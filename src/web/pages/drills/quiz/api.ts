import type { QueryKey } from '@tanstack/react-query';
import type {
  QuizAnswerInputBody,
  QuizAnswerResultView,
  QuizResultRowView,
  QuizView,
} from '../../../../common/drills-quiz';
import { http } from '../../../api';

// The typed endpoints of the quiz part (/api/drills/quiz); the transport is the one client.
export type { QuizAnswerResultView, QuizResultRowView, QuizView };

/** Query keys: everything under ['drills', 'quiz'] is refreshed after an answer. */
export const quizKey = (...parts: unknown[]): QueryKey => ['drills', 'quiz', ...parts];
const id = (s: string) => encodeURIComponent(s);

export const quizApi = {
  today: () => http.get<QuizView | null>('/drills/quiz/today'),
  start: () => http.post<QuizView>('/drills/quiz/today', {}),
  answer: (quizId: string, body: QuizAnswerInputBody) =>
    http.post<QuizAnswerResultView>(`/drills/quiz/${id(quizId)}/answers`, body),
  results: (q: { day?: string; teamId?: string }) => http.get<QuizResultRowView[]>('/drills/quiz/results', q),
};
