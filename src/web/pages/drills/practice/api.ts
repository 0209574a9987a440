import type { QueryKey } from '@tanstack/react-query';
import type { MySummary, QueueCard, ReviewInput, ReviewResult } from '../../../../common/drills-practice';
import { http } from '../../../api';

// The typed endpoints of the practice part (/api/drills); the transport is the one client.
export type { MySummary, QueueCard, ReviewResult };

/** Query keys: everything under ['drills', 'practice'] is refreshed after a review. */
export const practiceKey = (...parts: unknown[]): QueryKey => ['drills', 'practice', ...parts];

export const practiceApi = {
  me: () => http.get<MySummary>('/drills/me'),
  queue: (limit = 20) => http.get<QueueCard[]>('/drills/queue', { limit }),
  review: (body: ReviewInput) => http.post<ReviewResult>('/drills/reviews', body),
};
