import { z } from 'zod';

// Scorecards and answers of quality monitoring (SPEC §8), shared by the server (validation,
// scoring) and the web (form builder, live preview score). One scoring function, in
// quality-scoring.ts, serves both, so a preview can never disagree with a saved evaluation.

export const FORM_KINDS = ['inbound', 'outbound', 'nonvoice'] as const;
export const FormKind = z.enum(FORM_KINDS);
export type FormKindName = z.infer<typeof FormKind>;

export const ITEM_KINDS = ['yes_no', 'scale', 'points'] as const;
export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKindName = z.infer<typeof ItemKind>;

/** What failing a critical item does: nothing special, zero its section, or zero the evaluation. */
export const CRITICAL_MODES = ['none', 'section', 'evaluation'] as const;
export const CriticalMode = z.enum(CRITICAL_MODES);
export type CriticalModeName = z.infer<typeof CriticalMode>;

export const METHODS = ['side_by_side', 'live', 'recording'] as const;
export const Method = z.enum(METHODS);
export type MethodName = z.infer<typeof Method>;

const Key = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ or -');

/** An item: yes/no (yes earns its weight), scale 0..max or points 0..max (earns weight × value/max).
 *  A critical item fails when it earns less than its full weight (yes/no: "no"; scale/points:
 *  below max unless failBelow says otherwise). */
export const ScorecardItem = z.object({
  key: Key,
  label: z.string().trim().min(1).max(200),
  kind: ItemKind,
  weight: z.number().positive().max(1000),
  max: z.number().int().min(1).max(100).optional(), // scale / points: the top value (default 5 / 10)
  failBelow: z.number().min(0).max(100).optional(), // scale / points critical: fails below this value
  allowNa: z.boolean().default(false),
  critical: CriticalMode.default('none'),
  guidance: z.string().max(2000).optional(),
});
export type ScorecardItemShape = z.infer<typeof ScorecardItem>;

export const ScorecardSection = z.object({
  key: Key,
  title: z.string().trim().min(1).max(200),
  items: z.array(ScorecardItem).min(1).max(100),
});

export const ScorecardContent = z.object({
  sections: z.array(ScorecardSection).min(1).max(30),
});
export type ScorecardContentShape = z.infer<typeof ScorecardContent>;

/** One item's answer: value (yes_no: 1 yes / 0 no; scale, points: 0..max), or null for N/A. */
export const ItemAnswer = z.object({
  value: z.number().min(0).max(100).nullable(),
  comment: z.string().trim().max(2000).optional(),
});
export const Answers = z.record(Key, ItemAnswer);
export type AnswersShape = z.infer<typeof Answers>;

export const SUGGESTION_KINDS = ['retraining', 'sit_beside', 'trainer_review'] as const;
export const SuggestionKind = z.enum(SUGGESTION_KINDS);
