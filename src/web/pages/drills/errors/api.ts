import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Boost, FormLinks, LinkedCard, LinkForm, LinkItem } from '../../../../common/drills-errors';
import { http } from '../../../api';

// The typed endpoints of the errors part of drills (/api/drills/links, /api/drills/boosts).
export type { Boost, FormLinks, LinkedCard, LinkItem };
export type LinkFormRow = z.infer<typeof LinkForm>;

/** Query keys: everything under ['drills', 'errors'] is refreshed after a link is saved. */
export const errorsKey = (...parts: unknown[]): QueryKey => ['drills', 'errors', ...parts];
const id = (s: string) => encodeURIComponent(s);

export const errorsApi = {
  forms: () => http.get<LinkFormRow[]>('/drills/links/forms'),
  formLinks: (formId: string) => http.get<FormLinks>(`/drills/links/forms/${id(formId)}`),
  setItemCards: (formId: string, itemKey: string, cardIds: string[]) =>
    http.put<LinkItem | null>(`/drills/links/forms/${id(formId)}/items/${id(itemKey)}`, { cardIds }),
  searchCards: (q?: string) => http.get<LinkedCard[]>('/drills/links/cards', { q, limit: 30 }),
  boosts: (q: { evaluationId?: string; attemptId?: string }) => http.get<Boost[]>('/drills/boosts', q),
};
