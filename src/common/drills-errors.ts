import { z } from 'zod';
import { CardKind } from './drills.js';

// Errors drive practice (issue 20 item 3): scorecard items linked to drill cards, and the boosts
// that a failed item or a failed exam question made. Request and response shapes of
// /api/drills/links/* and /api/drills/boosts, shared by the server and the web.

/** A card as the link editor and the feedback view show it. */
export const LinkedCard = z.object({
  id: z.string(),
  deckId: z.string(),
  deckName: z.string(),
  kind: CardKind,
  prompt: z.string(),
  /** archived when the card or its deck is: such a link is kept but boosts nothing. */
  status: z.enum(['active', 'archived']),
});
export type LinkedCard = z.infer<typeof LinkedCard>;

/** A published form the links can be set on, with how many of its items have cards. */
export const LinkForm = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  publishedVersion: z.number().int().nullable(),
  linkedItems: z.number().int(),
});

export const LinkItem = z.object({
  key: z.string(),
  label: z.string(),
  sectionKey: z.string(),
  sectionTitle: z.string(),
  kind: z.string(),
  critical: z.string(),
  cards: z.array(LinkedCard),
});
export type LinkItem = z.infer<typeof LinkItem>;

/** A form's items (of its published version, else its draft) with their cards; links whose item
 *  key the current version no longer has are listed apart, to be cleared or kept for a comeback. */
export const FormLinks = z.object({
  formId: z.string(),
  formName: z.string(),
  publishedVersion: z.number().int().nullable(),
  items: z.array(LinkItem),
  orphans: z.array(z.object({ key: z.string(), cards: z.array(LinkedCard) })),
});
export type FormLinks = z.infer<typeof FormLinks>;

export const FormItemParams = z.object({
  formId: z.string().min(1).max(64),
  itemKey: z.string().min(1).max(32),
});

export const ItemCardsInput = z.object({
  cardIds: z
    .array(z.string().min(1).max(64))
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'a card is listed twice'),
});

export const CardSearchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  deckId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const BOOST_CAUSES = ['qa_error', 'exam_error'] as const;

export const BoostQuery = z
  .object({
    evaluationId: z.string().min(1).max(64).optional(),
    attemptId: z.string().min(1).max(64).optional(),
  })
  .refine((q) => !!q.evaluationId !== !!q.attemptId, {
    message: 'give evaluationId or attemptId (one of them)',
    path: ['evaluationId'],
  });

/** One card an error sent to a person's practice, and why. */
export const Boost = z.object({
  employeeId: z.string(),
  card: LinkedCard,
  reason: z.enum(BOOST_CAUSES),
  sourceId: z.string(),
  /** qa_error: the scorecard item key; exam_error: the knowledge point. */
  cause: z.string(),
  causeLabel: z.string(),
  boostedAt: z.string(),
});
export type Boost = z.infer<typeof Boost>;
