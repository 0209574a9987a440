import { z } from 'zod';

// What the parts of drills (issue 20) share: deck categories, card kinds, FSRS ratings, and a
// deck's audience. Each part's request/response schemas are in common/drills-<part>.ts.

export const DECK_CATEGORIES = [
  'opening_closing', // 开场白/结束语
  'product_codes', // 产品代码
  'region_codes', // 地区代码
  'faq',
  'transfer', // 转接话术
  'interface', // 界面项
  'other',
] as const;
export const DeckCategory = z.enum(DECK_CATEGORIES);
export type DeckCategory = z.infer<typeof DeckCategory>;

/** recall: type the answer; choice: pick one; cloze: fill the [[blanked]] words; read_aloud: record and rate. */
export const CARD_KINDS = ['recall', 'choice', 'cloze', 'read_aloud'] as const;
export const CardKind = z.enum(CARD_KINDS);
export type CardKind = z.infer<typeof CardKind>;

/** ts-fsrs Rating: 1 again, 2 hard, 3 good, 4 easy. */
export const Rating = z.number().int().min(1).max(4);

/** Who a deck is for: departments and employment statuses; an empty list means all. */
export const Audience = z.object({
  departmentIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  statuses: z
    .array(z.enum(['trainee', 'probation', 'regular', 'key_staff', 'team_lead']))
    .max(5)
    .default([]),
});
export type Audience = z.infer<typeof Audience>;

/** Why a card is due outside its schedule (drill_states.boost_reason). */
export const BOOST_REASONS = ['qa_error', 'exam_error', 'card_changed'] as const;
